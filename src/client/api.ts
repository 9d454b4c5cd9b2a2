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

const TOKEN_KEY = "claimtrail.token";

/**
 * The write token of a shared server: taken from the printed link's `?token=` once, kept for this tab in
 * sessionStorage (it outlives the explorer's reloads), and removed from the address bar so it is not bookmarked,
 * shared or kept in history. Runs when this module loads, before the explorer rewrites the address.
 */
function adoptToken(): string | undefined {
  try {
    const params = new URLSearchParams(location.search);
    const fromLink = params.get("token");
    if (fromLink) {
      sessionStorage.setItem(TOKEN_KEY, fromLink);
      params.delete("token");
      const q = params.toString();
      history.replaceState(history.state, "", `${location.pathname}${q ? `?${q}` : ""}${location.hash}`);
    }
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch {
    // Storage refused (a locked-down browser): the token still serves this page, if it came with it.
    return new URLSearchParams(location.search).get("token") ?? undefined;
  }
}
const token = adoptToken();

/** Whether this tab holds a write token (from a link with `?token=`). */
export const hasWriteToken = (): boolean => token !== undefined;

/** Headers that carry the write token, for every write and for `GET /api/workspace` (which says whether it is valid). */
export function authHeaders(): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export const api = {
  cases: () => getJson<CaseListResponse>("/api/cases"),
  graph: (c: string) => getJson<SerializedProvenanceGraph>(`/api/cases/${seg(c)}/graph?lean=1`),
  article: (c: string, id: string) => getJson<ArticleView>(`/api/cases/${seg(c)}/articles/${seg(id)}`),
  trace: (c: string, key: string) => getJson<OriginTrace>(`/api/cases/${seg(c)}/trace/${seg(key)}`),
};
