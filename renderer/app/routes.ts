import { useEffect, useState } from 'react';

/** The pages that work today; the navigation shows only these, the daily work first. */
export const ROUTES = [
  { key: 'dashboard', label: '工作台' },
  { key: 'clues', label: '线索台账' },
  { key: 'clue-stats', label: '线索统计' },
  { key: 'reports', label: '周报统计' },
  { key: 'work-logs', label: '日常工作登记' },
  { key: 'inspections', label: '检查记录' },
  { key: 'problems', label: '整改问题' },
  { key: 'plans', label: '一项目一策' },
  { key: 'documents', label: '文书登记簿' },
  { key: 'projects', label: '项目台账' },
  { key: 'companies', label: '单位管理' },
  { key: 'import', label: '从Excel导入' },
  { key: 'recycle-bin', label: '回收站' },
  { key: 'settings', label: '设置' },
  // 管理员 only: hidden from the other roles (the core refuses their methods anyway)
  { key: 'accounts', label: '账号管理', access: 'admin' },
  { key: 'audit', label: '审计日志', access: 'admin' },
] as const;

export type RouteKey = (typeof ROUTES)[number]['key'];

/**
 * Where the window is: a page, and for a record's own page (#/clues/12) the record id; `query` is what follows
 * '?' (#/clues?source=国家平台), so a link can open a page filtered — read it with hashParams().
 */
export interface AppLocation {
  route: RouteKey;
  id: number | null;
  query: string;
}

// the project ledger stays the landing page until the projects spec no longer expects it
const LANDING: RouteKey = 'projects';

export function locationFromHash(): AppLocation {
  const [path = '', query = ''] = window.location.hash.replace(/^#\/?/, '').split('?');
  const [key = '', idText] = path.split('/');
  if (!ROUTES.some((r) => r.key === key)) return { route: LANDING, id: null, query: '' };
  const id = idText && /^\d+$/.test(idText) ? Number(idText) : null;
  return { route: key as RouteKey, id, query };
}

/** The parameters after '?' in the hash (#/problems?view=closed → view=closed); empty when there are none. */
export function hashParams(): URLSearchParams {
  const at = window.location.hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : window.location.hash.slice(at + 1));
}

/** The hash of a page opened with parameters: hashLink('problems', { view: 'closed' }) → "#/problems?view=closed". */
export function hashLink(route: RouteKey, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `#/${route}?${query}` : `#/${route}`;
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
