import { clueWorkerEntity } from '../../../shared/domain/clue';
import { RecordService } from '../records/service';

/** 欠薪农民工名单 rows: records of their own (audited, soft-deleted), tied to a clue by clue_id. */
export const clueWorkerService = new RecordService({ ...clueWorkerEntity, name: 'clueWorkers' });
