/**
 * single_source_amplification told by the text itself: an article that counts the outlets carrying a story as
 * independent confirmation ("With five independent outlets now reporting the same plan, …"), where the outlets it
 * names took the claim from one another and the claim rests on fewer independent sources than it counts. The sentence
 * is the grounds, beside the graph's count: stated only where the graph shows fewer sources than the text claims.
 * Cues are data, per language, each with a test.
 */
import type { Evidence, Finding } from "../../graph/types.ts";
import { NUMBER_WORDS, numberWordAlternation } from "../../core/numberWords.ts";
import { negationCues } from "../stance.ts";
import { ancestorsOf } from "../origins.ts";
import type { ClaimAnalysis } from "../types.ts";
import { claimsToState, presentingAsTrue } from "./claimViews.ts";
import { edgeKeys, takingEdges, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, nodeLabel, quoteSnippet } from "./wording.ts";
import { contains } from "../../core/spans.ts";

/**
 * Per language, a count then "independent" then outlets or sources, as an expression of what follows the count; the
 * count is digits, a number word of the language (core/numberWords.ts) or a word for "several", which counts two.
 */
const INDEPENDENCE_TAILS: Readonly<Record<string, { several: string; tail: string }>> = {
  en: { several: "several|multiple", tail: "independent\\s+(?:news\\s+)?(?:outlets|sources|reports|media|newspapers|papers|publications|sites|websites|broadcasters)" },
  de: { several: "mehrere", tail: "(?:voneinander\\s+)?unabhängige(?:n)?\\s+(?:Medien|Quellen|Zeitungen|Berichte|Nachrichtenseiten)" },
  fr: { several: "plusieurs", tail: "(?:médias|sources|journaux|titres|sites)\\s+indépendant(?:e)?s" },
  es: { several: "varios|varias", tail: "(?:medios|fuentes|periódicos|diarios|sitios)\\s+independientes" },
  it: { several: "diverse|diversi|varie|vari|numerose|numerosi", tail: "(?:fonti|testate|media|giornali|siti|agenzie)\\s+indipendenti" },
  pt: { several: "várias|vários|diversas|diversos", tail: "(?:fontes|veículos|meios|jornais|sites|publicações)\\s+independentes" },
  nl: { several: "meerdere|verschillende", tail: "(?:van\\s+elkaar\\s+)?onafhankelijke\\s+(?:bronnen|media|kranten|nieuwsmedia|nieuwssites|titels)" },
  sv: { several: "flera", tail: "(?:av\\s+varandra\\s+)?oberoende\\s+(?:källor|medier|tidningar|nyhetskällor|sajter|redaktioner)" },
  // Slavic counts take the genitive plural from five on ("пять независимых источников") and the nominative plural before.
  pl: { several: "kilka|kilku|wiele|wielu", tail: "niezależn(?:ych|e)\\s+(?:źródeł|źródła|mediów|media|redakcji|redakcje|gazet|gazety|portali|portale|serwisów|serwisy)" },
  ru: { several: "несколько|нескольких", tail: "независим(?:ых|ые)\\s+(?:источников|источника|источники|СМИ|изданий|издания|газет|газеты|сайтов|сайта|агентств|агентства)" },
  uk: { several: "кілька|декілька|кількох|декількох", tail: "незалежн(?:их|і)\\s+(?:джерел|джерела|ЗМІ|видань|видання|газет|газети|сайтів|сайти|агенцій|агенції)" },
  // Turkish counts a singular noun ("beş bağımsız kaynak").
  tr: { several: "birkaç|birçok|çeşitli", tail: "(?:birbirinden\\s+)?bağımsız\\s+(?:kaynak|kaynaklar|medya\\s+kuruluşu|haber\\s+sitesi|gazete|yayın\\s+organı)" },
  id: { several: "beberapa|sejumlah|berbagai", tail: "(?:sumber|media|outlet|surat\\s+kabar|situs|portal)(?:\\s+berita)?\\s+(?:yang\\s+)?independen" },
};

/** Sentences that count outlets or sources as independent, per language: the count is the first group. */
export const INDEPENDENCE_CUES: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(INDEPENDENCE_TAILS).map(([language, { several, tail }]) => [
    language,
    new RegExp(`(?<![\\p{L}\\d])(\\d+|${numberWordAlternation(language)}|${several})\\s+${tail}(?![\\p{L}])`, "iu"),
  ]),
);

/** The count of independent outlets or sources a sentence claims, if it claims one (and does not negate it). */
export function claimedIndependent(text: string, language: string): { count: number } | undefined {
  const m = INDEPENDENCE_CUES[language]?.exec(text);
  if (!m) return undefined;
  // A negation before the count denies it ("No two independent outlets have confirmed it"); one after it is another clause's.
  if (negationCues(text.slice(0, m.index + m[0].length), language).length > 0) return undefined;
  const said = (m[1] ?? "").toLowerCase().replace(/\s+/gu, " ");
  const count = /^\d+$/.test(said) ? Number(said) : (NUMBER_WORDS[language]?.[said] ?? 2);
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
    for (const e of citing) for (const ev of ((graph.getEdgeAttribute(e, "evidence") as Evidence[] | undefined) ?? []).slice(0, 1)) if (!evidence.some((x) => x.article === ev.article && contains(x, ev))) evidence.push(ev);
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
