import { lazy, useEffect, useState, type ComponentType } from 'react';
import type { AppLocation } from './routes';

/**
 * Every page in its own chunk, loaded when first opened: the window starts by parsing only the frame and the page it
 * opens on (ECharts, for one, is needed by 工作台 alone). The first script starts loading the opening page's chunk
 * together with the frame's (main.tsx), so splitting costs that page nothing.
 */
const loaders = {
  dashboard: () => import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage),
  clues: () => import('../features/clues/CluesPage').then((m) => m.CluesPage),
  clueDetail: () => import('../features/clues/detail/ClueDetailPage').then((m) => m.ClueDetailPage),
  'clue-stats': () => import('../features/clue-stats/ClueStatsPage').then((m) => m.ClueStatsPage),
  reports: () => import('../features/reports/WeeklyReportPage').then((m) => m.WeeklyReportPage),
  'work-logs': () => import('../features/work-logs/WorkLogsPage').then((m) => m.WorkLogsPage),
  inspections: () => import('../features/inspections/InspectionsPage').then((m) => m.InspectionsPage),
  problems: () => import('../features/problems/ProblemsPage').then((m) => m.ProblemsPage),
  plans: () => import('../features/plans/PlansPage').then((m) => m.PlansPage),
  projects: () => import('../features/projects/ProjectsPage').then((m) => m.ProjectsPage),
  projectDossier: () => import('../features/project-dossier/ProjectDossierPage').then((m) => m.ProjectDossierPage),
  companies: () => import('../features/companies/CompaniesPage').then((m) => m.CompaniesPage),
  import: () => import('../features/imports/ImportPage').then((m) => m.ImportPage),
  documents: () => import('../features/documents/DocumentRegisterPage').then((m) => m.DocumentRegisterPage),
  'recycle-bin': () => import('../features/recycle-bin/RecycleBinPage').then((m) => m.RecycleBinPage),
  settings: () => import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
  accounts: () => import('../features/accounts/AccountsPage').then((m) => m.AccountsPage),
  audit: () => import('../features/audit/AuditLogPage').then((m) => m.AuditLogPage),
};

export type PageName = keyof typeof loaders;
type PagePropsOf<N extends PageName> = Awaited<ReturnType<(typeof loaders)[N]>> extends ComponentType<infer P> ? P & object : never;

/** The page a location shows: a record's own page for #/clues/12 and #/projects/3, else the route's page. */
export function pageNameOf({ route, id }: Pick<AppLocation, 'route' | 'id'>): PageName {
  if (route === 'clues' && id !== null) return 'clueDetail';
  if (route === 'projects' && id !== null) return 'projectDossier';
  return route;
}

type AnyPage = ComponentType<never>;
/** The pages whose code is here, and the loads under way (a failed load is tried again on the next visit). */
const loadedPages: Partial<Record<PageName, AnyPage>> = {};
const loading: Partial<Record<PageName, Promise<AnyPage>>> = {};

function loadPage(name: PageName): Promise<AnyPage> {
  loading[name] ??= (loaders[name]() as Promise<AnyPage>).then(
    (page) => (loadedPages[name] = page),
    (error: unknown) => {
      delete loading[name];
      throw error;
    },
  );
  return loading[name];
}

/** Starts loading a page's chunk (main.tsx does it for the opening page before the frame has loaded). */
export function preloadPage(name: PageName): void {
  loadPage(name).catch(() => undefined); // the page reports the failure when it is shown
}

/**
 * Whether a page's code is here; re-renders the caller when it arrives. The frame shows its own spinner until then
 * and renders the page only afterwards, so the page never suspends: React holds back a suspended page for at least
 * 300 ms after showing the fallback (FALLBACK_THROTTLE_MS), which on the opening page was time the clerk waited for
 * rows already loaded. A page whose load failed is rendered anyway, and its lazy load throws the error as before.
 */
export function usePageLoaded(name: PageName): boolean {
  const [failed, setFailed] = useState<PageName | null>(null);
  const [, setArrived] = useState(0);
  const loaded = loadedPages[name] !== undefined;
  useEffect(() => {
    if (loaded) return;
    let alive = true;
    loadPage(name).then(
      () => alive && setArrived((n) => n + 1),
      () => alive && setFailed(name),
    );
    return () => {
      alive = false;
    };
  }, [name, loaded]);
  return loaded || failed === name;
}

/** A thenable that calls back at once: React.lazy takes a page already loaded without suspending. */
function resolved<T>(value: T): Promise<T> {
  return { then: (onLoaded: (value: T) => unknown) => onLoaded(value) } as unknown as Promise<T>;
}

function lazyPage<P extends object>(name: PageName) {
  return lazy(() => {
    const page = loadedPages[name] as ComponentType<P> | undefined;
    return page ? resolved({ default: page }) : loadPage(name).then((loaded) => ({ default: loaded as ComponentType<P> }));
  });
}

const page = <N extends PageName>(name: N) => lazyPage<PagePropsOf<N>>(name);

export const Pages = {
  dashboard: page('dashboard'),
  clues: page('clues'),
  clueDetail: page('clueDetail'),
  'clue-stats': page('clue-stats'),
  reports: page('reports'),
  'work-logs': page('work-logs'),
  inspections: page('inspections'),
  problems: page('problems'),
  plans: page('plans'),
  projects: page('projects'),
  projectDossier: page('projectDossier'),
  companies: page('companies'),
  import: page('import'),
  documents: page('documents'),
  'recycle-bin': page('recycle-bin'),
  settings: page('settings'),
  accounts: page('accounts'),
  audit: page('audit'),
};
