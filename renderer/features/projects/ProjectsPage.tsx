import type { LedgerRecord } from '../../../shared/contract/records';
import type { RecordEntityName } from '../../api/recordApi';
import { projectEntity } from '../../../shared/domain/project';
import { DepositPreview } from '../../components/record-form/DepositPreview';
import { OpenDossierButton } from '../project-dossier/OpenDossierButton';
import { ImportButton } from '../imports/ImportButton';
import { RecordLedgerPage } from '../records/RecordLedgerPage';
import { useRecordRows } from '../records/useRecordRows';

const projects = projectEntity as typeof projectEntity & { name: RecordEntityName };
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
