/** Reviews: what a person says of an arrow (confirm, reject, add) or of a source/outlet node (retype, rename, merge), anchored so it survives re-analysis. */
import { z } from "zod";
import type { ReviewedType } from "../graph/types.ts";

/** Edge kinds a person may review: the relations read from texts (claims and `published_by` have their own doors). */
export const REVIEWABLE_EDGE_KINDS = ["cites", "copies", "quotes_same", "alters_quote", "quotes", "republishes"] as const;
export type ReviewableEdgeKind = (typeof REVIEWABLE_EDGE_KINDS)[number];

export const EDGE_ACTIONS = ["confirm", "reject", "add"] as const;
export const NODE_ACTIONS = ["retype", "rename", "merge"] as const;
export type ReviewAction = (typeof EDGE_ACTIONS)[number] | (typeof NODE_ACTIONS)[number];

export const REVIEWED_TYPES = ["person", "anonymous", "organisation", "document", "outlet", "place", "not_a_source"] as const satisfies readonly ReviewedType[];

/** The words an edge rests on: found again by the words in the article's body; offsets are only a hint. */
export interface EvidenceAnchor {
  article: string;
  text: string;
  start?: number;
  end?: number;
}

/** An edge named by its kind, its ends (article ids, node keys) and the words it rests on. */
export interface EdgeAnchor {
  kind: ReviewableEdgeKind;
  from: string;
  to: string;
  evidence: EvidenceAnchor;
}

/** A source or outlet node, by key (the label finds it again when the key changed). */
export interface NodeAnchor {
  key: string;
  label: string;
}

export type ReviewAnchor = EdgeAnchor | NodeAnchor;

/** What some actions need besides the anchor. */
export interface ReviewPayload {
  /** add: the label of a target node that is not in the graph yet (an outlet only cited, a source); rename: the new label. */
  label?: string;
  /** add, to a new source node: its type. */
  sourceType?: "named" | "anonymous" | "organisation" | "document";
  /** add, cites: the phrase pattern (default "reported"). */
  frame?: string;
  /** add, a reuse relation: the passage in the target article (default: the same words found in its body). */
  toEvidence?: EvidenceAnchor;
  /** retype: what the node really is. */
  type?: ReviewedType;
  /** merge: the node this one is the same as. */
  into?: string;
}

/** One review as kept in the store and exchanged in files. */
export interface Review {
  id: string;
  case: string;
  action: ReviewAction;
  anchor: ReviewAnchor;
  payload?: ReviewPayload;
  reason?: string;
  reviewer: string;
  /** ISO timestamp. */
  at: string;
}

/** A review whose anchor no longer matches anything, with why: listed, never silently dropped. */
export type OrphanedReview = Review & { orphaned: string };

/** True for an edge anchor. */
export function isEdgeAnchor(anchor: ReviewAnchor): anchor is EdgeAnchor {
  return "kind" in anchor;
}

const Key = z.string().trim().min(1).max(300);
const EvidenceAnchorSchema = z
  .object({ article: Key, text: z.string().min(1).max(5000), start: z.number().int().min(-1).optional(), end: z.number().int().min(-1).optional() })
  .strict();
const EdgeAnchorSchema = z.object({ kind: z.enum(REVIEWABLE_EDGE_KINDS), from: Key, to: Key, evidence: EvidenceAnchorSchema }).strict();
const NodeAnchorSchema = z.object({ key: Key, label: z.string().trim().min(1).max(500) }).strict();
const PayloadSchema = z
  .object({
    label: z.string().trim().min(1).max(500).optional(),
    sourceType: z.enum(["named", "anonymous", "organisation", "document"]).optional(),
    frame: z.string().trim().min(1).max(60).optional(),
    toEvidence: EvidenceAnchorSchema.optional(),
    type: z.enum(REVIEWED_TYPES).optional(),
    into: Key.optional(),
  })
  .strict();

/** A review as a client sends it: the server (or an import) adds id, case and, when absent, the time. */
export const ReviewInputSchema = z
  .object({
    action: z.enum([...EDGE_ACTIONS, ...NODE_ACTIONS]),
    anchor: z.union([EdgeAnchorSchema, NodeAnchorSchema]),
    payload: PayloadSchema.optional(),
    reason: z.string().trim().max(2000).optional(),
    reviewer: z.string().trim().min(1, "is empty: a review names who made it").max(200),
    at: z.iso.datetime({ offset: true }).optional(),
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const edge = "kind" in r.anchor;
    if ((EDGE_ACTIONS as readonly string[]).includes(r.action) !== edge) {
      ctx.addIssue({ code: "custom", path: ["anchor"], message: `${r.action} needs ${edge ? "a node anchor { key, label }" : "an edge anchor { kind, from, to, evidence }"}` });
    }
    if (r.action === "retype" && !r.payload?.type) ctx.addIssue({ code: "custom", path: ["payload", "type"], message: `retype needs one of ${REVIEWED_TYPES.join(", ")}` });
    if (r.action === "rename" && !r.payload?.label) ctx.addIssue({ code: "custom", path: ["payload", "label"], message: "rename needs the new label" });
    if (r.action === "merge" && !r.payload?.into) ctx.addIssue({ code: "custom", path: ["payload", "into"], message: "merge needs the key of the node it is the same as" });
    if (edge && "evidence" in r.anchor && r.anchor.evidence.article !== r.anchor.from) {
      ctx.addIssue({ code: "custom", path: ["anchor", "evidence", "article"], message: "the evidence must be words of the article the edge starts from" });
    }
  });
export type ReviewInput = z.infer<typeof ReviewInputSchema>;

/** A file of reviews (`claimtrail export --format reviews`): a list, or `{ reviews: [...] }`. */
export const ReviewFileSchema = z.union([z.array(ReviewInputSchema), z.object({ case: z.string().optional(), reviews: z.array(ReviewInputSchema) }).loose()]);
