import { useCallback, useMemo } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import { api } from '../../api/client';
import { useLedgerData } from '../../app/LedgerDataContext';
import { RecordFormDrawer, type SaveRequest } from '../../components/record-form/RecordFormDrawer';
import { planEntityFor, type PlanTarget } from './planDefaults';

/** The record form for a new plan that already names its project or clue (一项目一策 from a dossier, 一案一策 from a clue). */
export function NewPlanDrawer({ target, onClose, onSaved }: { target: PlanTarget; onClose: () => void; onSaved: (plan: LedgerRecord) => void }) {
  const { companies, projects, settings } = useLedgerData();
  const entity = useMemo(() => planEntityFor(target), [target]);
  const ctx = useMemo(() => ({ companies: companies ?? [], projects: projects ?? [], settings }), [companies, projects, settings]);
  const save = useCallback(
    (request: SaveRequest): Promise<LedgerRecord> =>
      request.mode === 'create' ? api().plans.create({ values: request.values }) : api().plans.update({ id: request.id, version: request.version, values: request.values }),
    [],
  );
  return <RecordFormDrawer entity={entity} record={null} ctx={ctx} onClose={onClose} save={save} onSaved={onSaved} />;
}
