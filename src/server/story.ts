/** A teacher's story of a case in the workspace store (src/client/captions.ts): read by anyone who can read the case, replaced only by a write that passes the door. Mounted by workspace.ts, after its read-only check and rate limit. */
import type express from "express";
import { z } from "zod";
import type { OwnStep, StoryEdits } from "../client/captions.ts";
import type { Store } from "../store/store.ts";
import { parseBody } from "./body.ts";
import { writeAccess } from "./guard.ts";

/** `GET /api/cases/:case/story`: the teacher's edits, whether this server keeps them, and whether this request may change them. */
export interface StoryEditsResponse {
  case: string;
  /** False on a server without a store (case folders): the explorer keeps a teacher's words in the browser instead. */
  stored: boolean;
  /** True when `PUT` would be let in (a writable workspace, and its token when one is needed). */
  writable: boolean;
  edits?: StoryEdits;
}

/** Step ids are the story's own ("origin", "report:<article>", "finding:<id>", "summary", "own:<x>"): the API's id alphabet, no markup. */
const StepId = z.string().regex(/^[\p{L}\p{N}_][\p{L}\p{N}._:-]{0,299}$/u, "is not a step id");
const Keys = z.array(z.string().min(1).max(300)).max(2000);
const Own = z
  .object({ id: StepId.refine((id) => id.startsWith("own:"), "a step of a teacher's own has an id starting 'own:'"), title: z.string().max(200), caption: z.string().trim().min(1).max(5000), nodes: Keys, edges: Keys })
  .strict() satisfies z.ZodType<OwnStep>;
const EditsBody = z
  .object({
    captions: z.record(StepId, z.string().trim().min(1).max(5000)).refine((r) => Object.keys(r).length <= 2000, "has more than 2000 captions"),
    hidden: z.array(StepId).max(2000),
    order: z.array(StepId).max(4000),
    added: z.array(Own).max(500),
  })
  .strict() satisfies z.ZodType<StoryEdits>;

/** Adds the story routes to the workspace router; `writable` says whether writes reach this router at all (not --read-only). */
export function addStoryRoutes(router: express.Router, store: Store, writable: boolean, caseParam: (req: express.Request) => string): void {
  router.get("/cases/:case/story", (req, res) => {
    const caseId = caseParam(req);
    const access = writeAccess(res);
    const edits = store.storyEdits(caseId);
    const body: StoryEditsResponse = { case: caseId, stored: true, writable: writable && (!access.tokenRequired || access.hasToken), ...(edits ? { edits } : {}) };
    res.setHeader("Cache-Control", "no-store");
    res.json(body);
  });

  router.put("/cases/:case/story", (req, res) => {
    const caseId = caseParam(req);
    const edits = parseBody(EditsBody, req.body, "a story needs { captions, hidden, order, added }");
    store.saveStoryEdits(caseId, edits);
    res.json({ case: caseId, edits });
  });
}

/** `GET /api/cases/:case/story` on a server without a store: nothing kept here. */
export function addNoStoryRoute(router: express.Router): void {
  router.get("/cases/:case/story", (req, res) => {
    const body: StoryEditsResponse = { case: String(req.params.case), stored: false, writable: false };
    res.json(body);
  });
}
