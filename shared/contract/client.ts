import { LedgerError, type Result } from '../errors';
import type { BridgeInputOf, BridgeMethodName, BridgeOutputOf } from './index';

/** Splits "companies.list" into its domain and verb at the type level. */
type DomainOf<M extends string> = M extends `${infer D}.${string}` ? D : never;
type VerbOf<M extends string, D extends string> = M extends `${D}.${infer V}` ? V : never;

/** The bridge as the preload exposes it: one function per method, each resolving to a Result. */
export type Bridge = {
  [D in DomainOf<BridgeMethodName>]: { [M in BridgeMethodName as VerbOf<M, D>]: (input: BridgeInputOf<M>) => Promise<Result<BridgeOutputOf<M>>> };
};

/** The renderer's client: the same shape, resolving to the value or throwing a LedgerError. */
export type LedgerClient = {
  [D in DomainOf<BridgeMethodName>]: { [M in BridgeMethodName as VerbOf<M, D>]: (input: BridgeInputOf<M>) => Promise<BridgeOutputOf<M>> };
};

export type Invoke = (method: string, input: unknown) => Promise<unknown>;

/** Builds the nested { domain: { verb: fn } } object from the method list; used by the preload and the test host. */
export function buildBridge(methods: readonly string[], invoke: Invoke): Record<string, Record<string, (input: unknown) => Promise<unknown>>> {
  const bridge: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const method of methods) {
    const [domainName, verb] = method.split('.') as [string, string];
    const methodsOfDomain = (bridge[domainName] ??= {});
    methodsOfDomain[verb] = (input: unknown) => invoke(method, input);
  }
  return bridge;
}

/** Wraps a bridge so each call resolves to its value or throws the LedgerError that crossed as data. */
export function createClient(bridge: Bridge): LedgerClient {
  const client: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const [domainName, verbs] of Object.entries(bridge as unknown as Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>)) {
    const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const [verb, call] of Object.entries(verbs)) {
      wrapped[verb] = async (input: unknown) => {
        const result = await call(input);
        if (result.ok) return result.value;
        throw LedgerError.fromPayload(result.error);
      };
    }
    client[domainName] = wrapped;
  }
  return client as unknown as LedgerClient;
}
