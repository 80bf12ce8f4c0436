import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LedgerRecord } from '../../shared/contract/records';
import type { LedgerInfo } from '../../shared/contract/system';
import type { CodeListName } from '../../shared/domain/field';
import type { LedgerSettings } from '../../shared/domain/settings';
import { api } from '../api/client';
import type { CellLookups } from '../components/ledger-grid/cellText';
import type { ProjectOption } from '../components/record-form/ProjectSelect';
import { errorMessage } from '../lib/errors';
import { afterFirstPage } from './firstPage';

/**
 * What several pages share: the settings (county name, code lists, deposit rules), the ledger file info, the
 * companies (for names in the project grid and the pick lists in the project form) and the project names (for the
 * clue grid and the clue form's 涉及项目).
 */
interface LedgerData {
  settings: LedgerSettings | null;
  info: LedgerInfo | null;
  /** null while loading */
  companies: LedgerRecord[] | null;
  /** id and name of every live project; null while loading */
  projects: ProjectOption[] | null;
  loadError: string | null;
  lookups: CellLookups;
  codeList: (name: CodeListName | undefined) => string[];
  reloadSettings: () => Promise<void>;
  setSettings: (settings: LedgerSettings) => void;
  reloadCompanies: () => Promise<void>;
  setCompanies: (update: (rows: LedgerRecord[]) => LedgerRecord[]) => void;
  /** re-reads the project names: pages that show them call it on opening, since projects change on their own page */
  reloadProjects: () => Promise<void>;
}

const LedgerDataContext = createContext<LedgerData | null>(null);

export function useLedgerData(): LedgerData {
  const data = useContext(LedgerDataContext);
  if (!data) throw new Error('useLedgerData must be used inside LedgerDataProvider');
  return data;
}

export function LedgerDataProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<LedgerSettings | null>(null);
  const [info, setInfo] = useState<LedgerInfo | null>(null);
  const [companies, setCompanyRows] = useState<LedgerRecord[] | null>(null);
  const [projects, setProjects] = useState<ProjectOption[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reloadSettings = useCallback(async () => {
    try {
      setSettings(await api().settings.get({}));
    } catch (error) {
      setLoadError(errorMessage(error));
    }
  }, []);

  const reloadCompanies = useCallback(async () => {
    try {
      setCompanyRows(await api().companies.list({}));
    } catch (error) {
      setLoadError(errorMessage(error));
    }
  }, []);

  // pages that show project names re-read them on opening; two asking at once share one call
  const projectsLoading = useRef<Promise<void> | null>(null);
  const reloadProjects = useCallback(() => {
    projectsLoading.current ??= (async () => {
      try {
        // names only: the whole records of a large ledger would hold up the core while the first grid page waits
        const list = await api().projects.names({});
        setProjects(list.map((p) => ({ id: p.id, name: p.name })));
      } catch (error) {
        setLoadError(errorMessage(error));
      } finally {
        projectsLoading.current = null;
      }
    })();
    return projectsLoading.current;
  }, []);

  useEffect(() => {
    void reloadSettings();
    void reloadCompanies();
    // neither is needed to draw the first page; the core answers them after it (see firstPage.ts)
    void afterFirstPage().then(async () => {
      void reloadProjects();
      await api()
        .system.info({})
        .then(setInfo, (error: unknown) => setLoadError(errorMessage(error)));
    });
  }, [reloadSettings, reloadCompanies, reloadProjects]);

  const setCompanies = useCallback((update: (rows: LedgerRecord[]) => LedgerRecord[]) => {
    setCompanyRows((rows) => update(rows ?? []));
  }, []);

  const lookups = useMemo<CellLookups>(() => {
    const companyNames = new Map<number, string>();
    for (const company of companies ?? []) companyNames.set(company.id, String(company['name'] ?? ''));
    const projectNames = new Map<number, string>();
    for (const project of projects ?? []) projectNames.set(project.id, project.name);
    return { companyNames, projectNames };
  }, [companies, projects]);

  const codeList = useCallback(
    (name: CodeListName | undefined): string[] => {
      if (!settings || !name) return [];
      if (name === 'leaders') return settings.leaders.map((l) => l.name);
      return settings[name];
    },
    [settings],
  );

  const value = useMemo<LedgerData>(
    () => ({ settings, info, companies, projects, loadError, lookups, codeList, reloadSettings, setSettings, reloadCompanies, setCompanies, reloadProjects }),
    [settings, info, companies, projects, loadError, lookups, codeList, reloadSettings, reloadCompanies, setCompanies, reloadProjects],
  );
  return <LedgerDataContext.Provider value={value}>{children}</LedgerDataContext.Provider>;
}
