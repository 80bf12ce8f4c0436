import { z } from 'zod';
import { isIsoDate } from '../dates';
import { command, domain, query } from './define';
import { recordId } from './records';

/** The official documents the task force issues, each numbered per type and year. */
export const DOCUMENT_TYPES = [
  { type: 'rectification', label: '整改通知书', entity: 'inspections' },
  { type: 'supervision', label: '督办通知书', entity: 'clues' },
  { type: 'assignment', label: '交办单', entity: 'clues' },
  { type: 'projectPlan', label: '一项目一策表', entity: 'plans' },
  { type: 'cluePlan', label: '一案一策表', entity: 'plans' },
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number]['type'];
export const DOCUMENT_STATUSES = ['已签发', '已送达', '已作废'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** What every printed document carries at its head and foot. */
export interface DocumentHeading {
  type: DocumentType;
  /** 整改通知书 … */
  title: string;
  /** 秦欠薪办整改〔2026〕3号; null in a preview before issue */
  number: string | null;
  issuingAuthority: string;
  countyName: string;
  /** issue date, YYYY-MM-DD */
  date: string;
  /** 主送 */
  addressee: string;
}

export interface ClueFacts {
  clueNo: string;
  platformNo: string | null;
  source: string;
  receivedDate: string;
  employer: string;
  project: string | null;
  workersInvolved: number | null;
  amountInvolvedFen: number | null;
  arrearsPeriod: string | null;
  summary: string | null;
  demand: string | null;
}

export interface PlanFacts {
  title: string;
  riskLevel: string;
  measures: string;
  responsibility: string;
  funds: string | null;
  items: string | null;
  contingency: string | null;
  progress: string | null;
}

/** The frozen content of an issued document: reprinting renders exactly this, whatever the records say later. */
export type DocumentContent =
  | {
      type: 'rectification';
      heading: DocumentHeading;
      /** the inspected project or employer, as named in the notice */
      target: string;
      inspectionDate: string;
      inspectors: string;
      problems: { item: string; description: string; requirement: string | null }[];
      deadline: string;
      /** 整改结果报送要求 */
      reportBack: string;
      /** the unit the 送达回证 goes to */
      receiptTo: string;
    }
  | { type: 'supervision'; heading: DocumentHeading; clue: ClueFacts; responsibleUnits: string[]; leader: string | null; deadline: string | null; requirement: string }
  | { type: 'assignment'; heading: DocumentHeading; clue: ClueFacts; receivingUnit: string; assignedDate: string; deadline: string | null; requirement: string }
  | { type: 'projectPlan'; heading: DocumentHeading; project: { name: string; township: string; contractor: string; contractPriceFen: number | null; fiveSystems: { label: string; inPlace: boolean }[] }; plan: PlanFacts }
  | { type: 'cluePlan'; heading: DocumentHeading; clue: ClueFacts; plan: PlanFacts };

export interface IssuedDocument {
  id: number;
  type: DocumentType;
  typeLabel: string;
  number: string;
  year: number;
  sequence: number;
  date: string;
  addressee: string;
  entity: string;
  entityId: number;
  status: DocumentStatus;
  servedDate: string | null;
  receiver: string | null;
  voidReason: string | null;
  issuedBy: string;
  issuedAt: string;
  content: DocumentContent;
}

const isoDate = (label: string) => z.string().refine((t) => isIsoDate(t), { error: `${label}应为有效日期（如2026-01-05）` });
const documentType = z.enum(DOCUMENT_TYPES.map((d) => d.type) as [DocumentType, ...DocumentType[]], { error: '未知的文书类型' });
const text = (label: string, max: number) => z.string().trim().min(1, { error: `${label}不能为空` }).max(max, { error: `${label}不能超过${max}个字` });

/** What the clerk chooses when issuing; everything else comes from the record. */
export const issueInput = z.strictObject({
  type: documentType,
  /** the inspection, clue or plan the document concerns */
  recordId,
  date: isoDate('成文日期').optional(),
  addressee: text('主送单位', 100).optional(),
  deadline: isoDate('期限').optional(),
  /** for a 交办单: which receiving unit (a clue assigned to both gets one slip each) */
  receivingUnit: text('接收单位', 100).optional(),
  /** extra requirement text replacing the standard wording */
  requirement: text('要求', 2000).optional(),
  /** for a 整改通知书: which of the inspection's problems it lists (all open ones when not given) */
  problemIds: z.array(recordId).max(50).optional(),
});

export const documentsContract = domain('documents', {
  preview: query<DocumentContent>()(issueInput, '预览文书（未编号，不保存）'),
  issue: command<IssuedDocument>()(issueInput, '签发文书：分配文号并冻结内容'),
  list: query<IssuedDocument[]>()(
    z.strictObject({ entity: z.string().optional(), entityId: recordId.optional(), type: documentType.optional(), afterId: z.int().nonnegative().optional(), limit: z.int().min(1).max(10_000).optional() }).optional(),
    '文书登记簿',
  ),
  get: query<IssuedDocument>()(z.strictObject({ id: recordId }), '读取一份文书（冻结的内容）'),
  byNumber: query<IssuedDocument>()(z.strictObject({ number: text('文号', 60) }), '按文号读取文书'),
  serve: command<IssuedDocument>()(z.strictObject({ id: recordId, servedDate: isoDate('送达日期'), receiver: text('签收人', 50) }), '登记送达'),
  void: command<IssuedDocument>()(z.strictObject({ id: recordId, reason: text('作废原因', 500) }), '作废文书（文号保留，不再使用）'),
});
