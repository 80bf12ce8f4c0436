import { sql } from 'kysely';
import type { ClueRecord } from '../../../shared/contract/clues';
import type { RecordValues } from '../../../shared/domain/schema';
import { timestamp } from '../context';
import { writeAudit } from '../audit/audit';
import type { HandlersOf } from '../handler-types';
import { readSettings } from '../settings/store';
import { clueDetail } from './detail';
import { dueContext } from './due';
import { clueFigures } from './figures';
import { clueService } from './service';
import { viewCondition, viewCounts } from './views';
import { actOnClue, addEvent, setClueFlag } from './workflow';

export const clueHandlers: HandlersOf<'clues'> = {
  'clues.list': async (input, ctx) => {
    const filter = input?.view ? viewCondition(input.view, dueContext(ctx, await readSettings(ctx.db))) : undefined;
    return (await clueService.list(ctx, { afterId: input?.afterId, limit: input?.limit }, filter)) as ClueRecord[];
  },
  'clues.get': (input, ctx) => clueService.get(ctx, input.id),
  'clues.create': (input, ctx) => clueService.create(ctx, input.values as RecordValues),
  'clues.update': (input, ctx) => clueService.update(ctx, input.id, input.version, input.values as RecordValues),
  'clues.delete': (input, ctx) => clueService.softDelete(ctx, input.id),
  'clues.restore': (input, ctx) => clueService.restore(ctx, input.id),
  'clues.viewCounts': async (_input, ctx) => viewCounts(ctx, dueContext(ctx, await readSettings(ctx.db))),
  'clues.detail': (input, ctx) => clueDetail(ctx, input.id),
  'clues.act': (input, ctx) => actOnClue(ctx, input),
  'clues.setFlag': (input, ctx) => setClueFlag(ctx, input),
  'clues.addProgress': async (input, ctx) => {
    return ctx.db.transaction().execute(async (trx) => {
      await clueService.liveRow(trx, input.id);
      const id = await addEvent(trx, ctx, input.id, { date: input.date, action: '办理记录', fromState: null, toState: null, note: input.note });
      // bookkeeping for the "no progress for N days" warning: not the clerk's data, so no new version
      await trx.updateTable('clues').set({ lastProgressDate: sql`max(coalesce(last_progress_date, ''), ${input.date})` }).where('id', '=', input.id).execute();
      await writeAudit(trx, ctx.operator, timestamp(ctx), { entity: 'clues', entityId: input.id, action: 'workflow', before: null, after: { 办理操作: '办理记录', date: input.date, note: input.note } });
      return { id, date: input.date, action: '办理记录', fromState: null, toState: null, note: input.note, operator: ctx.operator, at: timestamp(ctx) };
    });
  },
  'clues.addAttendance': async (input, ctx) => {
    return ctx.db.transaction().execute(async (trx) => {
      await clueService.liveRow(trx, input.id);
      const at = timestamp(ctx);
      const flags = {
        departmentPresent: input.departmentPresent ? 1 : 0,
        companyHeadPresent: input.companyHeadPresent ? 1 : 0,
        worksTownshipPresent: input.worksTownshipPresent ? 1 : 0,
        homeTownshipPresent: input.homeTownshipPresent ? 1 : 0,
      };
      const inserted = await trx
        .insertInto('clueAttendance')
        .values({ clueId: input.id, date: input.date, ...flags, note: input.note ?? null, operator: ctx.operator, at })
        .returning('id')
        .executeTakeFirstOrThrow();
      const absent = [
        input.departmentPresent ? '' : '项目主管部门',
        input.companyHeadPresent ? '' : '企业负责人',
        input.worksTownshipPresent ? '' : '项目所在乡镇',
        input.homeTownshipPresent ? '' : '信访人户籍地乡镇',
      ].filter(Boolean);
      const summary = absent.length === 0 ? '四方均到场' : `未到场：${absent.join('、')}`;
      await addEvent(trx, ctx, input.id, { date: input.date, action: '四必到', fromState: null, toState: null, note: [summary, input.note].filter(Boolean).join('；') });
      await writeAudit(trx, ctx.operator, at, { entity: 'clues', entityId: input.id, action: 'workflow', before: null, after: { 办理操作: '四必到', date: input.date, ...flags } });
      return {
        id: Number(inserted.id),
        date: input.date,
        departmentPresent: input.departmentPresent,
        companyHeadPresent: input.companyHeadPresent,
        worksTownshipPresent: input.worksTownshipPresent,
        homeTownshipPresent: input.homeTownshipPresent,
        note: input.note ?? null,
        operator: ctx.operator,
      };
    });
  },
  'clues.figures': (input, ctx) => clueFigures(ctx, input.from, input.to, input.groupBy ?? 'none'),
};
