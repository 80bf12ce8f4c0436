import { sql, type SqlBool } from 'kysely';
import type { CluePick } from '../../../shared/contract/clues';
import type { CoreContext } from '../context';

const PICK_LIMIT = 50;

/** LIKE pattern for text anywhere, with the user's % and _ taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * Clues for a select box: the newest 50 matching the typed text in 线索编号, 平台编号 or 被投诉单位 — a ledger of
 * 100,000 clues is searched in the core instead of being sent to the page as options.
 */
export async function pickClues(ctx: CoreContext, input: { text?: string | undefined; id?: number | undefined }): Promise<CluePick[]> {
  let query = ctx.db.selectFrom('clues').select(['id', 'clueNo', 'employerName', 'receivedDate']).where('deletedAt', 'is', null);
  if (input.id !== undefined) query = query.where('id', '=', input.id);
  else if (input.text) {
    const pattern = containing(input.text);
    query = query.where(sql<SqlBool>`(clue_no LIKE ${pattern} ESCAPE '\\' OR platform_no LIKE ${pattern} ESCAPE '\\' OR employer_name LIKE ${pattern} ESCAPE '\\')`);
  }
  const rows = await query.orderBy('id', 'desc').limit(PICK_LIMIT).execute();
  return rows.map((row) => ({ id: Number(row.id), clueNo: String(row.clueNo ?? ''), employerName: row.employerName == null ? null : String(row.employerName), receivedDate: String(row.receivedDate ?? '') }));
}
