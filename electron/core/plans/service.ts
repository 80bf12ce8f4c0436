import { planEntity } from '../../../shared/domain/plan';
import { referenceProblems } from '../references';
import { RecordService } from '../records/service';

/** 一项目一策 / 一案一策: every edit is audited, so the audit log is the plan's history. */
export const planService = new RecordService(
  { ...planEntity, name: 'plans' },
  {
    validate: (record, trx) =>
      referenceProblems(record, trx, [
        { key: 'projectId', label: '项目', table: 'projects' },
        { key: 'clueId', label: '线索', table: 'clues' },
      ]),
  },
);
