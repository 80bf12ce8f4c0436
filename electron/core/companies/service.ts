import { sql } from 'kysely';
import { companyEntity } from '../../../shared/domain/company';
import { LedgerError } from '../../../shared/errors';
import { RecordService } from '../records/service';

/** Companies: a company that live projects still name cannot be deleted. */
export const companyService = new RecordService(
  { ...companyEntity, name: 'companies' },
  {
    async beforeDelete(id, trx) {
      const users = await trx
        .selectFrom('projects')
        .select(['name'])
        .where('deletedAt', 'is', null)
        .where((eb) =>
          eb.or([
            eb('builderId', '=', id),
            eb('contractorId', '=', id),
            eb.exists(sql`(SELECT 1 FROM json_each(projects.subcontractor_ids) WHERE json_each.value = ${id})`),
          ]),
        )
        .limit(4)
        .execute();
      if (users.length > 0) {
        const names = users.slice(0, 3).map((u) => `“${String(u['name'])}”`).join('、');
        throw new LedgerError('CONFLICT', `该单位是项目${names}${users.length > 3 ? '等' : ''}的参建单位，不能删除。请先在这些项目中更换或移除该单位。`);
      }
    },
  },
);
