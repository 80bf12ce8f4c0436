import { workLogEntity } from '../../../shared/domain/work-log';
import { RecordService } from '../records/service';

/** 日常工作登记: plain audited records. */
export const workLogService = new RecordService({ ...workLogEntity, name: 'workLogs' });
