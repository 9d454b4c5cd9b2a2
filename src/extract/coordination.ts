/**
 * Names listed together: "according to Reuters and Bloomberg", "picked up by the Daily Mail, the Sun and the Mirror",
 * "Jan Novak und Lea Braun warnten". A frame or a speech verb reads one name; the others in its list are as much cited, or
 * as much speakers, and a list read whole as one name invents an outlet ("Reuters and Bloomberg") that nobody named.
 */
import type { Span } from "../core/spans.ts";
import { isDemonymOnly } from "./cited.ts";
import { NAME_MARK_CLOSING, NAME_MARK_OPENING } from "./frames/common.ts";
import type { CompiledLanguage } from "./names.ts";
import { outletNounsFor } from "./outletNouns.ts";

/** Words that join the last two names of a list, by language; English's is also the joiner of the name pattern ("The Globe and Mail"). */
const CONJUNCTIONS: Readonly<Record<string, string>> = {
  en: "and|&",
  fr: "et",
  es: "y|e",
  it: "e|ed",
  pt: "e",
  de: "und",
  nl: "en",
  ru: "и",
  vi: "và",
  no: "og",
  da: "og",
  sv: "och",
};

/** Whether `word` is one of the language's conjunctions that join the last two of a list ("and", "y", "und"). */
export function isListConjunction(word: string, language: string): boolean {
  const alternatives = CONJUNCTIONS[language];
  return alternatives !== undefined && alternatives.split("|").includes(word.toLowerCase());
}

/**
 * The preposition of a passive's agent, by language: a list of who published something may repeat it after the
 * conjunction ("repeated by X and by the Brazilian Y", "publicada pelo X e pelo Y").
 */
export const AGENT_PREPOSITIONS: Readonly<Record<string, string>> = {
  en: "by",
  fr: "par",
  es: "por",
  it: "da|dal|dalla|dallo|dall['’]",
  pt: "por|pelo|pela",
  de: "von|vom",
  nl: "door",
};

/**
 * The words for "other" (outlets) closing a list, by language: "picked up by X and other sites", "ripresa da X e da altri
 * media", "reprise par X et d'autres médias", "recogida por X y otros medios", "retomada por X e outros sites".
 */
const OTHERS: Readonly<Record<string, string>> = {
  en: "other|others|many\\s+others",
  fr: "(?:de\\s+nombreux\\s+|beaucoup\\s+d['’]\\s*)?autres|d['’]\\s*autres",
  es: "(?:muchos\\s+|muchas\\s+)?otr[oa]s",
  it: "(?:molt[ie]\\s+|tant[ie]\\s+|numeros[ie]\\s+)?altr[ie]",
  pt: "(?:muitos\\s+|muitas\\s+)?outr[oa]s",
  de: "(?:viele\\s+)?andere(?:n)?",
  nl: "(?:vele\\s+|veel\\s+)?andere",
};

/** Per language: a list's last name followed by "and (by) other …" (`OTHERS`), as the text after the name opens. */
const OTHERS_AFTER: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(OTHERS).map(([language, others]) => [language, new RegExp(`^\\s*,?\\s+${conjunction(language)}\\s+(?:(?:${AGENT_PREPOSITIONS[language] ?? "(?!)"})\\s*)?(?:${others})(?![\\p{L}\\p{N}])`, "iu")]),
);

/**
 * True when the text after a list's last name says "and (by) other …" ("ripresa dalla Gazzetta del Porto e da altri siti"): the list
 * names some of the many who spread a story, not where the article took it from.
 */
export function closedByOthers(after: string, language: string): boolean {
  return OTHERS_AFTER[language]?.test(after) ?? false;
}

/** Per language: a text ending on "and others" (`OTHERS`, no noun after): a subject of its own, no part of a phrase before it. */
const ENDS_WITH_OTHERS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries(OTHERS).map(([language, others]) => [language, new RegExp(`(?<![\\p{L}\\p{N}])${conjunction(language)}\\s+(?:${others})\\s*$`, "iu")]),
);

/**
 * True when `text` ends on "and others" ("…, a member of the Varric dynasty and others | say …"): those others are
 * who speaks, a subject coordinated with nothing before, so a noun phrase's tail never runs over them.
 */
export function endsWithOthers(text: string, language: string): boolean {
  return ENDS_WITH_OTHERS[language]?.test(text) ?? false;
}

/** Articles a listed name may carry before it ("the Sun", "le Monde", "die Zeit"). */
const ARTICLE = "(?:(?:the|le|la|les|el|los|las|il|lo|o|a|os|as|der|die|das|de|het)\\s+|l['’]\\s*)";

/** The expression source of the language's list conjunction, as one non-capturing group; never matches where a language has none. */
export function conjunction(language: string): string {
  return `(?:${CONJUNCTIONS[language] ?? "(?!)"})`;
}

/** A name as the text writes it. */
export type NameSpan = Span & { text: string };

/**
 * The parts of a name the language's name pattern took across a conjunction ("Reuters and Bloomberg" → two). Every cut
 * is tried, left to right; the caller decides whether the parts are names of their own (a registry name such as "The Globe
 * and Mail" stays whole).
 */
export function conjuncts(name: NameSpan, language: string): NameSpan[] {
  const cut = new RegExp(`\\s+${conjunction(language)}\\s+`, "gu");
  const out: NameSpan[] = [];
  let from = 0;
  for (const m of name.text.matchAll(cut)) {
    out.push(part(name, from, m.index));
    from = m.index + m[0].length;
  }
  if (out.length === 0) return [name];
  out.push(part(name, from, name.text.length));
  return out;
}

function part(name: NameSpan, from: number, to: number): NameSpan {
  return { start: name.start + from, end: name.start + to, text: name.text.slice(from, to) };
}

/**
 * A description a listed name may carry before it, ending in one of the language's outlet nouns ("Malaysian site X",
 * "the Brazilian tabloid X"), as an expression source; never matches where the language has none. To be read
 * case-sensitively: a capitalised noun opens the name ("Portal Fofoca", "Orbit Daily").
 */
function describedBy(language: string): string {
  const nouns = outletNounsFor(language).before.filter((n) => !/\s/u.test(n));
  return nouns.length > 0 ? `(?:[\\p{L}-]+\\s+){0,2}?(?:${nouns.join("|")})\\s+` : "(?!)";
}

/** A listed name without a nationality written before it as one of its words ("the Brazilian Portal Fofoca" is "Portal Fofoca"). */
function withoutDemonym(raw: string): { raw: string; skipped: number } {
  const first = /^(\p{Lu}[\p{L}-]*)\s+(?=\p{Lu})/u.exec(raw);
  return first?.[1] && isDemonymOnly(first[1]) ? { raw: raw.slice(first[0].length), skipped: first[0].length } : { raw, skipped: 0 };
}

/** Most names a list holds after its first ("the Daily Mail, the Sun, the Mirror and the Express"). */
const MAX_LISTED = 6;

/**
 * The names listed after one that ends at `end`: ", B, C and D" or " and B". Only a list closed by the conjunction is one
 * ("according to Reuters, Smith said" lists nothing): commas alone join clauses as often as names.
 */
export function listedAfter(text: string, end: number, lang: CompiledLanguage): NameSpan[] {
  const and = conjunction(lang.frames.language);
  const agent = AGENT_PREPOSITIONS[lang.frames.language];
  // Quoted names keep their marks out of the list ("laut ‘A’ und ‘B’"): a closing mark before the separator, an opening one after it.
  const separator = new RegExp(`^${NAME_MARK_CLOSING}?(?:,\\s*(?:${and}\\s+)?|\\s+${and}\\s+)${agent ? `(?:(?:${agent})\\s+)?` : ""}(?:${ARTICLE})?(?<mark>${NAME_MARK_OPENING})?`, "iu");
  const description = new RegExp(`^${describedBy(lang.frames.language)}`, "u");
  const found: NameSpan[] = [];
  let at = end;
  for (let i = 0; i < MAX_LISTED; i++) {
    const rest = text.slice(at, at + 200);
    const sep = separator.exec(rest);
    if (!sep) break;
    const described = description.exec(rest.slice(sep[0].length))?.[0].length ?? 0;
    const nm = lang.nameAtStart.exec(rest.slice(sep[0].length + described));
    // A name opened by a mark ends before the mark that closes it, which the name pattern may read as an apostrophe.
    const written = withoutDemonym(nm?.[1]?.replace(/[.,]$/u, "").replace(sep.groups?.mark ? new RegExp(`${NAME_MARK_CLOSING}+$`, "u") : /(?!)/u, "") ?? "");
    const raw = written.raw;
    if (!raw) break;
    const start = at + sep[0].length + described + written.skipped;
    const parts = conjuncts({ start, end: start + raw.length, text: raw }, lang.frames.language);
    found.push(...parts);
    at = start + raw.length;
    // The conjunction closes the list, before a name or inside one the name pattern read across it ("Sun and Reuters").
    if (parts.length > 1 || new RegExp(`^\\s*,?\\s*${and}\\s`, "iu").test(sep[0])) return found;
  }
  return [];
}

/**
 * The names listed before one that starts at `start`: "A, B and " or "A and " right before it ("Spiegel und Zeit
 * berichten", "The Daily Mail, the Sun and the Mirror reported"), in text order. Only a list whose last two names the
 * conjunction joins is one: `closed` says the name at `start` holds that conjunction itself.
 */
export function listedBefore(text: string, start: number, lang: CompiledLanguage, closed = false): NameSpan[] {
  const and = conjunction(lang.frames.language);
  const lead = text.slice(Math.max(0, start - 300), start);
  const offset = start - lead.length;
  // A list the name itself closes ("…, the Sun and Reuters reported") may end on a comma before it.
  const joined =
    new RegExp(closed ? `(?:,\\s*|\\s+${and}\\s+)(?:${ARTICLE})?$` : `\\s+${and}\\s+(?:${ARTICLE})?$`, "iu").exec(lead) ??
    // The name may carry a description ("Indonesian site X and Malaysian site Y wrote"), its noun in small letters.
    new RegExp(`${closed ? `(?:,\\s*|\\s+${and}\\s+)` : `\\s+${and}\\s+`}(?:${ARTICLE})?${describedBy(lang.frames.language)}$`, "u").exec(lead);
  if (!joined) return [];
  const found: NameSpan[] = [];
  let end = joined.index;
  for (let i = 0; i < MAX_LISTED; i++) {
    const nm = lang.nameAtEnd.exec(lead.slice(0, end));
    const raw = nm?.[1];
    if (!raw) break;
    const s = end - raw.length;
    found.unshift({ start: offset + s, end: offset + end, text: raw });
    // An article before the name belongs to it; a comma before that continues the list.
    const before = lead.slice(0, s).replace(new RegExp(`(?:^|\\s)(?:${ARTICLE})$`, "iu"), (m) => (m.startsWith(" ") ? " " : ""));
    const comma = /,\s*$/u.exec(before);
    if (!comma) break;
    end = comma.index;
  }
  return found;
}
