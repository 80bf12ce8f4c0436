import type { Transaction } from 'kysely';

import type { z } from 'zod';
import type { DocumentContent, DocumentHeading, issueInput } from '../../../shared/contract/documents';
import { DOCUMENT_TYPES } from '../../../shared/contract/documents';
import { toIsoDate } from '../../../shared/dates';
import type { LedgerSettings } from '../../../shared/domain/settings';
import { fieldErrors, LedgerError } from '../../../shared/errors';
import { clueService } from '../clues/service';
import type { CoreContext } from '../context';
import type { LedgerDb } from '../db/schema';
import { inspectionService } from '../inspections/service';
import { planService } from '../plans/service';
import { clueFacts, companyName, planFacts, projectName } from './facts';

export type IssueInput = z.output<typeof issueInput>;

export function typeLabel(type: DocumentContent['type']): string {
  return DOCUMENT_TYPES.find((d) => d.type === type)?.label ?? type;
}

function heading(input: IssueInput, settings: LedgerSettings, ctx: CoreContext, addressee: string): DocumentHeading {
  return {
    type: input.type,
    title: typeLabel(input.type),
    number: null,
    issuingAuthority: settings.issuingAuthority,
    countyName: settings.countyName,
    date: input.date ?? toIsoDate(ctx.now()),
    addressee: input.addressee ?? addressee,
  };
}

/**
 * The content of a document built from its record as it stands now. Issuing freezes exactly this (with the
 * number filled in); a preview shows it unnumbered. Refuses, in Chinese, a document its record cannot support.
 */
export async function buildContent(trx: Transaction<LedgerDb>, ctx: CoreContext, settings: LedgerSettings, input: IssueInput): Promise<{ content: DocumentContent; entity: string; problemIds: number[] }> {
  switch (input.type) {
    case 'rectification':
      return rectification(trx, ctx, settings, input);
    case 'supervision': {
      const clue = await clueService.liveRow(trx, input.recordId);
      if (clue['supervised'] !== 1) throw new LedgerError('TRANSITION_REFUSED', `线索${String(clue['clueNo'])}尚未挂牌督办，请先在线索中“挂牌督办”再签发督办通知书。`);
      const units = [clue['assignedTownship'], clue['assignedDepartment']].filter((u): u is string => typeof u === 'string' && u !== '');
      if (units.length === 0) throw new LedgerError('TRANSITION_REFUSED', `线索${String(clue['clueNo'])}尚未交办，督办通知书需要写明责任单位。`);
      const leader = settings.leaders.find((l) => l.name === clue['ownerLeader']);
      return {
        entity: 'clues',
        problemIds: [],
        content: {
          type: 'supervision',
          heading: heading(input, settings, ctx, units.join('、')),
          clue: await clueFacts(trx, clue),
          responsibleUnits: units,
          leader: leader ? `${leader.name}${leader.title ? `（${leader.title}）` : ''}` : null,
          deadline: input.deadline ?? ((clue['deadline'] as string | null) ?? null),
          requirement:
            input.requirement ??
            `该线索已列入挂牌督办。请责任单位主要负责同志亲自研究、限期办结，于期限届满前将办理结果书面报送${settings.issuingAuthority}；逾期未办结的，将按规定通报并追究责任。`,
        },
      };
    }
    case 'assignment': {
      const clue = await clueService.liveRow(trx, input.recordId);
      const units = [clue['assignedTownship'], clue['assignedDepartment']].filter((u): u is string => typeof u === 'string' && u !== '');
      if (units.length === 0) throw new LedgerError('TRANSITION_REFUSED', `线索${String(clue['clueNo'])}尚未交办，不能出具交办单。`);
      const unit = input.receivingUnit ?? (units.length === 1 ? units[0] : undefined);
      if (!unit) throw fieldErrors([{ field: 'receivingUnit', message: `接收单位：该线索为双交办，请选择${units.join('或')}（每个单位各出一份交办单）` }]);
      if (!units.includes(unit)) throw fieldErrors([{ field: 'receivingUnit', message: `接收单位：该线索交办给${units.join('、')}，没有交办给“${unit}”` }]);
      return {
        entity: 'clues',
        problemIds: [],
        content: {
          type: 'assignment',
          heading: heading(input, settings, ctx, unit),
          clue: await clueFacts(trx, clue),
          receivingUnit: unit,
          assignedDate: String(clue['assignedDate']),
          deadline: input.deadline ?? ((clue['deadline'] as string | null) ?? null),
          requirement: input.requirement ?? `请于办理期限内核实处理，并将核处结果、解决人数和金额填写于反馈栏，报送${settings.issuingAuthority}。`,
        },
      };
    }
    case 'projectPlan':
    case 'cluePlan':
      return planSheet(trx, ctx, settings, input);
  }
}

async function rectification(trx: Transaction<LedgerDb>, ctx: CoreContext, settings: LedgerSettings, input: IssueInput) {
  const inspection = await inspectionService.liveRow(trx, input.recordId);
  let query = trx
    .selectFrom('problems')
    .select(['id', 'checkItem', 'description', 'requirement', 'deadline', 'responsibleUnit'])
    .where('inspectionId', '=', input.recordId)
    .where('deletedAt', 'is', null)
    .where('status', '<>', '已复核销号')
    .orderBy('id');
  if (input.problemIds) query = query.where('id', 'in', input.problemIds.length > 0 ? input.problemIds : [0]);
  const problems = await query.execute();
  if (input.problemIds && problems.length !== input.problemIds.length) {
    throw fieldErrors([{ field: 'problemIds', message: '整改问题：所选问题不属于这次检查，或已销号' }]);
  }
  if (problems.length === 0) throw new LedgerError('TRANSITION_REFUSED', '这次检查没有待整改的问题，无需签发整改通知书。请先确认检查发现的问题。');
  const target = (await projectName(trx, inspection['projectId'])) ?? (await companyName(trx, inspection['companyId'])) ?? '';
  const responsible = String(problems[0]?.['responsibleUnit'] ?? target);
  const latestDeadline = problems.map((p) => String(p['deadline'])).sort().at(-1) ?? '';
  return {
    entity: 'inspections',
    problemIds: problems.map((p) => Number(p.id)),
    content: {
      type: 'rectification' as const,
      heading: heading(input, settings, ctx, responsible),
      target,
      inspectionDate: String(inspection['inspectionDate']),
      inspectors: String(inspection['inspectors']),
      problems: problems.map((p) => ({ item: String(p['checkItem']), description: String(p['description']), requirement: (p['requirement'] as string | null) ?? null })),
      deadline: input.deadline ?? latestDeadline,
      // the template frames it ("请你单位…前整改到位，并…。逾期未整改…依法处理。"): only the reporting clause goes here
      reportBack: input.requirement ?? `于整改期限届满前将整改情况书面报送${settings.issuingAuthority}`,
      receiptTo: input.addressee ?? responsible,
    },
  };
}

async function planSheet(trx: Transaction<LedgerDb>, ctx: CoreContext, settings: LedgerSettings, input: IssueInput) {
  const plan = await planService.liveRow(trx, input.recordId);
  const wanted = input.type === 'projectPlan' ? '项目' : '线索';
  if (plan['targetType'] !== wanted) throw fieldErrors([{ field: 'type', message: `文书类型：这个方案的对象是${String(plan['targetType'])}，请选择${plan['targetType'] === '项目' ? '一项目一策表' : '一案一策表'}` }]);
  if (input.type === 'projectPlan') {
    const project = await trx.selectFrom('projects').selectAll().where('id', '=', Number(plan['projectId'])).executeTakeFirstOrThrow();
    const systems: [string, string][] = [
      ['实名制管理', 'realNameInPlace'],
      ['工资保证金', 'depositAmount'],
      ['农民工工资专用账户', 'wageAccountOpened'],
      ['银行代发工资', 'bankPayrollInPlace'],
      ['维权信息公示牌', 'rightsBoardInPlace'],
    ];
    return {
      entity: 'plans',
      problemIds: [],
      content: {
        type: 'projectPlan' as const,
        heading: heading(input, settings, ctx, String(plan['responsibility']).split(/[、，,\n]/)[0] ?? ''),
        project: {
          name: String(project['name']),
          township: String(project['township']),
          contractor: (await companyName(trx, project['contractorId'])) ?? '',
          contractPriceFen: typeof project['contractPrice'] === 'number' ? project['contractPrice'] : null,
          fiveSystems: systems.map(([label, key]) => ({ label, inPlace: key === 'depositAmount' ? Number(project[key] ?? 0) > 0 : project[key] === 1 })),
        },
        plan: planFacts(plan),
      },
    };
  }
  const clue = await trx.selectFrom('clues').selectAll().where('id', '=', Number(plan['clueId'])).executeTakeFirstOrThrow();
  return {
    entity: 'plans',
    problemIds: [],
    content: { type: 'cluePlan' as const, heading: heading(input, settings, ctx, String(plan['responsibility']).split(/[、，,\n]/)[0] ?? ''), clue: await clueFacts(trx, clue), plan: planFacts(plan) },
  };
}

