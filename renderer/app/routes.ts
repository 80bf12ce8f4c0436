import { useEffect, useState } from 'react';

/** The pages that work today; the navigation shows only these. */
export const ROUTES = [
  { key: 'projects', label: '项目台账' },
  { key: 'companies', label: '单位管理' },
  { key: 'recycle-bin', label: '回收站' },
  { key: 'settings', label: '设置' },
] as const;

export type RouteKey = (typeof ROUTES)[number]['key'];

function routeFromHash(): RouteKey {
  const key = window.location.hash.replace(/^#\/?/, '');
  return ROUTES.some((r) => r.key === key) ? (key as RouteKey) : 'projects';
}

/** Hash routing (#/companies): survives a reload, needs no router package, and works from file:// in Electron. */
export function useHashRoute(): [RouteKey, (key: RouteKey) => void] {
  const [route, setRoute] = useState<RouteKey>(routeFromHash);
  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return [route, (key) => (window.location.hash = `#/${key}`)];
}
