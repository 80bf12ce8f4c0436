import { sql, type Transaction } from 'kysely';
import type { LedgerDb } from './db/schema';

/**
 * The next number of a yearly sequence (clue numbers, document numbers), allocated inside the caller's
 * transaction: the number and the record that carries it are written together or not at all, so numbers are
 * never handed out twice and never skipped by a failed save.
 */
export async function nextInSequence(trx: Transaction<LedgerDb>, name: string, year: number): Promise<number> {
  const row = await sql<{ last: number }>`
    INSERT INTO sequences (name, year, last) VALUES (${name}, ${year}, 1)
    ON CONFLICT (name, year) DO UPDATE SET last = last + 1
    RETURNING last`.execute(trx);
  const last = row.rows[0]?.last;
  if (typeof last !== 'number') throw new Error(`sequence ${name}/${year} returned nothing`);
  return last;
}

/** "2026-0001": the year, a dash, and the sequence number padded to four digits (more digits when needed). */
export function formatYearlyNumber(year: number, sequence: number): string {
  return `${year}-${sequence.toString().padStart(4, '0')}`;
}
