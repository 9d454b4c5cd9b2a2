/** Where the server finds its cases: a read-only set of analysed folders, or (workspace) a persistent store. Routes only see this interface. */
import type { CaseAnalysis } from "../pipeline.ts";

export interface CaseSummary {
  id: string;
  title: string;
  articles: number;
  problems: number;
}

/** The cases a server shows. Implementations keep analyses cached; `get` is called on every request. */
export interface CaseCatalog {
  list(): CaseSummary[];
  get(id: string): CaseAnalysis | undefined;
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
  };
}
