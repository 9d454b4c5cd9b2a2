/** Confirm or reject the selected arrow (workspace mode): a review the store keeps beside what was read; every finding follows after the case's re-analysis. Text only enters the page through textContent. */
import type { EdgeAttrs } from "../../graph/types.ts";
import { authHeaders } from "../api.ts";
import { h } from "../dom.ts";

/** The relations a person may review (src/review/types.ts). */
const REVIEWABLE = new Set(["cites", "copies", "quotes_same", "alters_quote", "quotes", "republishes"]);

/** Where the reviewer's name is kept: typed once, remembered by this browser. */
const REVIEWER_KEY = "claimtrail.reviewer";

function rememberedReviewer(): string {
  try {
    return localStorage.getItem(REVIEWER_KEY) ?? "";
  } catch {
    return "";
  }
}

function remember(name: string): void {
  try {
    localStorage.setItem(REVIEWER_KEY, name);
  } catch {
    // A locked-down browser: the name is asked again next time.
  }
}

/** What the arrow's reviews say so far, in words. */
function standing(a: EdgeAttrs): string {
  const last = a.reviews?.[a.reviews.length - 1];
  const who = last ? ` by ${last.reviewer}` : "";
  const why = last?.reason ? `: ${last.reason}` : "";
  if (a.review === "rejected") return `Rejected${who}${why}. It grounds no finding.`;
  if (a.review === "confirmed") return `Checked${who || " by a person"}${why}. Statements resting on it say so.`;
  if (a.review === "added") return `Added${who || " by a person"}${why}: the reading had missed it.`;
  return "Not checked by a person yet.";
}

/** An arrow a person may review: a relation read from words of a text. */
function reviewable(a: EdgeAttrs): boolean {
  return REVIEWABLE.has(a.kind) && (a.evidence ?? []).some((e) => !!e.text);
}

/**
 * "14 of 31 arrows checked" and a button to the next arrow nobody checked yet (in the case's order of arrows), which
 * opens that arrow's panel through the address, as a link to it would.
 */
function progressLine(caseId: string, edgeKey: string): HTMLElement {
  const line = h("p", { class: "ws-review-progress" });
  void fetch(`/api/cases/${encodeURIComponent(caseId)}/graph?lean=1`, { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? (r.json() as Promise<{ attributes?: { reviews?: { orphaned: { id: string; why: string }[] } }; edges: { key: string; attributes: EdgeAttrs }[] }>) : undefined))
    .then((g) => {
      if (!g?.edges) return;
      // Reviews whose words or article are gone are listed, never dropped in silence.
      const orphaned = g.attributes?.reviews?.orphaned ?? [];
      if (orphaned.length > 0) {
        const list = h("ul", {}, ...orphaned.map((o) => h("li", {}, o.why)));
        line.after(h("details", { class: "ws-orphaned" }, h("summary", {}, `${orphaned.length} review${orphaned.length === 1 ? " no longer matches" : "s no longer match"} anything in the case`), list));
      }
      const all = g.edges.filter((e) => reviewable(e.attributes));
      const checked = all.filter((e) => e.attributes.review !== undefined).length;
      line.append(`${checked} of ${all.length} arrows checked. `);
      const at = all.findIndex((e) => e.key === edgeKey);
      const next = [...all.slice(at + 1), ...all.slice(0, Math.max(0, at))].find((e) => e.attributes.review === undefined);
      if (!next) return;
      const go = h("button", { type: "button", class: "ws-next" }, "Next unchecked arrow (→)");
      go.addEventListener("click", () => {
        const q = new URLSearchParams(location.search);
        q.set("sel", `edge:${next.key}`);
        q.set("panel", "compare");
        location.search = q.toString();
      });
      line.append(go);
    })
    .catch(() => undefined);
  return line;
}

/** The review controls for one arrow; `onSaved` runs after the server kept the review (the explorer reloads the case). Keys inside the box: y confirms, n rejects. */
export function reviewControls(caseId: string, edge: { key?: string; source: string; target: string; attributes: EdgeAttrs }, onSaved: () => void): HTMLElement {
  const a = edge.attributes;
  const ev = (a.evidence ?? [])[0];
  const box = h("section", { class: "ws-review", "aria-label": "Review this arrow" }, h("h3", {}, "Review this arrow"), h("p", { class: "ws-review-standing" }, standing(a)));
  if (!reviewable(a) || !ev || !ev.text) {
    box.append(h("p", { class: "ws-message" }, "This relation rests on no words of a text, so it cannot be reviewed here."));
    return box;
  }
  const message = h("p", { class: "ws-message", role: "status" });
  const reviewer = h("input", { type: "text", "aria-label": "Your name", placeholder: "Your name" });
  reviewer.value = rememberedReviewer();
  const reason = h("input", { type: "text", "aria-label": "Reason (optional)", placeholder: "Why (optional)" });
  const confirm = h("button", { type: "button", class: "ws-confirm" }, "Confirm");
  const reject = h("button", { type: "button", class: "ws-danger" }, "Reject");
  const send = async (action: "confirm" | "reject"): Promise<void> => {
    const name = reviewer.value.trim();
    if (!name) {
      message.textContent = "Type your name first: a review says who made it.";
      reviewer.focus();
      return;
    }
    remember(name);
    message.textContent = "Saving…";
    const body = {
      action,
      anchor: { kind: a.kind, from: edge.source, to: edge.target, evidence: { article: ev.article, text: ev.text, ...(ev.start >= 0 ? { start: ev.start, end: ev.end } : {}) } },
      reviewer: name,
      ...(reason.value.trim() ? { reason: reason.value.trim() } : {}),
    };
    const res = await fetch(`/api/cases/${encodeURIComponent(caseId)}/reviews`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json", ...authHeaders() },
      body: JSON.stringify(body),
    });
    if (!res.ok) {
      const json = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
      message.textContent = json.error?.message ?? `${res.status} ${res.statusText}`;
      return;
    }
    message.textContent = action === "reject" ? "Rejected. The case is analysed again; the findings follow." : "Confirmed. The case is analysed again.";
    onSaved();
  };
  confirm.addEventListener("click", () => void send("confirm").catch((e: unknown) => (message.textContent = (e as Error).message)));
  reject.addEventListener("click", () => void send("reject").catch((e: unknown) => (message.textContent = (e as Error).message)));
  box.append(h("label", { class: "ws-field" }, "Your name ", reviewer), h("label", { class: "ws-field" }, "Why ", reason), h("p", { class: "ws-actions" }, confirm, " ", reject), message, progressLine(caseId, edge.key ?? `${edge.source}->${a.kind}->${edge.target}`));
  // A keyboard review flow inside the box (not while typing in a field): y confirms, n rejects, → goes to the next unchecked arrow.
  box.addEventListener("keydown", (ev) => {
    if ((ev.target as HTMLElement).tagName === "INPUT" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "y") confirm.click();
    else if (ev.key === "n") reject.click();
    else if (ev.key === "ArrowRight") box.querySelector<HTMLButtonElement>(".ws-next")?.click();
    else return;
    ev.preventDefault();
    ev.stopPropagation();
  });
  return box;
}

/** What a selection of words can be said to be, and what it then points at. */
const ADD_KINDS = [
  { kind: "cites", label: "cites (names as its source)", targets: ["article", "outlet"] },
  { kind: "copies", label: "copies text of", targets: ["article"] },
  { kind: "quotes_same", label: "repeats the same quotation as", targets: ["article"] },
  { kind: "alters_quote", label: "repeats a quotation, with changed words, of", targets: ["article"] },
  { kind: "quotes", label: "quotes or relies on the source", targets: ["source"] },
] as const;

/** The slug part of a new node key: letters and digits joined by dashes (the server's ids allow no more). */
function slug(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "unnamed";
}

/** The words selected inside `within`, if any. */
function selectedWords(within: HTMLElement): string {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return "";
  const range = sel.getRangeAt(0);
  if (!within.contains(range.commonAncestorContainer)) return "";
  return sel.toString().replace(/\s+/g, " ").trim();
}

/**
 * "Add a relation the reading missed" for one article (workspace mode): select words in the article's text, say what
 * they are (a citation, a copy, a quotation, a source) and what they point at; the review keeps those words as evidence.
 */
export function addRelationControls(
  caseId: string,
  articleId: string,
  nodes: ReadonlyMap<string, { kind: string; label: string }>,
  body: HTMLElement,
  onSaved: () => void,
): HTMLElement {
  const message = h("p", { class: "ws-message", role: "status" });
  const kind = h("select", { "aria-label": "What the selected words are" });
  for (const k of ADD_KINDS) kind.append(h("option", { value: k.kind }, k.label));
  const target = h("select", { "aria-label": "What they point at" });
  const newName = h("input", { type: "text", "aria-label": "Name of a new outlet or source", placeholder: "or a new name" });
  const reviewer = h("input", { type: "text", "aria-label": "Your name", placeholder: "Your name" });
  reviewer.value = rememberedReviewer();
  const add = h("button", { type: "button", class: "ws-add-relation" }, "Add");
  let words = "";
  const shownWords = h("blockquote", { class: "ws-selected" }, "Select words in the text above.");
  const fillTargets = (): void => {
    const allowed: readonly string[] = ADD_KINDS.find((k) => k.kind === kind.value)?.targets ?? [];
    target.replaceChildren();
    const sorted = [...nodes].filter(([key, n]) => allowed.includes(n.kind) && key !== articleId).sort((a, b) => a[1].label.localeCompare(b[1].label));
    for (const [key, n] of sorted) target.append(h("option", { value: key }, `${n.label} (${n.kind})`));
  };
  kind.addEventListener("change", fillTargets);
  fillTargets();
  // Remember the words when the selection ends inside the body: a click on a control elsewhere clears the selection.
  const take = (): void => {
    const w = selectedWords(body);
    if (!w) return;
    words = w;
    shownWords.textContent = w;
  };
  body.addEventListener("mouseup", take);
  body.addEventListener("keyup", take);
  add.addEventListener("click", () => {
    void (async () => {
      const name = reviewer.value.trim();
      if (!words) return void (message.textContent = "Select the words the relation rests on in the text above first.");
      if (!name) return void (message.textContent = "Type your name first: a review says who made it.");
      remember(name);
      const k = kind.value;
      const fresh = newName.value.trim();
      const to = fresh ? `${k === "quotes" ? "source" : "outlet"}:${slug(fresh)}` : target.value;
      if (!to) return void (message.textContent = "Choose what the words point at, or type a new name.");
      if (fresh && !["cites", "quotes"].includes(k)) return void (message.textContent = "A new name can only be an outlet cited or a source quoted.");
      message.textContent = "Saving…";
      const res = await fetch(`/api/cases/${encodeURIComponent(caseId)}/reviews`, {
        method: "POST",
        headers: { Accept: "application/json", "Content-Type": "application/json", ...authHeaders() },
        body: JSON.stringify({ action: "add", anchor: { kind: k, from: articleId, to, evidence: { article: articleId, text: words } }, ...(fresh ? { payload: { label: fresh } } : {}), reviewer: name }),
      });
      if (!res.ok) {
        const json = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
        message.textContent = json.error?.message ?? `${res.status} ${res.statusText}`;
        return;
      }
      message.textContent = "Added. The case is analysed again.";
      onSaved();
    })().catch((e: unknown) => (message.textContent = (e as Error).message));
  });
  return h(
    "section",
    { class: "ws-review ws-add" },
    h("h3", {}, "Add a relation the reading missed"),
    shownWords,
    h("label", { class: "ws-field" }, "The words ", kind),
    h("label", { class: "ws-field" }, "Point at ", target),
    h("label", { class: "ws-field" }, "New ", newName),
    h("label", { class: "ws-field" }, "Your name ", reviewer),
    h("p", { class: "ws-actions" }, add),
    message,
  );
}

/** What a person may say a source or outlet really is (src/review/types.ts REVIEWED_TYPES), in words. */
const NODE_TYPES: [string, string][] = [
  ["person", "a person"],
  ["anonymous", "an anonymous source"],
  ["organisation", "an organisation"],
  ["document", "a document"],
  ["outlet", "an outlet"],
  ["place", "a place (not a source)"],
  ["not_a_source", "not a source at all"],
];

/**
 * Rename, retype or merge a source or outlet node (workspace mode): "the same source written two ways" is merged, a
 * place read as a source is retyped (and nothing rests on it any more).
 */
export function nodeReviewControls(
  caseId: string,
  key: string,
  node: { kind: string; label: string; review?: string; reviews?: { reviewer: string; action: string }[] },
  nodes: ReadonlyMap<string, { kind: string; label: string }>,
  onSaved: () => void,
): HTMLElement {
  const message = h("p", { class: "ws-message", role: "status" });
  const reviewer = h("input", { type: "text", "aria-label": "Your name", placeholder: "Your name" });
  reviewer.value = rememberedReviewer();
  const reason = h("input", { type: "text", "aria-label": "Reason (optional)", placeholder: "Why (optional)" });
  const label = h("input", { type: "text", "aria-label": "New name" });
  label.value = node.label;
  const type = h("select", { "aria-label": "What it really is" });
  for (const [value, words] of NODE_TYPES) type.append(h("option", { value }, words));
  const into = h("select", { "aria-label": "The same as" });
  const others = [...nodes].filter(([k, n]) => k !== key && n.kind === node.kind).sort((a, b) => a[1].label.localeCompare(b[1].label));
  for (const [k, n] of others) into.append(h("option", { value: k }, n.label));
  const rename = h("button", { type: "button" }, "Rename");
  const retype = h("button", { type: "button" }, "Retype");
  const merge = h("button", { type: "button" }, "Merge");
  const send = async (action: "rename" | "retype" | "merge", payload: Record<string, string>): Promise<void> => {
    const name = reviewer.value.trim();
    if (!name) return void (message.textContent = "Type your name first: a review says who made it.");
    remember(name);
    message.textContent = "Saving…";
    const res = await fetch(`/api/cases/${encodeURIComponent(caseId)}/reviews`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json", ...authHeaders() },
      body: JSON.stringify({ action, anchor: { key, label: node.label }, payload, reviewer: name, ...(reason.value.trim() ? { reason: reason.value.trim() } : {}) }),
    });
    if (!res.ok) {
      const json = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
      message.textContent = json.error?.message ?? `${res.status} ${res.statusText}`;
      return;
    }
    message.textContent = "Saved. The case is analysed again.";
    onSaved();
  };
  const fail = (e: unknown) => (message.textContent = (e as Error).message);
  rename.addEventListener("click", () => void send("rename", { label: label.value.trim() }).catch(fail));
  retype.addEventListener("click", () => void send("retype", { type: type.value }).catch(fail));
  merge.addEventListener("click", () => (into.value ? void send("merge", { into: into.value }).catch(fail) : void (message.textContent = "Nothing of the same kind to merge with.")));
  const last = node.reviews?.[node.reviews.length - 1];
  return h(
    "section",
    { class: "ws-review ws-node-review", "aria-label": "Review this node" },
    h("h3", {}, `Review this ${node.kind}`),
    h("p", { class: "ws-review-standing" }, node.review && last ? `${node.review[0]!.toUpperCase()}${node.review.slice(1)} by ${last.reviewer}.` : "Not reviewed by a person yet."),
    h("p", { class: "ws-actions" }, h("label", { class: "ws-field" }, "Name ", label), " ", rename),
    h("p", { class: "ws-actions" }, h("label", { class: "ws-field" }, "It is ", type), " ", retype),
    h("p", { class: "ws-actions" }, h("label", { class: "ws-field" }, "Same as ", into), " ", merge),
    h("label", { class: "ws-field" }, "Your name ", reviewer),
    h("label", { class: "ws-field" }, "Why ", reason),
    message,
  );
}
