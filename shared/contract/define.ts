import type { z } from 'zod';

/**
 * One method of the contract: its input schema (parsed in the core — the renderer is untrusted) and its output type.
 * The output exists only at the type level; `writes` tells the core whether the method changes the ledger.
 */
/**
 * Who may call a method, enforced in the core: 'read' every signed-in account (查看 and up), 'write' 录入员 and
 * 管理员, 'admin' 管理员 only (settings, accounts, restore, revealing personal data).
 */
export type Access = 'read' | 'write' | 'admin';

export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  writes: boolean;
  access: Access;
  /** Chinese description, for logs and the developer's list of methods */
  summary: string;
  /** phantom: never set at run time */
  readonly output?: O;
}

export function query<O>() {
  return <I extends z.ZodType>(input: I, summary: string): MethodDef<I, O> => ({ input, writes: false, access: 'read', summary });
}

export function command<O>() {
  return <I extends z.ZodType>(input: I, summary: string): MethodDef<I, O> => ({ input, writes: true, access: 'write', summary });
}

/** A method only an administrator may call; `writes` says whether it changes the ledger. */
export function adminMethod<O>(writes: boolean) {
  return <I extends z.ZodType>(input: I, summary: string): MethodDef<I, O> => ({ input, writes, access: 'admin', summary });
}

export type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}.${K}`]: T[K] };

/** Names a feature's methods `domain.verb`, e.g. companies + list → companies.list. */
export function domain<P extends string, T extends Record<string, MethodDef>>(prefix: P, methods: T): Prefixed<P, T> {
  const named: Record<string, MethodDef> = {};
  for (const [verb, def] of Object.entries(methods)) named[`${prefix}.${verb}`] = def;
  return named as Prefixed<P, T>;
}
