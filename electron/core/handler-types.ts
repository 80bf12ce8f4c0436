import type { MethodName, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { CoreContext } from './context';

/** The core's implementation of one contract method. */
export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: CoreContext) => Promise<OutputOf<M>> | OutputOf<M>;

/** The whole handler map: exactly one handler per contract method. */
export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of one feature, e.g. HandlersOf<'companies'> = companies.list, companies.get, … */
export type HandlersOf<P extends string> = { [M in MethodName as M extends `${P}.${string}` ? M : never]: Handlers[M] };
