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
  if (a.review === "confirmed") return `Checked by a person${who}${why}.`;
  if (a.review === "added") return `Added by a person${who}${why}.`;
  return "Not checked by a person yet.";
}

/** The review controls for one arrow; `onSaved` runs after the server kept the review (the explorer reloads the case). */
export function reviewControls(caseId: string, edge: { source: string; target: string; attributes: EdgeAttrs }, onSaved: () => void): HTMLElement {
  const a = edge.attributes;
  const ev = (a.evidence ?? [])[0];
  const box = h("section", { class: "ws-review", "aria-label": "Review this arrow" }, h("h3", {}, "Review this arrow"), h("p", { class: "ws-review-standing" }, standing(a)));
  if (!REVIEWABLE.has(a.kind) || !ev || !ev.text) {
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
  box.append(h("label", { class: "ws-field" }, "Your name ", reviewer), h("label", { class: "ws-field" }, "Why ", reason), h("p", { class: "ws-actions" }, confirm, " ", reject), message);
  return box;
}
