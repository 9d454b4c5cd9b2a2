/**
 * The debunk of a story as a claim of its own. Where several articles of a case present a main claim as true and
 * several report it false (a hoax, satire, a fabrication), "it is false" travels too: fact-checkers copy one another
 * and one of them said it first. This stage adds, for each such claim, a claim "Reported false: …" asserted (as true)
 * by the articles that report the claim false, on the words they do it with, with its own first appearance. It is a
 * minor claim (not drawn by default): the picture already shows both sides on the claim itself. Pure.
 */
import type { ReuseRelation } from "../align/types.ts";
import { dateInterval, type PublishedDate } from "../core/dates.ts";
import { slugify } from "../core/text.ts";
import type { UpdateNote } from "../ingest/textDate.ts";
import { orderedOrigins, type CaseOrder } from "./origins.ts";
import type { ClaimAnalysis } from "./types.ts";

/** Articles on each side a claim needs before its debunk is a claim: a story told both ways, not one stray reading. */
const MIN_EACH_SIDE = 2;

export interface DebunkInputs {
  claims: readonly ClaimAnalysis[];
  published: ReadonlyMap<string, PublishedDate | undefined>;
  /** An article's update notes (ingest/textDate.ts): the day a paragraph (or a headline marked as updated) was written. Asked only of debunkers. */
  updates: (article: string) => { notes: readonly UpdateNote[]; titleUpdated: boolean } | undefined;
  /** Copies and quotations between articles (alignment stage). */
  relations: readonly Pick<ReuseRelation, "from" | "to">[];
  /** Outlet key per article. */
  outletOf: ReadonlyMap<string, string>;
  /** What orders the case's articles, as for the claim itself (origins.ts). */
  order: CaseOrder;
}

/**
 * When an article reported the claim false: its publication, or the update note its evidence lies in (a headline
 * marked as updated counts from the first note), since the words were written then.
 */
function reportedOn(claim: ClaimAnalysis, article: string, inputs: DebunkInputs): PublishedDate | undefined {
  const published = inputs.published.get(article);
  const update = inputs.updates(article);
  if (!published || !update || update.notes.length === 0) return published;
  const evidence = claim.stances[article]?.evidence ?? [];
  const notes = evidence.map((e) => (e.start < 0 ? (update.titleUpdated ? update.notes[0] : undefined) : update.notes.find((n) => n.start <= e.start && e.start < n.end)));
  // Dated by an update only when every word it rests on was written in one.
  if (notes.length === 0 || notes.some((n) => n === undefined)) return published;
  return notes.map((n) => n!.date).sort((a, b) => (a.iso < b.iso ? -1 : 1))[0];
}

/** The debunk claims of a case's claims (none where no main claim is told both ways). */
export function debunkClaims(inputs: DebunkInputs): ClaimAnalysis[] {
  const out: ClaimAnalysis[] = [];
  const takesFrom = new Map<string, string[]>();
  for (const r of inputs.relations) {
    if (r.from === r.to) continue;
    const list = takesFrom.get(r.from);
    if (list) list.push(r.to);
    else takesFrom.set(r.from, [r.to]);
  }
  for (const claim of inputs.claims) {
    if (!claim.main || claim.presentedAsTrue.length < MIN_EACH_SIDE || claim.reportedFalse.length < MIN_EACH_SIDE) continue;
    const debunkers = claim.reportedFalse;
    const inDebunk = new Set(debunkers);
    const reported = new Map(debunkers.map((a) => [a, reportedOn(claim, a, inputs)]));
    const derivedFrom: Record<string, string[]> = {};
    // Who took the debunk from whom: a derivation of the claim between two debunkers, or any passage one copies from
    // another (as for an unsourced repetition: an article that takes anything from an earlier one took this too).
    for (const a of debunkers) {
      const from = new Set((claim.derivedFrom[a] ?? []).filter((d) => inDebunk.has(d)));
      for (const to of takesFrom.get(a) ?? []) if (inDebunk.has(to)) from.add(to);
      if (from.size > 0) derivedFrom[a] = [...from];
    }
    const startOf = (a: string) => {
      const d = reported.get(a);
      return d ? dateInterval(d) : undefined;
    };
    const origins = orderedOrigins({
      candidates: debunkers,
      derivedFrom,
      ...inputs.order,
      // The day each reported it false orders them; where it leaves them level, as for the claim itself.
      orderKnown: (later, earlier) => {
        const x = startOf(later);
        const y = startOf(earlier);
        if (x && y && (x.end <= y.start || y.end <= x.start)) return x.start >= y.end;
        return inputs.order.orderKnown(later, earlier);
      },
      published: reported,
    });
    const statements = debunkers.flatMap((a) => (claim.stances[a]?.evidence ?? []).map((e) => ({ article: a, start: e.start, end: e.end, text: e.text })));
    const restsOn = Object.fromEntries(debunkers.map((a) => [a, claim.restsOn[a] ?? []]));
    out.push({
      key: `claim:reported-false-${slugify(claim.label.split(/\s+/).slice(0, 8).join(" ")).slice(0, 48)}`,
      label: `Reported false: ${claim.label}`,
      // What this claim says, not the cue it was read on ("faux", "not"): those are its statements' evidence.
      text: `Reported false: ${claim.text}`,
      statements,
      articles: debunkers,
      outlets: [...new Set(debunkers.map((a) => inputs.outletOf.get(a) ?? a))],
      origins,
      // Every article of a debunk claim presents it as true: it first appears where it was first told.
      appearsFirstIn: origins,
      stances: Object.fromEntries(debunkers.map((a) => [a, { ...claim.stances[a]!, stance: "true" as const, rule: "stance.reports_claim_false" }])),
      presentedAsTrue: debunkers,
      reportedFalse: [],
      mentionedBy: [],
      main: false,
      derivedFrom,
      restsOn,
      primarySources: [...new Set(debunkers.filter((a) => !derivedFrom[a]).flatMap((a) => restsOn[a] ?? []))],
      debunks: claim.key,
    });
  }
  return out;
}
