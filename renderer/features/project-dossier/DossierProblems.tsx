import { Card, Typography } from 'antd';
import { useState } from 'react';
import type { ProblemRecord } from '../../../shared/contract/inspections';
import type { LedgerRecord } from '../../../shared/contract/records';
import { problemEntity } from '../../../shared/domain/problem';
import { ProblemDetailDrawer } from '../problems/detail/ProblemDetailDrawer';
import { ProblemDueTag, ProblemStatusTag } from '../problems/ProblemStatusTag';
import { CatalogTable } from './CatalogTable';

const KEYS = ['checkItem', 'description', 'responsibleUnit', 'deadline', 'dueState', 'status', 'closedDate'];
const render = {
  status: (p: LedgerRecord) => <ProblemStatusTag status={p['status']} />,
  dueState: (p: LedgerRecord) => <ProblemDueTag dueState={p['dueState']} overdue={p['overdue']} />,
};

/** The project's problems: still open (with their deadline state) and closed (销号), each opening its detail. */
export function DossierProblems({ problems, onChanged }: { problems: readonly ProblemRecord[]; onChanged: () => void }) {
  const [openId, setOpenId] = useState<number | null>(null);
  const open = problems.filter((p) => p['status'] !== '已复核销号');
  const closed = problems.filter((p) => p['status'] === '已复核销号');
  return (
    <Card size="small" title={`整改问题（未销号${open.length}个，已销号${closed.length}个）`} className="dossier-card">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        未销号
      </Typography.Title>
      <CatalogTable entity={problemEntity} keys={KEYS} render={render} rows={open} onOpen={(p) => setOpenId(p.id)} empty="没有未销号的问题" testId="dossier-problems-open" />
      <Typography.Title level={5}>已销号</Typography.Title>
      <CatalogTable entity={problemEntity} keys={KEYS} render={render} rows={closed} onOpen={(p) => setOpenId(p.id)} empty="没有已销号的问题" testId="dossier-problems-closed" />
      {openId !== null && <ProblemDetailDrawer key={openId} id={openId} onClose={() => setOpenId(null)} onChanged={onChanged} />}
    </Card>
  );
}
