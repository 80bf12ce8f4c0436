/** The table column a catalog key is stored in (Kysely's CamelCasePlugin does the same on every query): amountOwed → amount_owed. */
export function columnName(key: string): string {
  return key.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
}
