import { IMPORT_KIND_DEFS } from '../../../shared/import/kinds';
import type { HandlersOf } from '../handler-types';
import { commitImport } from './commit';
import { exportKind } from './export-kind';
import { requireOpenClueFor } from './kinds';
import { planImport } from './plan';
import { writeTemplate } from './template';

export const importHandlers: HandlersOf<'imports'> = {
  'imports.template': (input, ctx) => writeTemplate(ctx, input.kind, input.path),
  'imports.preview': async (input, ctx) => {
    await requireOpenClueFor(input.kind, ctx, input.clueId ?? null);
    return ctx.jobs.start(`检查要导入的${IMPORT_KIND_DEFS[input.kind].label}`, async (job) =>
      (await planImport(ctx, { kind: input.kind, path: input.path, clueId: input.clueId ?? null }, { signal: job.signal, progress: (rows) => job.progress(rows, null, `已读取${rows}行`) })).preview,
    );
  },
  'imports.commit': async (input, ctx) => {
    await requireOpenClueFor(input.kind, ctx, input.clueId ?? null);
    return ctx.jobs.start(`导入${IMPORT_KIND_DEFS[input.kind].label}`, (job) =>
      commitImport(ctx, { kind: input.kind, path: input.path, clueId: input.clueId ?? null, choices: input.choices, otherDuplicates: input.otherDuplicates }, job),
    );
  },
  'imports.export': (input, ctx) =>
    ctx.jobs.start(`导出${IMPORT_KIND_DEFS[input.kind].label}`, (job) => exportKind(ctx, { kind: input.kind, path: input.path, clueId: input.clueId ?? null }, job)),
};
