/**
 * A store's catalog while its analysing half is still loading: the server listens and lists the stored cases at once,
 * while the analysis code (the language libraries, a second or more to load) loads behind it. Until then every case
 * reads as queued for analysis, which it is; once loaded, every call goes to the real catalog.
 */
import type { CaseCatalog, CaseState, CaseSummary } from "./catalog.ts";

/** What the loading catalog reads from the store: the cases and whether one exists. */
export interface StoredCases {
  listCases(): { id: string; title: string; articles: number }[];
  revision(id: string): number | undefined;
}

/** The loading catalog: `load()` starts loading the real one (once; the first case opened starts it too) and resolves with it. */
export interface LoadingCatalog extends CaseCatalog {
  load(): Promise<CaseCatalog>;
}

/** Answers from `store` until the catalog `loadCatalog` makes is ready, then from it; the cases opened meanwhile are analysed first. */
export function loadingCatalog(store: StoredCases, loadCatalog: () => Promise<CaseCatalog>): LoadingCatalog {
  let loaded: CaseCatalog | undefined;
  let loading: Promise<CaseCatalog> | undefined;
  const opened: string[] = [];
  const load = () =>
    (loading ??= loadCatalog().then((catalog) => {
      loaded = catalog;
      // Asking the real catalog for a case's state is what queues it: the ones readers opened first, in their order.
      for (const id of opened) catalog.state(id);
      return catalog;
    }));
  const queued = { stage: "queued", done: 0, total: 0 };
  return {
    load,
    list: (): CaseSummary[] => loaded?.list() ?? store.listCases().map((c) => ({ id: c.id, title: c.title, articles: c.articles, problems: 0, analysing: true })),
    get: (id) => loaded?.get(id),
    state: (id): CaseState | undefined => {
      if (loaded) return loaded.state(id);
      if (store.revision(id) === undefined) return undefined;
      if (!opened.includes(id)) opened.push(id);
      // A case is opened: its analysis is wanted now. (The caller handles a failure to load, see load().)
      void load().catch(() => undefined);
      return { analysing: true, progress: queued };
    },
  };
}
