/** The explorer's calls to the JSON API; an error response becomes an Error carrying the server's message. */
import type { OriginTrace } from "../analyse/types.ts";
import type { SerializedProvenanceGraph } from "../graph/types.ts";
import type { ArticleView, CaseListResponse } from "../server/types.ts";

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      message = ((await res.json()) as { error?: { message?: string } }).error?.message ?? message;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new Error(message);
  }
  return (await res.json()) as T;
}

const seg = encodeURIComponent;

export const api = {
  cases: () => getJson<CaseListResponse>("/api/cases"),
  graph: (c: string) => getJson<SerializedProvenanceGraph>(`/api/cases/${seg(c)}/graph?lean=1`),
  article: (c: string, id: string) => getJson<ArticleView>(`/api/cases/${seg(c)}/articles/${seg(id)}`),
  trace: (c: string, key: string) => getJson<OriginTrace>(`/api/cases/${seg(c)}/trace/${seg(key)}`),
};
