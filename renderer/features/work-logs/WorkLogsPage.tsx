import { Typography } from 'antd';
import { useMemo } from 'react';
import { toIsoDate } from '../../../shared/dates';
import type { EntityDef } from '../../../shared/domain/field';
import { workLogEntity } from '../../../shared/domain/work-log';
import type { RecordEntityName } from '../../api/recordApi';
import { RecordLedgerPage } from '../records/RecordLedgerPage';
import { useRecordRows } from '../records/useRecordRows';

/**
 * The catalog entity with today as a new entry's date: a clerk logs the day's hotline calls or the leaflets handed
 * out on the day, so the form opens on today. The catalog default cannot say "today" (it is a fixed value), so the
 * page supplies it; everything else is the catalog's.
 */
function withTodayAsDefault(today: string): EntityDef & { name: RecordEntityName } {
  return {
    ...workLogEntity,
    name: 'workLogs',
    fields: workLogEntity.fields.map((field) => (field.key === 'date' ? { ...field, defaultValue: today } : field)),
  };
}

const header = (
  <Typography.Paragraph type="secondary" className="work-log-intro" data-testid="work-log-intro">
    按日期和类别登记数量（人次、件、场或份）；县本级的工作不填乡镇。周报统计中的热线咨询、调解纠纷、宣传活动和发放资料取自这里。
  </Typography.Paragraph>
);

/**
 * 日常工作登记: hotline consultations, disputes mediated, publicity events and materials handed out — the weekly
 * report's figures that no other record holds. The generic ledger page over the work-log catalog entity.
 */
export function WorkLogsPage() {
  const data = useRecordRows('workLogs');
  const today = toIsoDate(new Date());
  const entity = useMemo(() => withTodayAsDefault(today), [today]);
  return <RecordLedgerPage entity={entity} gridId="workLogs" data={data} header={header} />;
}
