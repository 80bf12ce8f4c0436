import { EditOutlined, FlagOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import type { ClueDetail } from '../../../../shared/contract/clues';
import { ClueActionModal } from './ClueActionModal';
import { ClueFlagModal } from './ClueFlagModal';
import { FLAG_DEFS, isFlagOn, type FlagDef } from './clueFlags';

type Open = { kind: 'action'; action: ClueDetail['allowedActions'][number] } | { kind: 'flag'; def: FlagDef; on: boolean } | null;

interface Props {
  detail: ClueDetail;
  onChanged: () => void;
  onEdit: () => void;
}

/**
 * The buttons for what can be done now: exactly the workflow actions the core says the state allows (an action it
 * would refuse is never offered), the escalation flags, and 编辑 for the intake facts.
 */
export function ClueActionBar({ detail, onChanged, onEdit }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const { clue } = detail;
  const done = () => {
    setOpen(null);
    onChanged();
  };

  return (
    <div className="clue-action-bar" role="toolbar" aria-label="线索办理">
      <Space wrap data-testid="clue-actions">
        {detail.allowedActions.map((action, index) => (
          <Button key={action.name} type={index === 0 ? 'primary' : 'default'} onClick={() => setOpen({ kind: 'action', action })} data-testid={`act-${action.name}`}>
            {action.label}
          </Button>
        ))}
        {detail.allowedActions.length === 0 && <span className="fact-empty">当前状态没有可办理的操作</span>}
      </Space>
      <Space wrap>
        {clue['status'] !== '已归档' && FLAG_DEFS.map((def) => {
          const on = isFlagOn(clue, def.flag);
          return (
            <Button key={def.flag} icon={on ? undefined : <FlagOutlined />} onClick={() => setOpen({ kind: 'flag', def, on: !on })} data-testid={`flag-${def.flag}`}>
              {on ? `取消${def.label}` : def.label}
            </Button>
          );
        })}
        <Button icon={<EditOutlined />} onClick={onEdit} data-testid="clue-edit">
          编辑登记信息
        </Button>
      </Space>
      {open?.kind === 'action' && <ClueActionModal clue={clue} action={open.action} onClose={() => setOpen(null)} onDone={done} />}
      {open?.kind === 'flag' && <ClueFlagModal clue={clue} def={open.def} on={open.on} onClose={() => setOpen(null)} onDone={done} />}
    </div>
  );
}
