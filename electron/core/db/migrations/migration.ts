/**
 * A numbered schema step, reviewed by hand. Each runs in one transaction; ids are never reused or renumbered,
 * and a name is part of a migration's identity (a ledger whose applied migration has another name is refused).
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}
