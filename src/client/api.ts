/** The explorer's calls to the JSON API; an error response becomes an Error carrying the server's message. */
import type { OriginTrace } from "../analyse/types.ts";
import type { SerializedProvenanceGraph } from "../graph/types.ts";
import type { StoryEditsResponse } from "../server/story.ts";
import type { AnalysingResponse, ArticleView, CaseListResponse } from "../server/types.ts";
import type { StoryEdits } from "./captions.ts";

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

/** While a case is being analysed the server answers 202, or the last graph with `analysing: true`: a bar shows how far it is. */
type GraphAnswer = SerializedProvenanceGraph & Partial<Pick<AnalysingResponse, "analysing" | "progress">>;

/** How often the explorer asks again while a case is analysed, in ms. */
const ANALYSING_POLL_MS = 700;

/** A progress bar pinned to the top of the page (public/style.css #analysis-progress), made on first use (the smallest hook; the explorer's own layout may place it better). */
function showProgress(p: AnalysingResponse["progress"] | undefined): void {
  let box = document.getElementById("analysis-progress");
  if (!p) {
    box?.remove();
    return;
  }
  if (!box) {
    box = document.createElement("div");
    box.id = "analysis-progress";
    box.setAttribute("role", "status");
    box.append(document.createElement("span"), document.createElement("progress"));
    document.body.append(box);
  }
  const [label, bar] = [box.firstElementChild as HTMLSpanElement, box.lastElementChild as HTMLProgressElement];
  label.textContent = `Analysing the case: ${p.stage}${p.total > 0 ? ` ${p.done}/${p.total}` : ""} `;
  bar.max = Math.max(1, p.total);
  bar.value = Math.min(p.done, bar.max);
}

/** The case's graph once its analysis is complete, showing the server's progress until then. */
async function readyGraph(c: string): Promise<SerializedProvenanceGraph> {
  for (;;) {
    const res = await fetch(`/api/cases/${seg(c)}/graph?lean=1`, { headers: { Accept: "application/json" } });
    if (res.status !== 202 && res.status !== 200) return getJson<SerializedProvenanceGraph>(`/api/cases/${seg(c)}/graph?lean=1`);
    const body = (await res.json()) as GraphAnswer | AnalysingResponse;
    if (res.status === 200 && !body.analysing) {
      showProgress(undefined);
      return body as SerializedProvenanceGraph;
    }
    showProgress(body.progress);
    await new Promise((r) => setTimeout(r, ANALYSING_POLL_MS));
  }
}

export const api = {
  cases: () => getJson<CaseListResponse>("/api/cases"),
  graph: readyGraph,
  article: (c: string, id: string) => getJson<ArticleView>(`/api/cases/${seg(c)}/articles/${seg(id)}`),
  trace: (c: string, key: string) => getJson<OriginTrace>(`/api/cases/${seg(c)}/trace/${seg(key)}`),
  /** The teacher's story as the server keeps it (or that it keeps none). */
  story: (c: string) => fetch(`/api/cases/${seg(c)}/story`, { headers: { Accept: "application/json", ...authHeaders() } }).then((r) => (r.ok ? (r.json() as Promise<StoryEditsResponse>) : undefined)),
  /** Replaces the teacher's story kept with the case; throws with the server's message when refused. */
  saveStory: async (c: string, edits: StoryEdits): Promise<void> => {
    const res = await fetch(`/api/cases/${seg(c)}/story`, { method: "PUT", headers: { Accept: "application/json", "Content-Type": "application/json", ...authHeaders() }, body: JSON.stringify(edits) });
    if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as { error?: { message?: string } }).error?.message ?? `${res.status} ${res.statusText}`);
  },
};
