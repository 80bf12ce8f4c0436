import { lazy } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { RecordEntityName } from '../../api/recordApi';
import { projectEntity } from '../../../shared/domain/project';
import { OpenDossierButton } from '../project-dossier/OpenDossierButton';
import { ImportButton } from '../imports/ImportButton';
import { RecordLedgerPage } from '../records/RecordLedgerPage';
import { useRecordRows } from '../records/useRecordRows';

const projects = projectEntity as typeof projectEntity & { name: RecordEntityName };
// with the form it belongs to, loaded when the form first opens (antd's Form is not needed for the first rows)
const DepositPreview = lazy(async () => ({ default: (await import('../../components/record-form/DepositPreview')).DepositPreview }));
const computedRenderers = { depositRequired: DepositPreview };
const toolbarExtra = (selected: LedgerRecord[]) => (
  <>
    <OpenDossierButton selected={selected} />
    <ImportButton kind="projects" />
  </>
);

/** 项目台账: every project under way with its five systems and wage deposit. */
export function ProjectsPage() {
  const data = useRecordRows('projects');
  return <RecordLedgerPage entity={projects} gridId="projects" data={data} computedRenderers={computedRenderers} toolbarExtra={toolbarExtra} />;
}
