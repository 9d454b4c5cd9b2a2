/** Choosing something, and the side panels that show it: a finding, a node (an article's text, a source or an outlet), an arrow's two texts side by side, a claim's or article's origin trace; and re-opening what a link names. */
import type { Finding } from "../graph/types.ts";
import { api } from "./api.ts";
import { byId as $, h } from "./dom.ts";
import { renderArticle } from "./panels/article.ts";
import { renderCompare } from "./panels/compare.ts";
import { renderFindings } from "./panels/findings.ts";
import { renderNodeInfo } from "./panels/node.ts";
import { addRelationControls, nodeReviewControls, reviewControls } from "./panels/review.ts";
import { renderTrace } from "./panels/trace.ts";
import { PANELS, type Action, type ExplorerState, type PanelName } from "./state.ts";
import { articleEditor } from "./workspace.ts";

/** What choosing needs from the page: the state and the one way to change it, the camera, the slider, the workspace probe. */
export interface SelectionContext {
  state(): ExplorerState;
  dispatch(action: Action): void;
  zoomTo(keys: readonly string[]): void;
  /** Plays the time slider from its first day. */
  playFromStart(): void;
  /** Whether this server lets the reader change the case (answers once the workspace probe does). */
  workspaceWritable(): Promise<boolean>;
}

/** After a review change the server re-analyses the case: the page reloads on it. */
const reloadSoon = () => setTimeout(() => location.reload(), 600);

/** The selection's actions, bound to a page. */
export function selectionPanels(page: SelectionContext) {
  const { dispatch } = page;

  /** Shows the state's panel and its tab. */
  function showPanel(): void {
    const panel = page.state().view.panel;
    for (const p of PANELS) {
      const tab = $(`tab-${p}`);
      tab.setAttribute("aria-selected", String(p === panel));
      tab.tabIndex = p === panel ? 0 : -1;
      $(`panel-${p}`).hidden = p !== panel;
    }
  }

  function openPanel(panel: PanelName): void {
    dispatch({ type: "panel", panel });
  }

  function drawFindings(): void {
    const { data, view } = page.state();
    if (!data) return;
    renderFindings($("panel-findings"), {
      data,
      ...(view.selection?.type === "finding" ? { selected: view.selection.id } : {}),
      onSelect: (f?: Finding) => {
        dispatch({ type: "select", selection: f ? { type: "finding", id: f.id } : undefined });
        drawFindings();
        if (f) page.zoomTo(f.articles);
      },
    });
  }

  function drawTrace(): void {
    const { data, view, trace, traceError } = page.state();
    if (!data) return;
    const root = view.selection?.type === "trace" ? view.selection.key : undefined;
    renderTrace($("panel-trace"), {
      data,
      ...(root ? { root } : {}),
      ...(trace && trace.root === root ? { trace } : {}),
      ...(traceError ? { error: traceError } : {}),
      allClaims: view.allClaims === true,
      onPick: (key) => void selectTrace(key),
      onPlay: () => page.playFromStart(),
      onNode: (key) => void selectNode(key),
      onAllClaims: (shown) => {
        dispatch({ type: "allClaims", shown });
        drawTrace();
      },
    });
  }

  async function selectTrace(key: string | undefined): Promise<void> {
    dispatch({ type: "select", selection: key ? { type: "trace", key } : undefined });
    openPanel("trace");
    drawTrace();
    const data = page.state().data;
    if (!key || !data) return;
    try {
      dispatch({ type: "traceLoaded", trace: await api.trace(data.id, key) });
    } catch (e) {
      dispatch({ type: "traceFailed", key, error: `Could not trace this node: ${(e as Error).message}` });
    }
    drawTrace();
  }

  async function selectNode(key: string): Promise<void> {
    const { data, quiz } = page.state();
    const n = data?.nodes.get(key);
    if (!data || !n) return;
    // In the quiz, clicking an article answers question 1; nothing else opens (a panel could give the answer away).
    if (quiz) return void (n.kind === "article" && dispatch({ type: "quizPick", article: key }));
    dispatch({ type: "select", selection: { type: "node", key } });
    const panel = $("panel-article");
    switch (n.kind) {
      case "article": {
        openPanel("article");
        try {
          let view = page.state().articles.get(key);
          if (!view) {
            panel.replaceChildren(h("p", {}, "Loading the article…"));
            view = await api.article(data.id, key);
            dispatch({ type: "articleLoaded", key, view });
          }
          renderArticle(panel, { data, view, onEdge: (e) => selectEdge(e), onNode: (k) => void selectTrace(k) });
          if (await page.workspaceWritable()) panel.append(articleEditor(data.id, key, { ...(view.meta.outlet ? { outlet: view.meta.outlet } : {}), ...(view.meta.published ? { published: view.meta.published.iso } : {}), ...(view.meta.title ? { title: view.meta.title } : {}) }));
          // Workspace mode: a relation the reading missed, added on selected words (src/client/panels/review.ts).
          const bodyEl = panel.querySelector<HTMLElement>(".body");
          if (bodyEl && (await page.workspaceWritable())) panel.append(addRelationControls(data.id, key, data.nodes, bodyEl, reloadSoon));
        } catch (e) {
          panel.replaceChildren(h("p", { class: "error" }, `Could not load the article: ${(e as Error).message}`));
        }
        break;
      }
      case "claim":
        void selectTrace(key);
        break;
      case "source":
      case "outlet": {
        openPanel("article");
        renderNodeInfo(panel, data, key, n);
        // Workspace mode: rename, retype or merge it (src/client/panels/review.ts).
        void page.workspaceWritable().then((w) => w && panel.append(nodeReviewControls(data.id, key, n, data.nodes, reloadSoon)));
        break;
      }
    }
  }

  function selectEdge(key: string): void {
    const data = page.state().data;
    if (!data || !data.edges.has(key)) return;
    dispatch({ type: "select", selection: { type: "edge", key } });
    renderCompare($("panel-compare"), data, key);
    // Workspace mode: confirm or reject the arrow (src/client/panels/review.ts); the page reloads on the re-analysed case.
    void page.workspaceWritable().then((writable) => {
      const edge = data.edges.get(key);
      if (writable && edge) $("panel-compare").append(reviewControls(data.id, edge, reloadSoon));
    });
    openPanel("compare");
  }

  function clearSelection(): void {
    dispatch({ type: "select", selection: undefined });
    drawFindings();
  }

  /** Re-opens what the URL names once the case is drawn. */
  async function restoreSelection(): Promise<void> {
    const { view, data } = page.state();
    const sel = view.selection;
    if (!sel || !data) return;
    switch (sel.type) {
      case "finding":
        drawFindings();
        break;
      case "node":
        await selectNode(sel.key);
        break;
      case "edge":
        selectEdge(sel.key);
        break;
      case "trace":
        await selectTrace(sel.key);
        break;
    }
  }

  return { showPanel, openPanel, drawFindings, drawTrace, selectTrace, selectNode, selectEdge, clearSelection, restoreSelection };
}
