import { Badge } from 'antd';
import './navLabel.css';
import type { NavBadge } from './useNavBadges';

/** A menu item's name with its count beside it (red; nothing when the count is zero). */
export function NavLabel({ label, badge, testId }: { label: string; badge: NavBadge | undefined; testId: string }) {
  return (
    <span className="nav-label">
      <span>{label}</span>
      {badge && badge.count > 0 && <Badge count={badge.count} size="small" overflowCount={999} title={badge.title} className="nav-badge" data-testid={testId} />}
    </span>
  );
}
