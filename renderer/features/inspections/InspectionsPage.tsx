import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import { inspectionEntity } from '../../../shared/domain/inspection';
import type { RecordEntityName } from '../../api/recordApi';
import { useLedgerData } from '../../app/LedgerDataContext';
import { RectificationNoticeButton } from '../documents/IssueDocumentButtons';
import { RecordLedgerPage } from '../records/RecordLedgerPage';
import { useRecordRows } from '../records/useRecordRows';
import { InspectionFiguresCard, type InspectionFiguresHandle } from './InspectionFiguresCard';
import { inspectionColumnExtras } from './inspectionColumns';
import './inspections.css';
import { useProblemProposal } from './proposal/useProblemProposal';

const inspections = inspectionEntity as typeof inspectionEntity & { name: RecordEntityName };

const failedCount = (record: LedgerRecord | null) => (typeof record?.['failedItems'] === 'number' ? record['failedItems'] : 0);

/**
 * 检查记录: every inspection of a project or employer against the checklist. Saving one with 不合格 items goes on to
 * confirming the problems it found; 生成整改问题 does the same later for items not confirmed yet.
 */
export function InspectionsPage() {
  const { reloadProjects } = useLedgerData();
  const data = useRecordRows('inspections');
  const figures = useRef<InspectionFiguresHandle>(null);
  const refreshFigures = useCallback(() => figures.current?.reload(), []);
  const { propose, modal } = useProblemProposal(refreshFigures);

  useEffect(() => {
    void reloadProjects(); // projects added since the app started get their names in 被检查项目
  }, [reloadProjects]);

  // a new inspection, or an edit that failed more items than before, has problems to confirm
  const onRecordSaved = useCallback(
    (saved: LedgerRecord, before: LedgerRecord | null) => {
      if (failedCount(saved) > failedCount(before)) void propose(saved, true);
    },
    [propose],
  );

  const toolbarExtra = useCallback(
    (selected: LedgerRecord[]) => {
      const one = selected.length === 1 ? selected[0] : undefined;
      return (
        <>
          <Button
            icon={<ExclamationCircleOutlined />}
            disabled={!one || failedCount(one) === 0}
            title="为选中检查的不合格项生成整改问题"
            onClick={() => one && void propose(one)}
            data-testid="toolbar-propose-problems"
          >
            生成整改问题
          </Button>
          <RectificationNoticeButton inspection={one} />
        </>
      );
    },
    [propose],
  );

  return (
    <>
      <RecordLedgerPage
        entity={inspections}
        gridId="inspections"
        data={data}
        columnExtras={inspectionColumnExtras}
        header={<InspectionFiguresCard ref={figures} />}
        toolbarExtra={toolbarExtra}
        onRecordSaved={onRecordSaved}
        onChanged={refreshFigures}
        hint="双击行修改检查记录；选中有不合格项的检查后点“生成整改问题”"
      />
      {modal}
    </>
  );
}
