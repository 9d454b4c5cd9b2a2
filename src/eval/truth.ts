/** The truth file of a case — what a careful reader finds — read leniently: every part optional, so the reference case's shape and the development cases' richer shape both load. */
import { z } from "zod";

/** A relation a reader found; `direction: "unknown"` where nothing tells which text came first: either way is right. */
const RelationSchema = z.object({ from: z.string(), to: z.string(), relation: z.string(), evidence: z.string().optional(), note: z.string().optional(), direction: z.string().optional() });
const NotRelationSchema = z.object({ from: z.string(), to: z.string(), relation: z.string().optional(), note: z.string().optional() });
const TruthSourceSchema = z.object({ name: z.string(), type: z.string(), role: z.string().optional(), via: z.string().optional(), evidence: z.string().optional() });
const ArticleList = z.array(z.string()).optional();

/**
 * A claim the reader found. Truth files name the "reported false" list in more than one way
 * (`reported_as_false_or_hoax_by`, `reported_as_false_or_doubted_by`): any key starting with
 * `reported_as_false` counts, so the loose object keeps unknown keys for `claimArticles` to read.
 */
const TruthClaimSchema = z.looseObject({
  id: z.string().optional(),
  text: z.string().optional(),
  presented_as_true_by: ArticleList,
  asserted_by: ArticleList,
});
export type TruthClaim = z.infer<typeof TruthClaimSchema> & { id: string };

/** Where a claim started and the earliest article of the case that carries it (`null` where the reader could not say). */
const TruthOriginSchema = z.object({
  claim: z.string(),
  origin: z.string().nullable().optional(),
  earliest_in_case: z.string().nullable().optional(),
});

/** The truth file of a case (data/cases/baghdadi-2019/truth.json, ../shared/cases/<case>/truth.json). */
export const TruthSchema = z.object({
  case: z.string().optional(),
  articles: z.array(z.string()).default([]),
  relations: z.array(RelationSchema).default([]),
  not_relations: z.array(NotRelationSchema).default([]),
  acceptable: z.array(RelationSchema).default([]),
  sources: z.record(z.string(), z.array(TruthSourceSchema)).default({}),
  findings: z.array(z.object({ type: z.string(), articles: z.array(z.string()), note: z.string().optional() })).default([]),
  // A claim without an id is named by its place ("claim 2"); origins can only refer to claims with ids.
  claims: z
    .array(TruthClaimSchema)
    .default([])
    .transform((claims) => claims.map((c, i): TruthClaim => ({ ...c, id: c.id ?? `claim ${i + 1}` }))),
  origin: z.array(TruthOriginSchema).default([]),
});
export type Truth = z.infer<typeof TruthSchema>;

/** The articles a truth claim says present it as true. */
export function presentedAsTrue(claim: TruthClaim): string[] {
  return claim.presented_as_true_by ?? [];
}

/** The articles a truth claim says report it as false, doubtful or a hoax (every `reported_as_false…` key). */
export function reportedAsFalse(claim: TruthClaim): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(claim)) {
    if (key.startsWith("reported_as_false") && Array.isArray(value)) out.push(...value.filter((v): v is string => typeof v === "string"));
  }
  return out;
}

/** Every article the truth says carries the claim, whatever its stance, each once. */
export function claimArticles(claim: TruthClaim): string[] {
  return [...new Set([...presentedAsTrue(claim), ...reportedAsFalse(claim), ...(claim.asserted_by ?? [])])];
}
