/** recycled_quote: one quotation printed again by later articles. */
import { reuseOrderKnown, type Finding } from "../../graph/types.ts";
import { tokenize } from "../../align/tokens.ts";
import { SAME_WORDS_RUN, type QuoteGroup } from "../quoteGroups.ts";
import { compareDates, type PublishedDate } from "../../core/dates.ts";
import type { ReuseRelation } from "../../align/types.ts";
import { dateOf, edgeKeys, type FindingInputs } from "./inputs.ts";
import { factChecks, notPresentedAsNew } from "./presentedAsNew.ts";
import { articleName, listWords, nodeLabel, quoteSnippet } from "./wording.ts";

/** Recycled quotations, and the articles of each quotation printed again that no later printing presents as new. */
export interface RecycledQuotes {
  findings: Finding[];
  /** Per quotation judged not recycled, the articles that print it: the word-based reading (quoteWords.ts) does not state it either. */
  notNew: string[][];
}

/**
 * The same quotation printed again as if it were fresh: one finding per quotation, however many articles print it.
 * Stated only where a later printing presents it as new (presentedAsNew.ts), which the finding names: a fact-check
 * quoting it to answer it, or an article giving it with the day it was said, tells its reader it is the earlier words.
 * A printing dated in the first days the words appear is that news (one press conference or statement reported by
 * several outlets), not words printed again later: it is no ground either (inFirstDays).
 */
export function recycledQuotes(inputs: FindingInputs, groups: readonly QuoteGroup[]): RecycledQuotes {
  const { graph } = inputs;
  const findings: Finding[] = [];
  const notNew: string[][] = [];
  const checks = factChecks(inputs);
  const copied = new Set(inputs.relations.filter((r) => r.kind === "copies").map((r) => `${r.from}\u0000${r.to}`));
  for (const g of groups) {
    const same = g.relations.filter((r) => r.kind === "quotes_same");
    if (same.length === 0) continue;
    // A quotation that only travelled inside copied text is part of that copy, which its own finding states.
    if (g.relations.every((r) => copied.has(`${r.from}\u0000${r.to}`))) continue;
    const origin = g.first.length === 1 ? g.first[0]! : undefined;
    const passage = same[0]!.passages[0];
    if (!passage) continue;
    const first = g.printings.find((p) => p.article === (origin ?? same[0]!.to)) ?? passage.to;
    // The finding names the quotation by the words `first` prints: only articles that print those words are said to.
    const printers = new Set(printersOf(g, first.text));
    if (printers.size < 2) continue;
    // A speaker is named only where the printers that name one agree.
    const named = [...new Set([...g.speakers].filter(([a]) => printers.has(a)).map(([, k]) => k).filter((k): k is string => k !== undefined))];
    const speakerKey = named.length === 1 ? named[0] : undefined;
    const who = speakerKey ? `${nodeLabel(graph, speakerKey)}'s quotation` : "The quotation";
    const articles = (origin ? [origin, ...g.articles.filter((a) => a !== origin)] : g.articles).filter((a) => printers.has(a));
    const repeaters = articles.filter((a) => a !== origin);
    const dated = origin !== undefined && g.relations.every(reuseOrderKnown);
    const ground = presentedAsNew(inputs, checks, g, same, copied, origin, printers);
    if (!ground) {
      notNew.push(articles);
      continue;
    }
    findings.push({
      id: `recycled_quote:${first.article}:${first.start}`,
      type: "recycled_quote",
      articles,
      explanation:
        (dated
          ? `${who} "${quoteSnippet(first.text)}" first appeared in ${articleName(graph, origin)}. ` +
            `${listWords(repeaters.map((a) => articleName(graph, a)))} repeat${repeaters.length === 1 ? "s" : ""} it — one interview, printed again, is not a new statement.`
          : `${who} "${quoteSnippet(first.text)}" appears in ${listWords(articles.map((a) => articleName(graph, a)))}. ` +
            "Which printed it first cannot be told, but it is one statement printed again, not several.") +
        ` ${articleName(graph, ground.article)} gives it as part of its own story, with no day it was said and nothing against it.`,
      evidence: [ground, ...g.printings.filter((p) => p.article !== ground.article)].slice(0, 6),
      edges: g.relations.flatMap((r) => edgeKeys(graph, r.kind, r.from, r.to)),
    });
  }
  return { findings, notNew };
}

/**
 * The printing a recycled_quote finding rests on: one by an article that may have printed the words after another
 * did (it takes them by a quotes_same relation, or either way where the relation's order is unknown; never the
 * quotation's first printer), that presents them as new (notPresentedAsNew), whose printing is its own (an article
 * whose every dated source of the words is a text it copied printed them with that copy, which its own finding states),
 * and that is not dated in the first days the words appear (inFirstDays).
 */
function presentedAsNew(inputs: FindingInputs, checks: ReadonlySet<string>, g: QuoteGroup, same: readonly QuoteGroup["relations"][number][], copied: ReadonlySet<string>, origin: string | undefined, printers: ReadonlySet<string>): QuoteGroup["printings"][number] | undefined {
  const later = new Set(same.flatMap((r) => (reuseOrderKnown(r) ? [r.from] : [r.from, r.to])));
  const copies = copiesAmong(inputs, printers);
  for (const a of g.articles) {
    if (a === origin || !later.has(a) || !printers.has(a) || inFirstDays(inputs, a, printers, copies)) continue;
    const sources = same.filter((r) => r.from === a && reuseOrderKnown(r));
    if (sources.length > 0 && sources.every((r) => copied.has(`${r.from}\u0000${r.to}`))) continue;
    const printing = g.printings.find((p) => p.article === a);
    if (printing && notPresentedAsNew(inputs, checks, printing) === undefined) return printing;
  }
  return undefined;
}

/** The copies relations between two printers of one quotation. */
export function copiesAmong(inputs: FindingInputs, printers: ReadonlySet<string>): ReuseRelation[] {
  return inputs.relations.filter((r) => r.kind === "copies" && printers.has(r.from) && printers.has(r.to));
}

/** A date that places a printing in a stretch of days: known to the month or finer, and not estimated. */
const placed = (d: PublishedDate | undefined): d is PublishedDate => d !== undefined && !d.estimated && d.precision !== "year";

/**
 * Whether `article` printed the words in the first days they appear in the case: every other printer is surely later,
 * or dated in a stretch its date shares (the same day; a day and the month holding it), each placed to the month or
 * finer. Several outlets printing a statement while it is news report it; none prints it again, and dates that
 * cannot put one before another show no printing made later. An undated printer, or one dated only to the year,
 * leaves the question open, and the printing may still be a ground. Printers joined by a copy (`copies`) are one
 * printing: a copy's date is that of the text it shares, where the copy itself has none.
 */
export function inFirstDays(inputs: FindingInputs, article: string, printers: ReadonlySet<string>, copies: readonly ReuseRelation[]): boolean {
  const { graph } = inputs;
  const mates = (a: string) => copies.flatMap((r) => (r.from === a ? [r.to] : r.to === a ? [r.from] : []));
  const dated = (a: string) => dateOf(graph, a) ?? mates(a).map((m) => dateOf(graph, m)).find(placed);
  const own = dated(article);
  const others = [...printers].filter((p) => p !== article && !mates(article).includes(p));
  return (
    own !== undefined &&
    others.length > 0 &&
    others.every((p) => {
      const d = dated(p);
      return d !== undefined && (compareDates(d, own) === 1 || (placed(d) && placed(own) && compareDates(d, own) === 0));
    })
  );
}

/**
 * The group's articles that print the words of `text`: one of their printings shares a run of them (SAME_WORDS_RUN words,
 * or the whole of the shorter). A group joins quotations wherever one article's printings of them overlap (a copied
 * passage holding two quoted statements), so an article may belong to it through another statement than the one the
 * finding quotes: listing it would say it prints words it does not.
 */
function printersOf(g: QuoteGroup, text: string): string[] {
  const wanted = tokenize(text).map((t) => t.norm);
  const ends = g.relations.flatMap((r) => r.passages.flatMap((p) => [p.from, p.to]));
  return g.articles.filter((a) =>
    ends.some((e) => {
      if (e.article !== a) return false;
      const words = tokenize(e.text).map((t) => t.norm);
      const run = Math.min(SAME_WORDS_RUN, wanted.length, words.length);
      if (run === 0) return false;
      const runs = new Set<string>();
      for (let k = 0; k + run <= wanted.length; k++) runs.add(wanted.slice(k, k + run).join(" "));
      for (let k = 0; k + run <= words.length; k++) if (runs.has(words.slice(k, k + run).join(" "))) return true;
      return false;
    }),
  );
}
