/**
 * Claims: what several articles of a case say, grouped so that a case about one story yields the few claims a reader
 * would name, each with a short label and the statements (exact sentences or headlines) it rests on. A row of stages,
 * each a pure function in claims/ with typed input and output (claims/types.ts) and its thresholds in
 * claims/thresholds.ts:
 *
 * 1. statements.ts — candidate statements: every sentence and headline, with its terms (terms.ts: stems in the
 *    article's language, numbers, and anchors — the names and numbers a translation keeps), predicates and places.
 * 2. links.ts — evidence: links between statements of two articles that share enough rare words (and agree on places),
 *    or across languages enough names and numbers; an inverted index proposes only pairs that share keys. citedLinks.ts
 *    adds a statement that credits another article of the case to the statement of it whose figure or names it gives,
 *    and across languages the one sentence of an article giving a figure to the one sentence of an article it credits
 *    giving it.
 * 3. stars.ts — grouping: star clusters of the links (a centre and the statements linked to it, so links never chain
 *    from one claim to the next), densely linked stars joined.
 * 4. merge.ts — story merge: groups whose terms taken together are alike and that come from largely the same
 *    articles are one claim (the headline and the statement printed under it).
 * 5. leads.ts — an article whose headline or lead states a claim in words close to the claim's carries it.
 *    Stages 5 and 4 run again: a joined lead can make two groups alike, and a merged group draws more leads.
 * 6. select.ts — main claims: groups spanning two articles, not only quoted words; the few made by several articles
 *    are main (at most MAX_MAIN_CLAIMS).
 * Where it fails: a claim reworded with no shared stem, name or number stays split; translations between scripts
 * meet only through the names and numbers they keep in Latin letters or digits, or names that sound alike
 * (statements.ts withTransliteratedNames).
 */
import { withCitedLinks } from "./claims/citedLinks.ts";
import { linkStatements } from "./claims/links.ts";
import { joinLeads } from "./claims/leads.ts";
import { mergeStoryGroups } from "./claims/merge.ts";
import { relateNames, type NamePair } from "./claims/names.ts";
import { selectClaims } from "./claims/select.ts";
import { groupOf } from "./claims/signature.ts";
import { starClusters, twoStoryStatements } from "./claims/stars.ts";
import { readStatements } from "./claims/statements.ts";
import { apartStatements, type ApartStatements, linksKeptApart, type VersionConflict, witnessedConflicts } from "./claims/versions.ts";
import { LEAD_ROUNDS } from "./claims/thresholds.ts";
import type { ClaimGroup, RelatedNames, Statement, StatementLinks, StatementSource } from "./claims/types.ts";
import type { TextSpan } from "../core/spans.ts";
import { narrowsNegation, negationCues } from "./stance.ts";
import { memoActive, remember, textKey } from "../core/memo.ts";

export { shortLabel } from "./claims/label.ts";
export { MAX_MAIN_CLAIMS } from "./claims/thresholds.ts";
export type { ClaimGroup, ClaimStatement, StatementSource } from "./claims/types.ts";
export type { QuotePair } from "./claims/versions.ts";
export { namePairsFromText, normaliseName, type NamePair } from "./claims/names.ts";

/** Each article's body sentences, by article. */
function sentencesOf(sources: readonly StatementSource[]): (article: string) => readonly TextSpan[] {
  const by = new Map(sources.map((s) => [s.article, s.sentences]));
  return (article) => by.get(article) ?? [];
}

/** How far a text's negation reaches: over the whole, narrowed to a form or time, or no negation (undefined). */
function negationReach(text: string, language: string): "narrow" | "whole" | undefined {
  return negationCues(text, language).length === 0 ? undefined : narrowsNegation(text, language) ? "narrow" : "whole";
}

/**
 * `apart` and the linked statements that negate the same words over another reach: one narrows its negation to a
 * form or a time ("will not approve it in its current form", "for now") and the other does not ("will never approve
 * it"). They share nearly every word, but a reader who checks one learns nothing of the other: the narrowing dropped is
 * the change that spreads, and a correction of the absolute one supports the narrowed one, not both as one claim.
 */
function withScopesApart(statements: readonly Statement[], links: StatementLinks, kept: ApartStatements): ApartStatements {
  const apart = new Map([...kept].map(([x, ys]) => [x, new Set(ys)]));
  const reach = new Map<number, "narrow" | "whole" | undefined>();
  const reachOf = (i: number) => {
    if (!reach.has(i)) {
      const s = statements[i]!;
      // A function of the text and its language alone: kept between runs (core/memo.ts), as each run asks it of every linked statement.
      reach.set(i, remember("negationReach", `${s.language}\u0000${textKey(s.span.text)}`, () => negationReach(s.span.text, s.language)));
    }
    return reach.get(i);
  };
  const add = (x: number, y: number) => (apart.get(x) ?? apart.set(x, new Set()).get(x)!).add(y);
  links.forEach((linked, x) => {
    for (const y of linked) {
      const [a, b] = [reachOf(x), reachOf(y)];
      if (a && b && a !== b) (add(x, y), add(y, x));
    }
  });
  return apart;
}

/** Links of prepared statements (`linkStatements`), found with the names `related` relates, before the case's reuse edits were known. */
export interface PreLinked {
  related: RelatedNames;
  links: StatementLinks;
}

/**
 * The links of `statements` with the names their own sources relate (no reuse edits yet), so they can be found while
 * alignment runs elsewhere (pipeline.ts); groupClaims uses them only when the reuse edits relate no further names.
 */
export function preLinkStatements(sources: readonly StatementSource[], statements: readonly Statement[]): PreLinked {
  const related = relateNames([], sources);
  return { related, links: linkStatements(statements, related) };
}

/** Whether two relations of names hold the same pairs. */
function sameRelated(a: RelatedNames, b: RelatedNames): boolean {
  if (a.size !== b.size) return false;
  for (const [name, names] of a) {
    const other = b.get(name);
    if (!other || other.size !== names.size) return false;
    for (const n of names) if (!other.has(n)) return false;
  }
  return true;
}

/**
 * The links less those of a statement that tells no story: the outlet's own reporting steps ("X ha contactado con el
 * Ministerio …, que no ha respondido"), whose names another article's statement shares (a fact check citing the same
 * ministry) and would be grouped under it, with the reporting step for label; or only a date and names (a byline or
 * publication stamp), which another stamp's date numbers would join across languages; or no proposition at all (a label
 * line, a call to share, a greeting: claims/noProposition.ts), which every chain message or quotation prints alike; or
 * only a verdict on what was told before it ("None of these events were true": claims/verdictOnly.ts), which every
 * debunk prints alike and which is a stance on the story it follows, read by stance.ts, not a story of its own.
 */
function withoutNonStatements(links: StatementLinks, statements: readonly Statement[]): StatementLinks {
  const apart = (s: Statement | undefined) => s?.newsroomStep === true || s?.onlyDateAndNames === true || s?.noProposition === true || s?.verdictOnly === true;
  if (!statements.some(apart)) return links;
  return links.map((set, i) => (apart(statements[i]) ? new Set<number>() : [...set].some((j) => apart(statements[j])) ? new Set([...set].filter((j) => !apart(statements[j]))) : set));
}

/**
 * Groups statements of several articles into claims. Pure; `relatedNames` are pairs learned from reuse edits;
 * `prepared`, when given, is `readStatements(sources)` read beforehand (provenance.ts `prepareStatements`);
 * `conflicts` are the case's quotations printed with different figures (`figureConflicts`); `preLinked`, when given,
 * is `preLinkStatements(sources, prepared)`, found beforehand.
 */
export function groupClaims(sources: readonly StatementSource[], relatedNames: readonly NamePair[] = [], prepared?: Statement[], conflicts: readonly VersionConflict[] = [], preLinked?: PreLinked): ClaimGroup[] {
  const related = relateNames(relatedNames, sources);
  const statements = prepared ?? readStatements(sources);
  // Links found before the reuse edits were known stand when those edits relate no names the statements did not already
  // (and no memo is active: a run with one also keeps what it linked for the next, core/memo.ts).
  const found = prepared && preLinked && !memoActive() && sameRelated(preLinked.related, related) ? preLinked.links : linkStatements(statements, related);
  const linked = withCitedLinks(found, statements, sources);
  const apart = withScopesApart(statements, linked, apartStatements(statements, witnessedConflicts(conflicts, sentencesOf(sources)).map((w) => w.conflict)));
  const links = withoutNonStatements(linksKeptApart(linked, apart), statements);
  // Statements telling two stories, found once: set aside as centres and as representatives alike.
  const twoStories = twoStoryStatements(statements, links);
  let groups = mergeStoryGroups(
    starClusters(statements, links, apart, twoStories).map((members) => groupOf(members, statements)),
    statements,
    "storyMerge:stars",
    apart,
  );
  for (let round = 0; round < LEAD_ROUNDS; round++) groups = mergeStoryGroups(joinLeads(groups, statements, related, apart), statements, `storyMerge:leads${round}`, apart);
  return selectClaims(groups, statements, links, new Map(sources.map((s) => [s.article, s.published])), twoStories);
}
