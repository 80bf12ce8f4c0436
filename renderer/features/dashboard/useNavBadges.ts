import { useCallback, useEffect, useState } from 'react';
import { WARNING_KINDS } from '../../../shared/contract/warnings';
import { api } from '../../api/client';
import type { RouteKey } from '../../app/routes';

/** A count shown on a menu item, with the words a tooltip gives it. */
export interface NavBadge {
  count: number;
  title: string;
}
export type NavBadges = Partial<Record<RouteKey, NavBadge>>;

/** Often enough that a deadline passing during the day shows up, rarely enough to cost nothing. */
const REFRESH_MS = 3 * 60_000;
const REFRESH_EVENT = 'ledger:refresh-nav-badges';
/** How long after a page opens the badges are re-read. */
const AFTER_PAGE_MS = 1_500;

/** Asks the navigation to re-read its counts now (工作台's 刷新, so the badge and the list agree). */
export function refreshNavBadges(): void {
  window.dispatchEvent(new Event(REFRESH_EVENT));
}

/**
 * The counts on the navigation: all warnings on 工作台 and the overdue clues on 线索台账. Both come from the core
 * (warnings.counts, clues.viewCounts): the badge is never a second count of its own. Re-read shortly after every change
 * of page — a clerk who has just closed a clue or fixed a project sees the badge move when leaving the page — and every
 * few minutes while the window stays open.
 */
export function useNavBadges(route: RouteKey): NavBadges {
  const [badges, setBadges] = useState<NavBadges>({});

  const reload = useCallback(async () => {
    try {
      const [warnings, clueViews] = await Promise.all([api().warnings.counts({}), api().clues.viewCounts({})]);
      const total = WARNING_KINDS.reduce((sum, { kind }) => sum + (warnings[kind] ?? 0), 0);
      setBadges({
        dashboard: { count: total, title: `预警${total}条` },
        clues: { count: clueViews.overdue, title: `已超期线索${clueViews.overdue}件` },
      });
    } catch {
      // a badge is a reminder, not a figure: keep the last counts and let the pages report a failed core
    }
  }, []);

  useEffect(() => {
    // the core answers one call at a time: let the page's own first calls (its grid's first page) go first
    const timer = window.setTimeout(() => void reload(), AFTER_PAGE_MS);
    return () => window.clearTimeout(timer);
  }, [reload, route]);

  useEffect(() => {
    const refresh = () => void reload();
    const timer = window.setInterval(refresh, REFRESH_MS);
    window.addEventListener(REFRESH_EVENT, refresh);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(REFRESH_EVENT, refresh);
    };
  }, [reload]);

  return badges;
}
