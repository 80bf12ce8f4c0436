/** Where a command writes: results to stdout, problems and errors to stderr (injectable for tests). */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes, documented in `ledger help`. */
export const EXIT = {
  ok: 0,
  /** the command ran and found problems, or refused (check failed, demo into a non-empty ledger) */
  failed: 1,
  /** wrong command line */
  usage: 2,
  /** the ledger file cannot be opened: missing, not a ledger, newer version, locked or damaged */
  cannotOpen: 3,
} as const;
