import { Card, Empty, Timeline } from 'antd';
import type { ProblemEvent } from '../../../../shared/contract/inspections';

function eventColor(event: ProblemEvent): string {
  if (event.toState === '已复核销号') return 'green';
  if (event.action === '复核不通过') return 'red';
  return event.toState ? 'blue' : 'gray';
}

/** 整改记录: every step with its date, the state change, the note (reviewer, reason) and who recorded it; newest first. */
export function ProblemTimeline({ events }: { events: readonly ProblemEvent[] }) {
  return (
    <Card size="small" title={`整改记录（${events.length}）`}>
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无整改记录" />
      ) : (
        <div data-testid="problem-timeline">
          <Timeline
            items={events.map((event) => ({
              key: event.id,
              color: eventColor(event),
              title: event.date,
              content: (
                <div data-testid="problem-event">
                  <div>
                    <strong>{event.action}</strong>
                    {event.fromState && event.toState && event.fromState !== event.toState && (
                      <span className="problem-event-states">
                        {event.fromState} → {event.toState}
                      </span>
                    )}
                    <span className="problem-event-operator">{event.operator}</span>
                  </div>
                  {event.note && <div className="problem-event-note">{event.note}</div>}
                </div>
              ),
            }))}
          />
        </div>
      )}
    </Card>
  );
}
