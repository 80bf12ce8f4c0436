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

/**
 * How a method uses a file or folder named in its input: 'write' only to exactly what a save or folder dialog
 * answered this run; 'read' also from the program's own folders (backups, exports). The shell refuses any other path
 * before the call reaches the core, so even a compromised page cannot make the core write or read elsewhere.
 */
export type PathUse = 'write' | 'read';

export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  writes: boolean;
  access: Access;
  /** input fields that name a file or folder on the clerk's disk, and how the method uses them */
  paths?: Readonly<Record<string, PathUse>>;
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

/** Declares the input fields of `def` that name a file or folder (see PathUse). */
export function withPaths<D extends MethodDef>(def: D, paths: Readonly<Record<string, PathUse>>): D {
  return { ...def, paths };
}

export type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}.${K}`]: T[K] };

/** Names a feature's methods `domain.verb`, e.g. companies + list → companies.list. */
export function domain<P extends string, T extends Record<string, MethodDef>>(prefix: P, methods: T): Prefixed<P, T> {
  const named: Record<string, MethodDef> = {};
  for (const [verb, def] of Object.entries(methods)) named[`${prefix}.${verb}`] = def;
  return named as Prefixed<P, T>;
}
