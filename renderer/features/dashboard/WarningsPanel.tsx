import { Badge, Card, Collapse, Empty, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { WARNING_KINDS, type Warning, type WarningKind } from '../../../shared/contract/warnings';
import { api } from '../../api/client';
import { useLoaded } from './useLoaded';
import { openWarningRecord } from './warningLinks';

const SEVERITY = {
  high: { color: 'red', text: '紧急' },
  medium: { color: 'orange', text: '提醒' },
} as const;

/** One warning: what is wrong and the record it names; a click opens that record. */
function WarningItem({ warning }: { warning: Warning }) {
  const severity = SEVERITY[warning.severity];
  return (
    <li>
      <button type="button" className={`warning-item warning-${warning.severity}`} onClick={() => openWarningRecord(warning)} data-testid={`warning-${warning.kind}-${warning.entityId}`}>
        <Tag color={severity.color} className="warning-tag">
          {severity.text}
        </Tag>
        <span className="warning-text">
          <span className="warning-title">{warning.title}</span>
          <span className="warning-message">{warning.message}</span>
        </span>
      </button>
    </li>
  );
}

/**
 * 预警: every warning the core computes (warnings.list, thresholds in 设置), grouped by rule in the contract's order,
 * with the count of each rule; a rule with an urgent warning shows its count in red.
 */
export function WarningsPanel({ refreshKey }: { refreshKey: number }) {
  // a new refreshKey (the page's 刷新) makes a new loader, and the list is read again
  const load = useCallback(() => api().warnings.list({}), [refreshKey]);
  const { value: warnings, error } = useLoaded(load);

  const groups = useMemo(() => {
    const byKind = new Map<WarningKind, Warning[]>();
    for (const warning of warnings ?? []) byKind.set(warning.kind, [...(byKind.get(warning.kind) ?? []), warning]);
    return WARNING_KINDS.filter((k) => byKind.has(k.kind)).map((k) => ({ ...k, items: byKind.get(k.kind) ?? [] }));
  }, [warnings]);

  const body = () => {
    if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
    if (!warnings) return <Skeleton active paragraph={{ rows: 6 }} />;
    if (warnings.length === 0) return <Empty description="暂无预警" />;
    return (
      <Collapse
        size="small"
        // the short lists open, so what needs doing today is in view; a long one opens on a click
        defaultActiveKey={groups.filter((g) => g.items.length <= 10).map((g) => g.kind)}
        items={groups.map((g) => ({
          key: g.kind,
          label: (
            <span className="warning-group-label" data-testid={`warning-group-${g.kind}`}>
              {g.label}
              <Badge count={g.items.length} overflowCount={999} color={g.items.some((w) => w.severity === 'high') ? 'red' : 'orange'} data-testid={`warning-count-${g.kind}`} />
            </span>
          ),
          children: (
            <ul className="warning-list">
              {g.items.map((w) => (
                <WarningItem key={`${w.entity}-${w.entityId}`} warning={w} />
              ))}
            </ul>
          ),
        }))}
      />
    );
  };

  return (
    <Card size="small" title={`预警${warnings ? `（${warnings.length}条）` : ''}`} className="dashboard-warnings" data-testid="dashboard-warnings">
      {body()}
    </Card>
  );
}
