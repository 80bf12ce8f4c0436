import { useEffect, useState } from 'react';

/** The pages that work today; the navigation shows only these, the daily work first. */
export const ROUTES = [
  { key: 'clues', label: '线索台账' },
  { key: 'clue-stats', label: '线索统计' },
  { key: 'inspections', label: '检查记录' },
  { key: 'problems', label: '整改问题' },
  { key: 'plans', label: '一项目（案）一策' },
  { key: 'projects', label: '项目台账' },
  { key: 'companies', label: '单位管理' },
  { key: 'recycle-bin', label: '回收站' },
  { key: 'settings', label: '设置' },
] as const;

export type RouteKey = (typeof ROUTES)[number]['key'];

/** Where the window is: a page, and for a record's own page (#/clues/12) the record id. */
export interface AppLocation {
  route: RouteKey;
  id: number | null;
}

// the project ledger stays the landing page until the projects spec no longer expects it
const LANDING: RouteKey = 'projects';

function locationFromHash(): AppLocation {
  const [key = '', idText] = window.location.hash.replace(/^#\/?/, '').split('/');
  if (!ROUTES.some((r) => r.key === key)) return { route: LANDING, id: null };
  const id = idText && /^\d+$/.test(idText) ? Number(idText) : null;
  return { route: key as RouteKey, id };
}

/** Goes to a page, or to a record's page: goTo('clues'), goTo('clues', 12). */
export function goTo(route: RouteKey, id?: number): void {
  window.location.hash = id === undefined ? `#/${route}` : `#/${route}/${id}`;
}

/** Hash routing (#/companies, #/clues/12): survives a reload, needs no router package, and works from file:// in Electron. */
export function useHashRoute(): AppLocation {
  const [location, setLocation] = useState<AppLocation>(locationFromHash);
  useEffect(() => {
    const onHashChange = () => setLocation(locationFromHash());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return location;
}
