import type { LedgerRecord } from '../../../shared/contract/records';
import { CHECKLIST, inspectionEntity } from '../../../shared/domain/inspection';
import { referenceProblems } from '../references';
import { RecordService } from '../records/service';

/** Inspections: references must be live; the township follows the project when left empty. */
export const inspectionService = new RecordService(
  { ...inspectionEntity, name: 'inspections' },
  {
    validate: (record, trx) =>
      referenceProblems(record, trx, [
        { key: 'projectId', label: '被检查项目', table: 'projects' },
        { key: 'companyId', label: '被检查单位', table: 'companies' },
      ]),
    async beforeInsert(record, trx) {
      if (!record['township'] && typeof record['projectId'] === 'number') {
        const project = await trx.selectFrom('projects').select('township').where('id', '=', record['projectId']).executeTakeFirst();
        if (project && typeof project['township'] === 'string') record['township'] = project['township'];
      }
    },
    async decorate(records: LedgerRecord[]) {
      for (const record of records) record['failedItems'] = CHECKLIST.filter((item) => record[item.key] === '不合格').length;
    },
  },
);
