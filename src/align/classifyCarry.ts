/**
 * Reuse relations (classify.ts `classifyReuse`) kept from a case's last run when nothing they are made from changed:
 * an article added or removed that shares no passage with the case, and changes no citation order, leaves them as
 * they were. Exact: the relations are those a run from nothing makes, or they are made afresh.
 *
 * Why kept relations hold. classifyReuse reads, besides its aligned pairs (which articles, which passages):
 * - of each article in a pair (a "paired" article): the cleaned article (body, paragraphs, date, title, cut lines),
 *   its outlet, and of its reading the quotations, sentences, attributions (outlet, cited article, frame, confidence,
 *   interview, where) and syndication credits; and where paired articles stand relative to one another in the case's
 *   order (the conventional order of two articles nothing else orders);
 * - of the whole case: whether each outlet a paired article's syndication credit names has an article in the case
 *   (a reprint's date bounds its text unless so), and the order of articles that citations imply (`inferOrder`),
 *   asked only of paired articles.
 * The first group is compared directly. For the order: `inferOrder` builds it from the citation constraints and the
 * dates. With the same constraints, the same dates of the articles they name and of the paired articles, and the
 * same choice of direct or transitive constraints (MAX_TRANSITIVE), it orders two paired articles as before: any other
 * article enters it only as a dated step between two dated articles (u before n, n before v), and then u is dated
 * before v already (u ends by the time n starts, before n ends, by the time v starts), so the step adds nothing.
 */
import { sameInOrder } from "../core/equal.ts";
import type { PublishedDate } from "../core/dates.ts";
import { leave, recall } from "../core/memo.ts";
import type { CleanArticle } from "../clean/types.ts";
import type { ArticleReading } from "../extract/types.ts";
import type { Context, ReuseInputs } from "./classify.ts";
import { MAX_TRANSITIVE, type OrderConstraint } from "./order.ts";
import type { AlignedPair, ReuseRelation } from "./types.ts";

/** The memo kind the last run's relations are left under (a test reads whether a run replaced them). */
export const STATE = "reuseRelations";

/** What classifyReuse read of one paired article. */
interface PairedArticle {
  article: CleanArticle | undefined;
  outlet: string | undefined;
  reading: ArticleReading | undefined;
}

/** What one run left: everything its relations rest on (see the banner), and the relations. Never changed once left. */
interface ClassifyState {
  pairs: readonly AlignedPair[];
  /** Paired articles in case order. */
  paired: readonly string[];
  articles: ReadonlyMap<string, PairedArticle>;
  constraints: readonly OrderConstraint[];
  /** The date of each article a constraint names, by the constraint's place (later, earlier). */
  constraintDates: readonly (PublishedDate | undefined)[];
  /** Each outlet a paired article's syndication credit names, and whether the case holds an article of it. */
  credited: readonly (readonly [string, boolean])[];
  transitive: boolean;
  relations: readonly ReuseRelation[];
}

/** Articles of the aligned pairs, in case order. */
function pairedArticles(inputs: ReuseInputs): string[] {
  const inPairs = new Set<string>();
  for (const p of inputs.pairs) {
    inPairs.add(p.a);
    inPairs.add(p.b);
  }
  const out: string[] = [];
  for (const a of inputs.articles) if (inPairs.delete(a.meta.id)) out.push(a.meta.id);
  // Articles a pair names that the case does not hold (classifyReuse skips their pairs), last, in pair order.
  return [...out, ...inPairs];
}

function samePairs(a: readonly AlignedPair[], b: readonly AlignedPair[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as AlignedPair;
    const y = b[i] as AlignedPair;
    if (x.a !== y.a || x.b !== y.b || x.passages !== y.passages) return false;
  }
  return true;
}

function sameDate(a: PublishedDate | undefined, b: PublishedDate | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.iso === b.iso && a.precision === b.precision && a.estimated === b.estimated);
}

/** Whether two readings agree on all classifyReuse reads of them (quotation and sentence objects are kept from run to run). */
function sameReadingFacts(a: ArticleReading | undefined, b: ArticleReading | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    sameInOrder(a.quotations, b.quotations) &&
    sameInOrder(a.sentences, b.sentences) &&
    sameInOrder(a.syndication, b.syndication, (x, y) => x.outlet === y.outlet) &&
    sameInOrder(
      a.attributions,
      b.attributions,
      (x, y) =>
        x.outlet === y.outlet &&
        x.article === y.article &&
        x.frame === y.frame &&
        x.confidence === y.confidence &&
        x.interview === y.interview &&
        x.span.start === y.span.start &&
        x.span.end === y.span.end &&
        x.sentence.start === y.sentence.start &&
        x.sentence.end === y.sentence.end,
    )
  );
}

/** The outlets paired articles' credits name, each once in a fixed order, with whether the case holds one of its articles. */
function creditedOutlets(ctx: Context, paired: readonly string[]): [string, boolean][] {
  const named = new Set<string>();
  for (const id of paired) for (const s of ctx.readings.get(id)?.syndication ?? []) named.add(s.outlet);
  return [...named].sort().map((o) => [o, ctx.outletsInCase.has(o)]);
}

function pairedArticle(ctx: Context, id: string): PairedArticle {
  return { article: ctx.byId.get(id), outlet: ctx.outletOf(id), reading: ctx.readings.get(id) };
}

function constraintDates(ctx: Context, constraints: readonly OrderConstraint[]): (PublishedDate | undefined)[] {
  return constraints.flatMap((c) => [ctx.byId.get(c.later)?.meta.published, ctx.byId.get(c.earlier)?.meta.published]);
}

/** Each relation as a new object with its own lists: whoever reads them may not change the kept ones. */
function copies(relations: readonly ReuseRelation[]): ReuseRelation[] {
  return relations.map((r) => ({ ...r, passages: [...r.passages], sharedWith: [...r.sharedWith] }));
}

/** The last run's relations when nothing they rest on changed (see the banner), else undefined. */
export function keptRelations(inputs: ReuseInputs, ctx: Context): ReuseRelation[] | undefined {
  const last = recall<ClassifyState>(STATE);
  if (!last) return undefined;
  if (!samePairs(inputs.pairs, last.pairs) || last.transitive !== ctx.byId.size <= MAX_TRANSITIVE) return undefined;
  if (!sameInOrder(ctx.constraints, last.constraints, (x, y) => x.later === y.later && x.earlier === y.earlier)) return undefined;
  if (!sameInOrder(constraintDates(ctx, ctx.constraints), last.constraintDates, sameDate)) return undefined;
  if (!sameInOrder(pairedArticles(inputs), last.paired)) return undefined;
  for (const id of last.paired) {
    const was = last.articles.get(id) as PairedArticle;
    const now = pairedArticle(ctx, id);
    if (now.article !== was.article || now.outlet !== was.outlet || !sameReadingFacts(now.reading, was.reading)) return undefined;
  }
  // With the same readings, the same outlets are credited: only whether the case holds them can have changed.
  if (!sameInOrder(creditedOutlets(ctx, last.paired), last.credited, (x, y) => x[0] === y[0] && x[1] === y[1])) return undefined;
  // recall has marked the state used: it stays for the run after this one, resting on the same inputs.
  return copies(last.relations);
}

/** Leaves this run's relations, with what they rest on, for the case's next run. */
export function keepRelations(inputs: ReuseInputs, ctx: Context, relations: readonly ReuseRelation[]): void {
  const paired = pairedArticles(inputs);
  leave(STATE, {
    pairs: inputs.pairs,
    paired,
    articles: new Map(paired.map((id) => [id, pairedArticle(ctx, id)])),
    constraints: ctx.constraints,
    constraintDates: constraintDates(ctx, ctx.constraints),
    credited: creditedOutlets(ctx, paired),
    transitive: ctx.byId.size <= MAX_TRANSITIVE,
    relations: copies(relations),
  } satisfies ClassifyState);
}
