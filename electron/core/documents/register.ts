import type { Selectable } from 'kysely';
import type { DocumentContent, DocumentStatus, DocumentType, IssuedDocument } from '../../../shared/contract/documents';
import { LedgerError } from '../../../shared/errors';
import { writeAudit } from '../audit/audit';
import { timestamp, type CoreContext } from '../context';
import type { DocumentRow } from '../db/schema';
import { problemService } from '../problems/service';
import { nextInSequence } from '../sequences';
import { readSettings } from '../settings/store';
import { lockForChange, writeWorkflowChange } from '../workflow/record-change';
import { buildContent, typeLabel, type IssueInput } from './build';

const DEFAULT_PREFIX: Record<DocumentType, string> = {
  rectification: '欠薪办整改',
  supervision: '欠薪办督',
  assignment: '欠薪办交',
  projectPlan: '欠薪办项策',
  cluePlan: '欠薪办案策',
};

/** 秦欠薪办督〔2026〕3号: the prefix from Settings, the year in 〔〕, the number without leading zeros or 第. */
export function documentNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}〔${year}〕${sequence}号`;
}

export async function previewDocument(ctx: CoreContext, input: IssueInput): Promise<DocumentContent> {
  const settings = await readSettings(ctx.db);
  return ctx.db.transaction().execute(async (trx) => (await buildContent(trx, ctx, settings, input)).content);
}

/**
 * Issues a document: builds its content from the record, allocates the next number of its type and year in the
 * same transaction, freezes the content, links a rectification notice to its problems, and audits it. A failure
 * anywhere rolls everything back, so no number is consumed by a document that was not issued.
 */
export async function issueDocument(ctx: CoreContext, input: IssueInput): Promise<IssuedDocument> {
  const settings = await readSettings(ctx.db);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { content, entity, problemIds } = await buildContent(trx, ctx, settings, input);
    const year = Number(content.heading.date.slice(0, 4));
    const sequence = await nextInSequence(trx, `document:${input.type}`, year);
    const prefix = settings.documentPrefixes[typeLabel(input.type)] || DEFAULT_PREFIX[input.type];
    const number = documentNumber(prefix, year, sequence);
    const frozen: DocumentContent = { ...content, heading: { ...content.heading, number } } as DocumentContent;
    const at = timestamp(ctx);
    const inserted = await trx
      .insertInto('documents')
      .values({
        type: input.type,
        year,
        sequence,
        number,
        date: content.heading.date,
        addressee: content.heading.addressee,
        entity,
        entityId: input.recordId,
        status: '已签发',
        contentJson: JSON.stringify(frozen),
        issuedBy: ctx.operator,
        issuedAt: at,
        updatedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const problemId of problemIds) {
      // the problems were read in this same transaction, so their current version is the one to change
      const current = Number((await problemService.liveRow(trx, problemId))['version']);
      const { values } = await lockForChange(problemService, trx, problemId, current);
      await writeWorkflowChange(problemService, trx, ctx, { id: problemId, version: current, before: values, after: { ...values, noticeNo: number }, actionLabel: `签发${typeLabel(input.type)}` });
    }
    await writeAudit(trx, ctx.operator, at, { entity: 'documents', entityId: Number(inserted.id), action: 'create', before: null, after: { number, type: input.type, entity, entityId: input.recordId } });
    return Number(inserted.id);
  });
  return getDocument(ctx, id);
}

export async function getDocument(ctx: CoreContext, id: number): Promise<IssuedDocument> {
  const row = await ctx.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new LedgerError('NOT_FOUND', `找不到编号为${id}的文书。`);
  return toDocument(row);
}

export async function documentByNumber(ctx: CoreContext, number: string): Promise<IssuedDocument> {
  const row = await ctx.db.selectFrom('documents').selectAll().where('number', '=', number).executeTakeFirst();
  if (!row) throw new LedgerError('NOT_FOUND', `找不到文号为“${number}”的文书。`);
  return toDocument(row);
}

export async function listDocuments(
  ctx: CoreContext,
  filter: { entity?: string; entityId?: number; type?: DocumentType; afterId?: number; limit?: number } = {},
): Promise<IssuedDocument[]> {
  let query = ctx.db.selectFrom('documents').selectAll();
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) query = query.where('entityId', '=', filter.entityId);
  if (filter.type) query = query.where('type', '=', filter.type);
  if (filter.afterId !== undefined) query = query.where('id', '>', filter.afterId);
  query = query.orderBy('id');
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  return (await query.execute()).map(toDocument);
}

/** 已送达 with the date and the receiver; a voided document cannot be served. */
export async function serveDocument(ctx: CoreContext, id: number, servedDate: string, receiver: string): Promise<IssuedDocument> {
  return changeStatus(ctx, id, '送达', (doc) => {
    if (doc.status === '已作废') throw new LedgerError('TRANSITION_REFUSED', `文书${doc.number}已作废，不能登记送达。`);
    if (servedDate < doc.date) throw new LedgerError('VALIDATION', `送达日期：不能早于成文日期${doc.date}`, [{ field: 'servedDate', message: `送达日期：不能早于成文日期${doc.date}` }]);
    return { status: '已送达', servedDate, receiver };
  });
}

/** 已作废: the number stays with the document and its reason, and is never handed out again. */
export async function voidDocument(ctx: CoreContext, id: number, reason: string): Promise<IssuedDocument> {
  return changeStatus(ctx, id, '作废', (doc) => {
    if (doc.status === '已作废') throw new LedgerError('TRANSITION_REFUSED', `文书${doc.number}已经作废。`);
    return { status: '已作废', voidReason: reason };
  });
}

async function changeStatus(
  ctx: CoreContext,
  id: number,
  label: string,
  change: (doc: IssuedDocument) => { status: DocumentStatus; servedDate?: string; receiver?: string; voidReason?: string },
): Promise<IssuedDocument> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new LedgerError('NOT_FOUND', `找不到编号为${id}的文书。`);
    const before = toDocument(row);
    const next = change(before);
    const at = timestamp(ctx);
    await trx.updateTable('documents').set({ ...next, updatedAt: at }).where('id', '=', id).execute();
    await writeAudit(trx, ctx.operator, at, { entity: 'documents', entityId: id, action: 'workflow', before: { status: before.status }, after: { 办理操作: label, ...next } });
  });
  return getDocument(ctx, id);
}

function toDocument(row: Selectable<DocumentRow>): IssuedDocument {
  return {
    id: Number(row.id),
    type: row.type as DocumentType,
    typeLabel: typeLabel(row.type as DocumentType),
    number: row.number,
    year: row.year,
    sequence: row.sequence,
    date: row.date,
    addressee: row.addressee,
    entity: row.entity,
    entityId: row.entityId,
    status: row.status as DocumentStatus,
    servedDate: row.servedDate,
    receiver: row.receiver,
    voidReason: row.voidReason,
    issuedBy: row.issuedBy,
    issuedAt: row.issuedAt,
    content: JSON.parse(row.contentJson) as DocumentContent,
  };
}
