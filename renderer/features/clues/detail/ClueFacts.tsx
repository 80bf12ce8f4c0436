import { Card, Descriptions } from 'antd';
import type { ClueRecord } from '../../../../shared/contract/clues';
import { clueEntity } from '../../../../shared/domain/clue';
import { personalKindOf, type FieldDef } from '../../../../shared/domain/field';
import { useLedgerData } from '../../../app/LedgerDataContext';
import { cellText, type CellLookups } from '../../../components/ledger-grid/cellText';
import { formSections } from '../../../components/record-form/formSections';
import { RevealValue } from './RevealValue';

/** The number, the state and 期限状态 are in the header: the facts list leaves them out. */
const SHOWN_ELSEWHERE = new Set(['dueState', 'clueNo', 'status']);
/** Groups that list only what is set: a clue is seldom escalated, and ten rows of 否 hide the one that matters. */
const ONLY_WHAT_IS_SET = new Set(['督办与升级']);

const isSet = (value: unknown) => value !== null && value !== undefined && value !== '' && value !== false;

function factText(field: FieldDef, clue: ClueRecord, lookups: CellLookups) {
  const text = cellText(field, clue[field.key], lookups);
  if (!text) return <span className="fact-empty">—</span>;
  return field.type === 'money' ? `${text}元` : text;
}

/** The clue's facts as the catalog groups them (登记, 投诉人, 被投诉单位与诉求, 办理情况, 督办与升级); personal data masked. */
export function ClueFacts({ clue }: { clue: ClueRecord }) {
  const { lookups } = useLedgerData();
  const sections = formSections(clueEntity, (f) => !SHOWN_ELSEWHERE.has(f.key)).map((section) =>
    ONLY_WHAT_IS_SET.has(section.title) ? { ...section, fields: section.fields.filter((f) => isSet(clue[f.key])) } : section,
  );
  return (
    <div data-testid="clue-facts">
      {sections.map((section) => (
        <Card key={section.title} size="small" title={section.title} className="clue-card">
          {section.fields.length === 0 ? (
            <span className="fact-empty">未挂牌督办、未领导包案、未立案、未移送公安、未引导仲裁或诉讼</span>
          ) : (
            <Descriptions
              size="small"
              column={2}
              bordered
              styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
              items={section.fields.map((field) => ({
                key: field.key,
                label: field.label,
                span: field.type === 'longtext' ? 2 : 1,
                children: (
                  <span data-testid={`fact-${field.key}`}>
                    {personalKindOf(field) ? (
                      <RevealValue entity="clues" id={clue.id} field={field.key} masked={(clue[field.key] as string | null) ?? null} label={field.label} />
                    ) : (
                      factText(field, clue, lookups)
                    )}
                  </span>
                ),
              }))}
            />
          )}
        </Card>
      ))}
    </div>
  );
}
