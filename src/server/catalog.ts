/** Where the server finds its cases: a read-only set of analysed folders, or (workspace) a persistent store. Routes only see this interface. */
import type { CaseAnalysis } from "../pipeline.ts";

export interface CaseSummary {
  id: string;
  title: string;
  articles: number;
  problems: number;
  /** True while the case is being (re-)analysed; the counts are those of its last complete analysis. */
  analysing?: boolean;
}

/** How far an analysis under way has come: its stage ("queued", "ingest", "read", "resolve", "align", "graph", "provenance") and the count in that stage. */
export interface AnalysisProgress {
  stage: string;
  done: number;
  total: number;
}

/** Where a case stands: its last complete analysis (if any), and whether a newer one is under way. */
export interface CaseState {
  analysis?: CaseAnalysis;
  analysing: boolean;
  progress?: AnalysisProgress;
  /** Why the last analysis of the current revision failed (a bug in claimtrail). */
  error?: unknown;
}

/** The cases a server shows. Implementations keep analyses cached; `state` is called on every request and never waits for an analysis in a server. */
export interface CaseCatalog {
  list(): CaseSummary[];
  /** The case's last complete analysis (undefined for an unknown case, or one not analysed yet). */
  get(id: string): CaseAnalysis | undefined;
  /** Undefined for an unknown case. */
  state(id: string): CaseState | undefined;
}

export function summarise(c: CaseAnalysis): CaseSummary {
  return { id: c.loaded.id, title: c.loaded.title, articles: c.loaded.articles.length, problems: c.loaded.problems.length };
}

/** A catalog of cases analysed once at start-up (claimtrail serve <folders>). */
export function staticCatalog(cases: Iterable<CaseAnalysis>): CaseCatalog {
  const byId = new Map<string, CaseAnalysis>();
  for (const c of cases) byId.set(c.loaded.id, c);
  return {
    list: () => [...byId.values()].map(summarise),
    get: (id) => byId.get(id),
    state: (id) => {
      const analysis = byId.get(id);
      return analysis ? { analysis, analysing: false } : undefined;
    },
  };
}

/** What a folder catalog needs: how to analyse one folder (with progress), and where to report its problems. */
export interface FolderCatalogOptions {
  /** Analyses one folder as the case `id` (the analysis must carry that id: it is how the explorer asks for it). */
  analyse: (folder: string, id: string, progress: (stage: string, done: number, total: number) => void) => Promise<CaseAnalysis>;
  onAnalysed?: (analysis: CaseAnalysis) => void;
}

/**
 * A catalog of case folders analysed in the background, one after the other, so `claimtrail serve <folders>` listens at
 * once; until a folder's analysis is complete its reads answer 202 with progress. Ids are given (see `caseIds` in cli/serve.ts).
 */
export function folderCatalog(folders: readonly string[], ids: readonly string[], options: FolderCatalogOptions): CaseCatalog & { done: Promise<void> } {
  const states = new Map<string, CaseState & { title: string }>(ids.map((id) => [id, { title: id, analysing: true, progress: { stage: "queued", done: 0, total: 0 } }]));
  const done = (async () => {
    await new Promise((r) => setImmediate(r));
    for (let i = 0; i < folders.length; i++) {
      const state = states.get(ids[i] as string);
      if (!state) continue;
      try {
        const analysis = await options.analyse(folders[i] as string, ids[i] as string, (stage, d, total) => (state.progress = { stage, done: d, total }));
        options.onAnalysed?.(analysis);
        Object.assign(state, { analysis, analysing: false, title: analysis.loaded.title });
      } catch (error) {
        console.error(`serve: case folder '${folders[i]}' could not be analysed:`, error);
        Object.assign(state, { analysing: false, error });
      }
      delete state.progress;
    }
  })();
  return {
    done,
    list: () =>
      [...states].map(([id, s]) => (s.analysis ? summarise(s.analysis) : { id, title: s.title, articles: 0, problems: 0, ...(s.analysing ? { analysing: true } : {}) })),
    get: (id) => states.get(id)?.analysis,
    state: (id) => {
      const s = states.get(id);
      if (!s) return undefined;
      const { title: _t, ...rest } = s;
      return rest;
    },
  };
}
