/** The review routes of the workspace: list (orphaned ones marked), add and delete a case's reviews. Mounted by workspace.ts, after its read-only check and rate limit. */
import type express from "express";
import { InputError } from "../core/errors.ts";
import { isEdgeAnchor, ReviewInputSchema, type Review } from "../review/types.ts";
import type { Store } from "../store/store.ts";
import { validId } from "./api.ts";
import { parseBody } from "./body.ts";
import type { CaseCatalog } from "./catalog.ts";

/** Where a review stands in the case's last complete analysis: applied, orphaned (its anchor matches nothing, with why), or not analysed yet. */
export type ReviewState = Review & { status: "applied" | "orphaned" | "pending"; orphaned?: string };

/** `GET /api/cases/:case/reviews`. */
export interface ReviewsResponse {
  case: string;
  reviews: ReviewState[];
  orphaned: number;
}

/** Each review with its standing in the case's last complete analysis. */
export function reviewStates(reviews: readonly Review[], analysed: { applied: string[]; orphaned: { id: string; why: string }[] } | undefined): ReviewState[] {
  const applied = new Set(analysed?.applied ?? []);
  const orphaned = new Map((analysed?.orphaned ?? []).map((o) => [o.id, o.why]));
  return reviews.map((r) => {
    const why = orphaned.get(r.id);
    if (why !== undefined) return { ...r, status: "orphaned", orphaned: why };
    return { ...r, status: applied.has(r.id) ? "applied" : "pending" };
  });
}

/** Adds the review routes to the workspace router. */
export function addReviewRoutes(router: express.Router, store: Store, cases: CaseCatalog | undefined, caseParam: (req: express.Request) => string): void {
  router.get("/cases/:case/reviews", (req, res) => {
    const caseId = caseParam(req);
    const state = cases?.state(caseId);
    const analysed = state?.analysis && !state.analysing ? state.analysis.graph.getAttribute("reviews") : undefined;
    // While a newer analysis runs, what the last one said is still shown, and reviews it did not see are pending.
    const last = state?.analysis?.graph.getAttribute("reviews");
    const reviews = reviewStates(store.reviews(caseId), analysed ?? last);
    const body: ReviewsResponse = { case: caseId, reviews, orphaned: reviews.filter((r) => r.status === "orphaned").length };
    res.setHeader("Cache-Control", "no-store");
    res.json(body);
  });

  router.post("/cases/:case/reviews", (req, res) => {
    const caseId = caseParam(req);
    const input = parseBody(ReviewInputSchema, req.body, "a review needs { action, anchor, payload?, reason?, reviewer }");
    if (isEdgeAnchor(input.anchor)) {
      const from = validId("anchor.from", input.anchor.from);
      if (!store.article(caseId, from)) throw new InputError("workspace", `anchor.from: article '${from}' is not in case '${caseId}'; an arrow starts at an article of the case`);
    }
    // When is the server's to say: a review made through the API is dated on arrival (imports keep their own dates).
    const { at: _at, ...fields } = input;
    const review = store.addReview(caseId, fields);
    res.status(201).json(review);
  });

  router.delete("/cases/:case/reviews/:id", (req, res) => {
    const caseId = caseParam(req);
    const id = String(req.params.id);
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new InputError("workspace", `review id '${id.slice(0, 80)}' is not valid; expected letters, digits, '-' or '_'`);
    store.deleteReview(caseId, id);
    res.status(204).end();
  });

}
