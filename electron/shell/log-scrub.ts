import { inspect } from 'node:util';
import { maskBankAccount, maskIdCard, maskPhone } from '../../shared/mask';

/**
 * Personal data never reaches the log file: whatever a message carries (an error quoting a record, a core stack trace,
 * an input echoed back) is scanned for the numbers that identify a person, which are masked the way the grids mask
 * them. Over-masking a long project code is harmless in a log; leaking one ID number is not.
 */

// 18-digit resident ID (last character may be X), not part of a longer number
const ID_NUMBER = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
// bank cards: 16–19 digits, written together or in groups of four separated by spaces or dashes
const BANK_CARD = /(?<!\d)(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?)(?!\d)/g;
// mainland mobiles, optionally written +86 / 86 in front
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

export function scrubPersonalData(text: string): string {
  return text
    .replace(ID_NUMBER, (id) => maskIdCard(id))
    .replace(BANK_CARD, (card) => maskBankAccount(card.replace(/[ -]/g, '')))
    .replace(MOBILE, (mobile) => maskPhone(mobile));
}

/** One argument of a log call as scrubbed text: errors with their stack, objects as inspected. */
export function scrubLogValue(value: unknown): unknown {
  if (typeof value === 'string') return scrubPersonalData(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return typeof value === 'number' ? scrubPersonalData(String(value)) : value;
  }
  if (value instanceof Error) return scrubPersonalData(value.stack ?? `${value.name}: ${value.message}`);
  return scrubPersonalData(inspect(value, { depth: 4, breakLength: Infinity }));
}
