/**
 * attribution_drift by promotion: a claim first reported on an anonymous source ("a source in the health ministry
 * said") is later written as confirmed ("the health ministry confirmed …", "o ministério confirmou") by an article that
 * names no one who confirmed it on the record. How one anonymous source comes to look like an official statement.
 * Confirmation words are data, per language, each with an example the tests read.
 */
import { compareDates } from "../../core/dates.ts";
import { allMatches } from "../../core/text.ts";
import type { Evidence, Finding, ProvenanceGraph } from "../../graph/types.ts";
import { negationCues } from "../stance.ts";
import { claimsToState, presentingAsTrue } from "./claimViews.ts";
import { dateOf, edgeKeys, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, nodeLabel, quoteSnippet } from "./wording.ts";

/** Words that say a statement was confirmed, per language (matched case-insensitively as whole words, except where a language writes clitics onto them). */
export const CONFIRMATION_WORDS: Readonly<Record<string, { cue: string; example: string }>> = {
  en: { cue: "confirm(?:ed|s|ing)?", example: "The health ministry confirmed it had cancelled the order." },
  fr: { cue: "(?:a|ont) confirmé|confirm(?:e|ent)", example: "Le ministère a confirmé l'annulation de la commande." },
  es: { cue: "(?:ha|han|había|habían) confirmado|confirm(?:ó|aron|a|an)", example: "El ministerio ha confirmado la cancelación del pedido." },
  pt: { cue: "(?:tem|têm|tinha|tinham) confirmado|confirm(?:ou|aram|a|am)", example: "O Ministério da Saúde confirmou o cancelamento da compra." },
  it: { cue: "(?:ha|hanno) confermato|conferm(?:a|ano)", example: "Il ministero ha confermato la cancellazione dell'ordine." },
  de: { cue: "bestätigt(?:e|en)?", example: "Das Ministerium bestätigte die Absage der Bestellung." },
  nl: { cue: "bevestig(?:d|de|den|t)", example: "Het ministerie bevestigde dat de bestelling is geannuleerd." },
  ru: { cue: "подтверди\\p{L}*|подтвержда\\p{L}*", example: "Министерство подтвердило отмену заказа." },
  uk: { cue: "підтверди\\p{L}*|підтвержу\\p{L}*", example: "Міністерство підтвердило скасування замовлення." },
  pl: { cue: "potwierdzi\\p{L}*|potwierdza\\p{L}*", example: "Ministerstwo potwierdziło anulowanie zamówienia." },
  tr: { cue: "doğrula\\p{L}*", example: "Bakanlık siparişin iptal edildiğini doğruladı." },
  id: { cue: "mengonfirmasi|membenarkan|dikonfirmasi|dibenarkan", example: "Kementerian membenarkan pembatalan pesanan itu." },
};

const LETTER_BOUNDARY = (cue: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${cue})(?![\\p{L}\\p{N}])`, "giu");
const patterns = new Map(Object.entries(CONFIRMATION_WORDS).map(([language, { cue }]) => [language, LETTER_BOUNDARY(cue)]));

/** Words before a confirmation word that still negate it ("has not confirmed", "could not independently confirm"). */
const NEGATION_WINDOW = 4;

/** Where a statement says it was confirmed, not negated ("declined to confirm" and "unconfirmed" are no confirmation); offsets into the text. */
export function confirmationIn(text: string, language: string): { start: number; end: number } | undefined {
  const re = patterns.get(language.toLowerCase().slice(0, 2));
  if (!re) return undefined;
  for (const m of allMatches(re, text)) {
    const before = text.slice(0, m.index).split(/\s+/u).filter(Boolean).slice(-NEGATION_WINDOW).join(" ");
    if (/[,;:.!?]/u.test(before.slice(-2))) return { start: m.index, end: m.index + m[0].length };
    if (negationCues(before, language).length > 0 || /declin|refus|unable|could(?:n['’]t| not)/iu.test(before)) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

function sourceTypeOf(graph: ProvenanceGraph, key: string): string | undefined {
  if (!graph.hasNode(key)) return undefined;
  const a = graph.getNodeAttributes(key);
  return a.kind === "source" ? a.sourceType : undefined;
}

/** One finding per claim whose first reports rest on anonymous sources alone and which later articles write as confirmed by no one named. */
export function confirmedUnnamed(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  const languageOf = (a: string) => {
    const node = graph.hasNode(a) ? graph.getNodeAttributes(a) : undefined;
    return (node?.kind === "article" ? node.language : undefined) ?? inputs.readings.get(a)?.language ?? "en";
  };
  for (const claim of claimsToState(inputs.claims)) {
    const asTrue = presentingAsTrue(claim);
    const statementsOf = (a: string) => claim.statements.filter((s) => s.article === a);
    // The first reports: the earliest origins presenting it as true, each resting it on anonymous sources alone and
    // saying nothing of a confirmation.
    const origins = claim.origins.filter((a) => asTrue.includes(a));
    const dated = origins.filter((a) => dateOf(graph, a));
    const earliest = dated.filter((a) => dated.every((b) => compareDates(dateOf(graph, a), dateOf(graph, b)) <= 0));
    if (earliest.length === 0) continue;
    const anonymousOnly = (a: string) => {
      const sources = claim.restsOn[a] ?? [];
      return sources.length > 0 && sources.every((k) => sourceTypeOf(graph, k) === "anonymous");
    };
    if (!earliest.every(anonymousOnly) || earliest.some((a) => statementsOf(a).some((s) => confirmationIn(s.text, languageOf(a))))) continue;
    // Later articles that write it as confirmed, naming no person who confirmed it.
    const promoted: { article: string; statement: Evidence; at: { start: number; end: number } }[] = [];
    for (const a of asTrue) {
      if (earliest.includes(a) || !earliest.every((e) => compareDates(dateOf(graph, a), dateOf(graph, e)) > 0)) continue;
      if ((claim.restsOn[a] ?? []).some((k) => sourceTypeOf(graph, k) === "named")) continue;
      for (const s of statementsOf(a)) {
        const at = confirmationIn(s.text, languageOf(a));
        if (!at || s.start < 0) continue;
        promoted.push({ article: a, statement: { article: a, start: s.start, end: s.end, text: s.text }, at });
        break;
      }
    }
    if (promoted.length === 0) continue;
    const anonymous = [...new Set(earliest.flatMap((a) => claim.restsOn[a] ?? []))];
    const first = earliest.flatMap((a) => statementsOf(a).filter((s) => s.start >= 0).slice(0, 1).map((s): Evidence => ({ article: a, start: s.start, end: s.end, text: s.text })));
    const words = (p: (typeof promoted)[number]) => p.statement.text.slice(p.at.start, p.at.end);
    findings.push({
      id: `attribution_drift:confirmed:${claim.key}`,
      type: "attribution_drift",
      articles: [...promoted.map((p) => p.article), ...earliest],
      claim: claim.key,
      explanation:
        `${listWords(first.map((e) => `${articleName(graph, e.article)} ("${quoteSnippet(e.text, 14)}")`))} first reported it on an anonymous source (${listWords(anonymous.map((k) => nodeLabel(graph, k)))}). ` +
        `${listWords(promoted.map((p) => `${articleName(graph, p.article)} ("${quoteSnippet(p.statement.text, 14)}")`))} later ${promoted.length === 1 ? "writes" : "write"} it as confirmed, naming no one who confirmed it on the record. ` +
        `The anonymous source has become a confirmation on the way: check whether anyone confirmed it.`,
      evidence: [...first, ...promoted.map((p) => ({ article: p.article, start: p.statement.start + p.at.start, end: p.statement.start + p.at.end, text: words(p) })), ...promoted.map((p) => p.statement)],
      edges: [...earliest.flatMap((a) => anonymous.flatMap((k) => edgeKeys(graph, "quotes", a, k))), ...promoted.flatMap((p) => edgeKeys(graph, "asserts", p.article, claim.key))],
    });
  }
  return findings;
}
