import { Card } from 'antd';
import type { LedgerRecord } from '../../../shared/contract/records';
import { clueEntity } from '../../../shared/domain/clue';
import { goTo } from '../../app/routes';
import { CatalogTable } from './CatalogTable';

/** 欠薪线索 that name this project; a click opens the clue's own page. */
export function DossierClues({ clues }: { clues: readonly LedgerRecord[] }) {
  return (
    <Card size="small" title={`关联线索（${clues.length}）`} className="dossier-card">
      <CatalogTable
        entity={clueEntity}
        keys={['clueNo', 'source', 'receivedDate', 'workersInvolved', 'amountInvolved', 'status', 'dueState']}
        rows={clues}
        onOpen={(clue) => goTo('clues', clue.id)}
        empty="没有涉及这个项目的线索"
        testId="dossier-clues"
      />
    </Card>
  );
}
