import { lazy, type ComponentType } from 'react';
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

/** The page a location shows: a record's own page for #/clues/12 and #/projects/3, else the route's page. */
export function pageNameOf({ route, id }: Pick<AppLocation, 'route' | 'id'>): PageName {
  if (route === 'clues' && id !== null) return 'clueDetail';
  if (route === 'projects' && id !== null) return 'projectDossier';
  return route;
}

/** Starts loading a page's chunk (main.tsx does it for the opening page before the frame has loaded). */
export function preloadPage(name: PageName): void {
  void loaders[name]();
}

function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

export const Pages = {
  dashboard: lazyPage(loaders.dashboard),
  clues: lazyPage(loaders.clues),
  clueDetail: lazyPage(loaders.clueDetail),
  'clue-stats': lazyPage(loaders['clue-stats']),
  reports: lazyPage(loaders.reports),
  'work-logs': lazyPage(loaders['work-logs']),
  inspections: lazyPage(loaders.inspections),
  problems: lazyPage(loaders.problems),
  plans: lazyPage(loaders.plans),
  projects: lazyPage(loaders.projects),
  projectDossier: lazyPage(loaders.projectDossier),
  companies: lazyPage(loaders.companies),
  import: lazyPage(loaders.import),
  documents: lazyPage(loaders.documents),
  'recycle-bin': lazyPage(loaders['recycle-bin']),
  settings: lazyPage(loaders.settings),
  accounts: lazyPage(loaders.accounts),
  audit: lazyPage(loaders.audit),
};
