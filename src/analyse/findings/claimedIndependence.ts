/**
 * single_source_amplification told by the text itself: an article that counts the outlets carrying a story as
 * independent confirmation ("With five independent outlets now reporting the same plan, …"), where the outlets it
 * names took the claim from one another and the claim rests on fewer independent sources than it counts. The sentence
 * is the grounds, beside the graph's count: stated only where the graph shows fewer sources than the text claims.
 * Cues are data, per language, each with a test.
 */
import type { Evidence, Finding } from "../../graph/types.ts";
import { negationCues } from "../stance.ts";
import { ancestorsOf } from "../origins.ts";
import type { ClaimAnalysis } from "../types.ts";
import { claimsToState, presentingAsTrue } from "./claimViews.ts";
import { edgeKeys, takingEdges, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, nodeLabel, quoteSnippet } from "./wording.ts";

/** Per language: a count (a number word or digits, or "several"), then "independent", then outlets or sources. */
interface IndependenceCue {
  pattern: RegExp;
  /** Number words of the language, to the count they say; "several", "multiple" are not listed: they count two. */
  numbers: Readonly<Record<string, number>>;
}

const EN_NUMBERS = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const DE_NUMBERS = { zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 };
const FR_NUMBERS = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };
const ES_NUMBERS = { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 };

/** Sentences that count outlets or sources as independent, per language: the count is the first group. */
export const INDEPENDENCE_CUES: Readonly<Record<string, IndependenceCue>> = {
  en: {
    pattern: /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+independent\s+(?:news\s+)?(?:outlets|sources|reports|media|newspapers|papers|publications|sites|websites|broadcasters)\b/iu,
    numbers: EN_NUMBERS,
  },
  de: {
    pattern: /(?<![\p{L}])(\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|mehrere)\s+(?:voneinander\s+)?unabhängige(?:n)?\s+(?:Medien|Quellen|Zeitungen|Berichte|Nachrichtenseiten)(?![\p{L}])/iu,
    numbers: DE_NUMBERS,
  },
  fr: {
    pattern: /(?<![\p{L}])(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)\s+(?:médias|sources|journaux|titres|sites)\s+indépendant(?:e)?s(?![\p{L}])/iu,
    numbers: FR_NUMBERS,
  },
  es: {
    pattern: /(?<![\p{L}])(\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias)\s+(?:medios|fuentes|periódicos|diarios|sitios)\s+independientes(?![\p{L}])/iu,
    numbers: ES_NUMBERS,
  },
};

/** The count of independent outlets or sources a sentence claims, if it claims one (and does not negate it). */
export function claimedIndependent(text: string, language: string): { count: number } | undefined {
  const cue = INDEPENDENCE_CUES[language];
  const m = cue?.pattern.exec(text);
  if (!cue || !m) return undefined;
  // A negation before the count denies it ("No two independent outlets have confirmed it"); one after it is another clause's.
  if (negationCues(text.slice(0, m.index + m[0].length), language).length > 0) return undefined;
  const said = (m[1] ?? "").toLowerCase();
  const count = /^\d+$/.test(said) ? Number(said) : (cue.numbers[said] ?? 2);
  return count >= 2 ? { count } : undefined;
}

/** The articles of the case that took the claim from no other, among those `articles` took it from (or are). */
function rootsOf(claim: ClaimAnalysis, articles: readonly string[]): string[] {
  return [...ancestorsOf(articles, claim.derivedFrom)].filter((a) => claim.articles.includes(a) && (claim.derivedFrom[a] ?? []).length === 0);
}

/**
 * For each article that counts outlets as independent: the claim it presents as true that the case articles it cites
 * carry too (the one most of them carry), where those articles trace back to fewer first reports than it counts and the
 * claim rests on fewer independent sources than it counts.
 */
export function claimedIndependence(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  const claims = claimsToState(inputs.claims);
  for (const r of inputs.readings.values()) {
    if (!graph.hasNode(r.article)) continue;
    const sentence = r.sentences.find((s) => s.start >= 0 && claimedIndependent(s.text, r.language));
    if (!sentence) continue;
    const claimed = claimedIndependent(sentence.text, r.language)!;
    const cited = [...new Set(r.attributions.flatMap((a) => (a.article && a.article !== r.article ? [a.article] : [])))];
    if (cited.length === 0) continue;
    const candidates = claims
      .filter((c) => presentingAsTrue(c).includes(r.article))
      .map((c) => ({ claim: c, carried: cited.filter((a) => c.articles.includes(a)) }))
      .filter((x) => x.carried.length > 0)
      .sort((x, y) => y.carried.length - x.carried.length || y.claim.articles.length - x.claim.articles.length);
    const best = candidates[0];
    if (!best) continue;
    const { claim, carried } = best;
    const roots = rootsOf(claim, carried);
    const sources = claim.primarySources.length;
    if (roots.length === 0 || roots.length >= claimed.count || sources >= claimed.count) continue;
    const evidence: Evidence[] = [{ article: r.article, start: sentence.start, end: sentence.end, text: sentence.text }];
    const citing = carried.flatMap((a) => edgeKeys(graph, "cites", r.article, a));
    for (const e of citing) for (const ev of ((graph.getEdgeAttribute(e, "evidence") as Evidence[] | undefined) ?? []).slice(0, 1)) if (!evidence.some((x) => x.article === ev.article && x.start <= ev.start && ev.end <= x.end)) evidence.push(ev);
    const chain = [...ancestorsOf(carried, claim.derivedFrom)].flatMap((a) => (claim.derivedFrom[a] ?? []).flatMap((d) => takingEdges(graph, a, d)));
    const sourceWords = sources === 0 ? "" : ` (${listWords(claim.primarySources.map((k) => nodeLabel(graph, k)))})`;
    findings.push({
      id: `single_source_amplification:claimed-independence:${r.article}`,
      type: "single_source_amplification",
      articles: [r.article, ...new Set([...carried, ...roots])],
      claim: claim.key,
      explanation:
        `${articleName(graph, r.article)} writes "${quoteSnippet(sentence.text, 20)}", counting ${claimed.count} independent outlets or sources. ` +
        `But the case's articles it names (${listWords(carried.map((a) => articleName(graph, a)))}) trace back to ${listWords(roots.map((a) => articleName(graph, a)))}, ` +
        `and the claim "${claim.label}" rests on ${sources} independent source${sources === 1 ? "" : "s"}${sourceWords}: the outlets took it from one another, and their number is no confirmation.`,
      evidence,
      edges: [...new Set([...citing, ...chain])],
    });
  }
  return findings;
}
