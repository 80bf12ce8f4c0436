import { Card } from 'antd';
import type { LedgerRecord } from '../../../shared/contract/records';
import { CHECKLIST, inspectionEntity } from '../../../shared/domain/inspection';
import { CatalogTable } from './CatalogTable';

/** The checklist items an inspection found 不合格, by name. */
function failedItems(inspection: LedgerRecord) {
  const failed = CHECKLIST.filter((item) => inspection[item.key] === '不合格').map((item) => item.label);
  return failed.length > 0 ? <span className="deposit-short">{`${failed.length}项：${failed.join('、')}`}</span> : <span className="deposit-ok">全部合格</span>;
}

/** 检查记录 of the project, newest first. */
export function DossierInspections({ inspections }: { inspections: readonly LedgerRecord[] }) {
  const newest = [...inspections].sort((a, b) => String(b['inspectionDate'] ?? '').localeCompare(String(a['inspectionDate'] ?? '')) || b.id - a.id);
  return (
    <Card size="small" title={`检查记录（${inspections.length}）`} className="dossier-card">
      <CatalogTable
        entity={inspectionEntity}
        keys={['inspectionDate', 'title', 'inspectors', 'failedItems']}
        render={{ failedItems }}
        rows={newest}
        empty="尚未检查过这个项目"
        testId="dossier-inspections"
      />
    </Card>
  );
}
