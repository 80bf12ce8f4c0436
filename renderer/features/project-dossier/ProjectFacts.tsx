import { Card, Descriptions } from 'antd';
import type { LedgerRecord } from '../../../shared/contract/records';
import { projectEntity } from '../../../shared/domain/project';
import { useLedgerData } from '../../app/LedgerDataContext';
import { formSections } from '../../components/record-form/formSections';
import { factItems } from './factItems';

/** The catalog groups that describe the project itself; the others are the five systems (五项制度) and the rest. */
const BASICS = new Set(['基本信息', '参建单位', '合同与工期']);

const sections = formSections(projectEntity);

/** 基本情况 and 五项制度, one Descriptions per catalog group; personal data stays masked as the core sent it. */
export function ProjectFacts({ project }: { project: LedgerRecord }) {
  const { lookups } = useLedgerData();
  const group = (title: string, fields: (typeof sections)[number]['fields']) => (
    <Descriptions key={title} title={title} size="small" bordered column={2} items={factItems(fields, project, lookups)} style={{ marginBottom: 12 }} />
  );
  return (
    <>
      <Card size="small" title="基本情况" className="dossier-card" data-testid="dossier-basics">
        {sections.filter((s) => BASICS.has(s.title)).map((s) => group(s.title, s.fields))}
      </Card>
      <Card size="small" title="五项制度与工资保证金" className="dossier-card" data-testid="dossier-systems">
        {sections.filter((s) => !BASICS.has(s.title)).map((s) => group(s.title, s.fields))}
      </Card>
    </>
  );
}
