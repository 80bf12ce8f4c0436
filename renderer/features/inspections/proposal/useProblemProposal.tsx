import { App } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import type { ProposedProblem } from '../../../../shared/contract/inspections';
import type { LedgerRecord } from '../../../../shared/contract/records';
import { api } from '../../../api/client';
import { errorMessage } from '../../../lib/errors';
import { ProblemConfirmModal } from './ProblemConfirmModal';

interface Pending {
  inspection: LedgerRecord;
  proposed: ProposedProblem[];
}

/**
 * Asks the core for the problems of an inspection's 不合格 items not yet confirmed and, when there are any, opens the
 * confirmation step. `quiet` is for the automatic call after saving: nothing to propose then says nothing.
 */
export function useProblemProposal(onConfirmed: () => void): { propose: (inspection: LedgerRecord, quiet?: boolean) => Promise<void>; modal: ReactNode } {
  const { message } = App.useApp();
  const [pending, setPending] = useState<Pending | null>(null);

  const propose = useCallback(
    async (inspection: LedgerRecord, quiet = false) => {
      try {
        const proposed = await api().inspections.proposeProblems({ id: inspection.id });
        if (proposed.length > 0) setPending({ inspection, proposed });
        else if (!quiet) message.info('这次检查的不合格项都已生成整改问题');
      } catch (error) {
        message.error(errorMessage(error));
      }
    },
    [message],
  );

  const modal = pending ? (
    <ProblemConfirmModal
      key={pending.inspection.id}
      inspection={pending.inspection}
      proposed={pending.proposed}
      onClose={() => setPending(null)}
      onConfirmed={() => {
        setPending(null);
        onConfirmed();
      }}
    />
  ) : null;
  return { propose, modal };
}
