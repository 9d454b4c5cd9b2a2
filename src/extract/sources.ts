/** The sources of one article: named people, anonymous sources, organisations and documents, with short-name, definite-description and pronoun coreference. */
import type { TextSpan } from "../core/spans.ts";
import { slugify } from "../core/text.ts";
import type { SourceType } from "../graph/types.ts";
import type { LanguageFrames } from "./frames/types.ts";
import { perLanguage } from "./frames/common.ts";
import { isListConjunction } from "./coordination.ts";
import { isPlace } from "./gazetteer.ts";
import { caseFormsOf, refersTo } from "./names.ts";
import type { SourceMention } from "./types.ts";

/** A noun phrase that names an anonymous source ("a Syrian source with a network of informants"). */
export interface AnonymousPhrase {
  start: number;
  end: number;
  text: string;
  head: string;
  modifiers: string[];
  definite: boolean;
  plural: boolean;
  /** Whom or what the source is of, after its noun, in small letters ("for the museum", "at the ministry"); empty where none is written. */
  tail?: string;
}

/** A source as the book tracks it while reading; becomes a SourceMention when it speaks or is relied on. */
export interface SourceEntry extends SourceMention {
  /** Only sources that speak or are relied on are output; people merely described are candidates for coreference. */
  relied: boolean;
  plural: boolean;
  head?: string;
  modifiers: string[];
  gender?: "m" | "f";
}

/** A word and the comma after it, if any: the Latin comma or the Arabic one ("،"). */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'\-\u2011.]*[,،]?/gu;
/**
 * Words after which an anonymous source or a document stands ("according to a senior official", "selon une source",
 * "según fuentes del ministerio", "secondo fonti vicine", "hieß es aus Regierungskreisen", "по словам источника", "ifølge
 * politiet", "að sögn lögreglunnar"); a
 * report "quoting a senior official" rests on that official as one "citing" him does.
 */
export const ANON_LEADS = "according\\s+to|citing|quoting|based\\s+on\\s+(?:talks|conversations|interviews)\\s+with|(?:taken|obtained|received|gathered|heard|learned|came)\\s+from|selon|citant|d['’]après|según|segons|d['’]acord\\s+amb|citando(?:\\s+al?)?|de\\s+acuerdo\\s+con|secondo|segundo|de\\s+acordo\\s+com|laut|gemäß|nach\\s+(?:Einschätzung|Ansicht|Auffassung|Worten|Angaben)\\s+(?:des|der|von)|unter\\s+Berufung\\s+auf|(?:hieß|heißt|verlautete)\\s+es\\s+aus|erfuhr(?:en)?\\s+(?:\\p{L}+\\s+){0,3}?aus|volgens|ifølge|iflg\\.|enligt|samkvæmt|að\\s+sögn|по\\s+данным|по\\s+словам|со\\s+ссылкой\\s+на|за\\s+даними|за\\s+словами|з\\s+посиланням\\s+на|menurut|mengutip|theo|dẫn\\s+nguồn|trích\\s+dẫn|według|powołując\\s+się\\s+na|podle|s\\s+odvoláním\\s+na|σύμφωνα\\s+με|به\\s+گفته|به\\s+نقل\\s+از|بحسب|حسب|نقل(?:اً|ًا|ا)\\s+عن|على\\s+لسان|(?:وفق|طبق)(?:اً|ًا|ا)(?:\\s+لـ?)?|(?:ו)?(?:לדברי|לפי|על\\s+פי)";
export const ANON_AFTER = new RegExp(`(?:${ANON_LEADS})\\s+$`, "iu");
/**
 * The same cue followed by a space anywhere in a text: a window of a sentence ANON_AFTER matches ends with one, so a
 * sentence without is not read a character at a time (that loop tested a regular expression at every word of every body).
 */
export const ANON_CUE = new RegExp(`(?:${ANON_LEADS})\\s`, "iu");

const FUNCTION_WORDS = new Set(["that", "which", "who", "whom", "whose", "is", "was", "were", "are", "be", "been", "by", "to", "for", "of", "said", "says", "but", "or", "if", "as", "it", "its", "his", "her", "their", "has", "have", "had", "not", "also", "with", "from", "in", "on", "at", "while", "when", "than", "then", "so", "because", "saying", "told", "according", "citing", "quoted"]);
/**
 * Words that open the tail an anonymous source's head may carry ("a source close to the talks", "une source proche du
 * dossier", "una fuente del ministerio", "fonti vicine al dossier", "ein Sprecher des Ministeriums", "uma fonte do
 * governo"), in the languages with frames; lower case.
 */
const PREPOSITIONS = new Set([
  "with", "in", "at", "from", "within", "inside", "of", "close", "familiar", "near", "linked", "on", "among", "across", "around", "based", "loyal", "who", "whom",
  // "a spokesperson for the museum", "lawyers for the family": whom a spokesperson or a lawyer speaks for.
  "for",
  "de", "du", "des", "à", "au", "qui", "proche", "proches",
  "del", "en", "cercana", "cercanas", "cercano", "cercanos", "próxima", "próximas", "próximo", "próximos", "que",
  "della", "dello", "dei", "degli", "delle", "nel", "nella", "vicina", "vicine", "vicino", "vicini", "che",
  "do", "da", "dos", "das", "no", "na", "ligada", "ligado",
  "aus", "im", "der", "bei", "nahe", "vertraute",
  "van", "uit", "rond", "rondom", "binnen", "dichtbij", "nabij", "bij", "op",
  "в", "во", "из", "при", "у", "от", "близкий", "близкие", "знакомый", "знакомые",
  "з", "із", "біля", "близький", "близькі",
  "di", "dari", "dekat", "yang",
  "w", "we", "przy", "z", "ze", "v", "ve", "při", "blízký", "blízcí",
  // Swahili: "chanzo kilicho karibu na halmashauri" (a source that is, close to, the council).
  "katika", "kutoka", "karibu", "kilicho", "kilichoko", "vilivyo", "aliye", "walio",
  // Greek marks "of" by the genitive article ("πηγές του υπουργείου", "sources of the ministry").
  "του", "της", "των", "από", "κοντά",
  "در", "از", "في", "من", "داخل", "مقرب", "مقربة",
]);
/** Head nouns of an unnamed collective of reporting ("reports say", "media reports", "la presse", "medienberichten"), in the languages with frames. */
const REPORTING_HEADS = new Set([
  "reports", "report", "media", "press", "coverage", "outlets", "médias", "presse", "informations", "medios", "prensa", "informaciones", "notizie", "stampa", "indiscrezioni",
  "imprensa", "notícias", "informações", "berichte", "berichten", "medienberichte", "medienberichten", "medien", "meldungen", "сообщения", "сообщениям", "сми",
  "تقارير",
]);

/** Plural nouns for outlets themselves ("Indonesian outlets", "several websites"): with REPORTING_HEADS, a collective of reporting; counted, they announce a list (listedOutlets.ts). */
export const OUTLET_PLURALS = ["outlets", "sites", "websites", "newspapers", "papers", "tabloids", "channels", "broadcasters", "blogs", "portals", "agencies", "veículos", "sites", "jornais", "portais", "periódicos", "diarios", "journaux", "giornali", "testate", "zeitungen", "издания", "сайты", "газеты", "видання", "сайти", "gazeteler", "siteler", "media"];

/**
 * True when a sentence (from `start`) opens with a collective of other outlets or their reports as its subject
 * ("Indonesian outlets then repeated the claim, citing X", "Several websites, citing X, …"): what that subject does —
 * citing included — is theirs, not the article's.
 */
export function opensWithReportingCollective(text: string): boolean {
  // The head within the first four words, before any punctuation.
  const words = (/^\s*((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(text)?.[1] ?? "").toLowerCase().split(/\s+/u);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (["we", "i", "this", "our", "it"].includes(w)) return false;
    if (REPORTING_HEADS.has(w) || OUTLET_PLURALS.includes(w)) return true;
  }
  return false;
}

/**
 * The participle of citing that opens an aside between a subject and its verb, in the languages with frames
 * ("X, citing Y, said", "X, citando o Y, afirmou", "X, citant Y, a écrit", "X, mengutip Y, menyebut").
 */
const CITING_PARTICIPLE = /^\s*(?:citing|quoting|citando|citant|zitierend|mengutip|powołując\s+się\s+na|со\s+ссылкой\s+на|з\s+посиланням\s+на)(?![\p{L}])/iu;

/** True when `aside` (the words between two commas) is a citing participle and what it cites ("citing Reuters"). */
export function isCitingAside(aside: string): boolean {
  return CITING_PARTICIPLE.test(aside);
}

/**
 * "X, citing Y, said …": a citing aside between two commas, with the verb after it; the citing is X's, whom the sentence
 * is about, not the article's. `before` runs from the sentence's start to the citing participle, `after` from the end of
 * what is cited. Returns the stretches before the aside that may be its subject, each up to a comma ("O Diario X, da
 * Argentina, citando …" is the Diario's; "On Thursday, the X, citing …" the X's), in order; undefined when the citing is
 * no such aside.
 */
export function citingAsideSubjects(before: string, after: string): { start: number; end: number }[] | undefined {
  // What is cited ends on a comma and a word in small letters: the subject's verb ("…, said", "…, chegou a").
  if (!/^\s*,\s*\p{Ll}/u.test(after) || !/,\s*$/u.test(before)) return undefined;
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const piece of before.replace(/,\s*$/u, "").split(",")) {
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    // A subject is a noun phrase: a capital or an article before one, a few words at most.
    if (text && text.split(/\s+/u).length <= 8 && /^(?:\p{Ll}{1,3}\s+)?\p{Lu}/u.test(text)) out.push({ start: at + lead, end: at + lead + text.length });
    at += piece.length + 1;
  }
  return out;
}

/** Languages that write no articles, where a bare singular noun is a whole noun phrase (Hebrew writes no indefinite one). */
const WITHOUT_ARTICLES = new Set(["ru", "uk", "pl", "cs", "sk", "lt", "tr", "hi", "id", "vi", "sw", "fa", "he", "zh", "ko", "ja"]);
/** Languages whose adjectives follow the noun, and how many such words an anonymous source's head may carry there. */
const POSTNOMINAL = new Set(["fr", "es", "ca", "it", "pt", "ar", "fa", "he", "id", "vi", "sw"]);
const POSTNOMINAL_WORDS = 2;
/** True for a language whose adjectives follow the noun ("le président valdorien"), where a word before a noun is no adjective of it. */
export function adjectivesFollowNoun(language: string): boolean {
  return POSTNOMINAL.has(language);
}
/** Languages that join a noun to the nouns after it by an unwritten ezafe, and how many words such a chain may run after an anonymous source's head. */
const EZAFE = new Set(["fa"]);
/** Languages that put a name in the genitive after a noun without a preposition ("жители Старой Равны"). */
const GENITIVE_NAMES = new Set(["ru", "uk"]);
const EZAFE_WORDS = 5;
/**
 * Languages whose noun phrase opens on its head: before it stand only a determiner, a number or a classifier, and
 * everything describing it follows ("một phát ngôn viên Sở Y tế", a spokesman of the Health Department). Words of another
 * kind before a source noun are no part of its phrase ("… chính thức được | phát ngôn viên", officially by the
 * spokesman), and the head may have its body's name straight after it, without a preposition, in words that need not
 * all be capitalised ("Bộ Công thương").
 */
const HEAD_FIRST = new Set(["vi"]);
/** Most words of a body's name written straight after a head-first source noun ("đại diện Bộ Giao thông Vận tải"). */
const OWNER_NAME_WORDS = 8;

/**
 * True when the words after a head-first source noun are a body's name ("Bộ Ngoại giao", "Bộ Y tế Campuchia"): opening
 * on a capital, with no comma, and where capitalised words end them after a word in small letters, those are a country
 * or a place the body is of, never a person ("phát ngôn viên Sở Ngoại vụ Trần Văn An" names the spokesman).
 */
function ownerName(toks: readonly Tok[]): boolean {
  if (!toks[0] || !/^\p{Lu}/u.test(toks[0].text) || toks.some((t) => t.comma)) return false;
  let k = toks.length;
  while (k > 0 && /^\p{Lu}/u.test((toks[k - 1] as Tok).text)) k--;
  return k === 0 || k === toks.length || isPlace(toks.slice(k).map((t) => t.text).join(" "));
}
/** Heads that are plural without an -s ("local media reported"). */
const PLURAL_HEADS = new Set(["media", "people", "police", "staff", "personnel"]);
/** Marks between two words that no noun phrase runs across: dashes, brackets, colons, quotation marks, slashes. */
const PHRASE_BREAK = /[-‐‑–—―()[\]{}:;"“”„«»‹›|/]/u;
const DEFINITE = new Set(["the", "these", "those", "la", "le", "les", "ces", "cette", "ce"]);
/** True when a word is a definite article or demonstrative in the language ("the", "la", "der", …). */
export function isDefinite(word: string, language: string): boolean {
  const w = word.toLowerCase();
  return DEFINITE.has(w) || (DEFINITE_IN[language]?.includes(w) ?? false);
}
/** Definite articles of one language only, where the same word is something else in another (Dutch "de" is French "of", Portuguese "a" is English "a"). */
const DEFINITE_IN: Readonly<Record<string, readonly string[]>> = {
  nl: ["de", "het", "deze", "die"],
  es: ["el", "la", "los", "las", "este", "esta", "estos", "estas"],
  it: ["il", "lo", "la", "i", "gli", "le", "questo", "questa"],
  pt: ["o", "a", "os", "as", "este", "esta", "esse", "essa"],
  de: ["der", "die", "das", "den", "dem", "des", "dieser", "diese"],
  el: ["ο", "η", "το", "οι", "τα", "του", "της", "τον", "την", "αυτός", "αυτή"],
  hu: ["a", "az", "ez", "ezek"],
  ca: ["el", "la", "els", "les", "aquests", "aquestes"],
  sv: ["den", "det", "de", "denna", "detta", "dessa"],
  da: ["den", "det", "de", "denne", "dette", "disse"],
  no: ["den", "det", "de", "denne", "dette", "disse"],
};
/** "the same source", "la même source": a phrase that only points back; it names no new source. */
const SAME = new Set(["نفس", "همان", "same", "même", "mêmes", "misma", "mismo", "mismas", "mismos", "stessa", "stesso", "stesse", "stessi", "mesma", "mesmo", "mesmas", "mesmos", "selbe", "selben", "dieselbe", "derselben", "demselben", "gleiche", "gleichen", "zelfde", "dezelfde", "hetzelfde", "ίδιος", "ίδια", "ίδιο", "ίδιοι", "ίδιες", "ίδιου", "ίδιας", "ίδιων", "ίδιους", "ίδιον"]);
/** Words for "same" written after the noun they point back with ("المصدر ذاته", "المصدر نفسه": the same source). */
const SAME_AFTER = new Set(["ذاته", "ذاتها", "نفسه", "نفسها"]);

interface Tok {
  text: string;
  start: number;
  end: number;
  comma: boolean;
}

function tokens(text: string, offset: number, frames?: LanguageFrames): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const comma = raw.endsWith(",") || raw.endsWith("،");
    const word = comma ? raw.slice(0, -1) : raw.replace(/\.$/, "");
    out.push({ text: word, start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + word.length, comma });
  }
  return frames ? joinedHeads(out, text, offset, frames) : out;
}

/**
 * Languages written a syllable at a time, whose source nouns are mostly of several syllables. Only these read such a noun
 * as one head: elsewhere a noun and its adjective listed together (Arabic "مصدر مطلع") would carry a prepositional tail
 * the noun alone does not reach ("مصدر مطلع في شركة … إن الشركة قررت").
 */
const SYLLABIC = new Set(["vi"]);

/** Per language: its source nouns of more than one word ("nguồn tin", "chuyên gia"), each as its words, longest first. */
const phraseHeads = perLanguage((frames) =>
  SYLLABIC.has(frames.language)
    ? frames.anonymousHeads
        .filter((h) => /\s/u.test(h))
        .map((h) => h.split(/\s+/u))
        .sort((a, b) => b.length - a.length)
    : [],
);

/**
 * The tokens with each source noun of several syllables made one token, as the head it is: Vietnamese writes every
 * syllable apart ("nguồn tin", a source; "chuyên gia", an expert), so a one-word head is never found there.
 */
function joinedHeads(toks: Tok[], text: string, offset: number, frames: LanguageFrames): Tok[] {
  const heads = phraseHeads(frames);
  if (heads.length === 0) return toks;
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const words = heads.find((h) => h.every((w, j) => toks[i + j]?.text.toLowerCase() === w && (j === h.length - 1 || !(toks[i + j] as Tok).comma)));
    if (!words) {
      out.push(toks[i] as Tok);
      continue;
    }
    const first = toks[i] as Tok;
    const last = toks[i + words.length - 1] as Tok;
    out.push({ text: text.slice(first.start - offset, last.end - offset), start: first.start, end: last.end, comma: last.comma });
    i += words.length - 1;
  }
  return out;
}

/** Most letters a language writes onto a word that are taken off it to find its source noun ("و" + "ل" + "ل", and to the). */
const MAX_ATTACHED = 3;
/** Fewest letters left of a word once attached letters are taken off it: a shorter rest is the word's own letters. */
const MIN_AFTER_ATTACHED = 3;

/**
 * Per language: the source noun (of `anonymousHeads`) a word in small letters is, or undefined. Where the language writes
 * letters onto the word after them (`attachedPrefixes`: Arabic و، ف، ل، ب and the article ال), the word without up to
 * three of them: "المصادر" (the sources), "لمصادر" (to sources), "والمصادر" (and the sources) are the noun "مصادر", which
 * the list holds once.
 */
const headNounOf = perLanguage((frames) => {
  const heads = new Set(frames.anonymousHeads);
  const prefixes = frames.attachedPrefixes ?? [];
  return (word: string): string | undefined => {
    let forms = [word];
    for (let n = 0; n <= MAX_ATTACHED && forms.length > 0; n++) {
      const hit = forms.find((f) => heads.has(f));
      if (hit !== undefined) return hit;
      forms = forms.flatMap((f) => prefixes.filter((x) => f.startsWith(x) && f.length - x.length >= MIN_AFTER_ATTACHED).map((x) => f.slice(x.length)));
    }
    return undefined;
  };
});

/** The source noun (of `anonymousHeads`) a word is, with what its language writes onto it taken off ("المصادر" is "مصادر"); undefined for any other word. */
export function sourceNounOf(word: string, frames: LanguageFrames): string | undefined {
  return headNounOf(frames)(word.toLowerCase());
}

/**
 * True when the letters written onto a source noun (`attached`, what headNounOf took off) hold the language's definite
 * article (`definitePrefix`): "المصادر" (the sources), or after another letter with its first letter unwritten ("للمصادر",
 * to the sources).
 */
function articleIn(attached: string, frames: LanguageFrames): boolean {
  const article = frames.definitePrefix;
  if (!article || !attached) return false;
  return attached.endsWith(article) || (attached.length > article.length - 1 && (frames.attachedPrefixes ?? []).some((x) => x !== article && attached.endsWith(`${x}${article.slice(1)}`)));
}

function headIndex(toks: Tok[], i: number, frames: LanguageFrames): boolean {
  const t = toks[i];
  if (!t) return false;
  const w = t.text.toLowerCase();
  if (w === "people" || w === "person") {
    const next = toks[i + 1]?.text.toLowerCase();
    return next === "close" || next === "familiar";
  }
  if (headNounOf(frames)(w) !== undefined) return true;
  // A compound noun ending in a source noun ("Aufsichtsratskreisen", "Ministeriumssprecher"): only a capitalised one,
  // and only a head long enough not to end ordinary words.
  if (!frames.compoundNouns || !/^\p{Lu}/u.test(t.text)) return false;
  for (const head of frames.anonymousHeads) if (head.length >= MIN_COMPOUND_HEAD && w.length >= head.length + 3 && w.endsWith(head)) return true;
  return false;
}

/** The shortest source noun that may end a compound ("…kreisen", "…quellen"). */
const MIN_COMPOUND_HEAD = 6;

function isModifier(t: Tok, frames: LanguageFrames): boolean {
  const w = t.text.toLowerCase();
  if (w === "and" || w === "et") return true;
  if (FUNCTION_WORDS.has(w)) return false;
  if (frames.nameStopwords.includes(w) && !/^\p{Lu}/u.test(t.text)) return false;
  if (frames.nameStopwords.includes(w) && ["but", "and", "however", "meanwhile", "yesterday", "today", "also", "while", "when"].includes(w)) return false;
  return /^[\p{L}\p{N}]/u.test(t.text);
}

/** Endings that make a plural of a singular head noun in the languages whose plurals do not end in -s ("bron" → "bronnen", "ingewijde" → "ingewijden", "Quelle" → "Quellen"). */
const PLURAL_ENDINGS = /^(?:n|en|nen|sen)$/u;

/** True when a head noun is the plural of another head the language lists ("bronnen" of "bron"). */
function pluralOfHead(head: string, frames: LanguageFrames): boolean {
  return frames.anonymousHeads.some((h) => h.length >= 3 && head.length > h.length && head.startsWith(h) && PLURAL_ENDINGS.test(head.slice(h.length)));
}

/** The phrase from `from` to `to` around its head, or nothing for a phrase that only points back ("the same source"). */
function makePhrase(body: string, toks: Tok[], from: number, head: number, to: number, frames: LanguageFrames): AnonymousPhrase | undefined {
  if (toks.slice(from, head).some((t) => SAME.has(t.text.toLowerCase()))) return undefined;
  const first = toks[from] as Tok;
  const last = toks[to] as Tok;
  const det = first.text.toLowerCase();
  const hasDet = frames.determiners.includes(det) || (frames.possessives ?? []).includes(det);
  const modifiers = toks.slice(hasDet ? from + 1 : from, head).map((t) => t.text.toLowerCase()).filter((w) => w !== "and");
  const written = (toks[head] as Tok).text.toLowerCase();
  // The noun without the letters written onto it ("للمصادر" is "مصادر"), which may hold the article.
  const headWord = headNounOf(frames)(written) ?? written;
  const attached = written.endsWith(headWord) ? written.slice(0, written.length - headWord.length) : "";
  const definite = articleIn(attached, frames);
  // A phrase that opens on its noun starts after the letters of "and", "to", "by" written onto it ("لمصادر": "مصادر"); the
  // article stays, and so does a letter the article's unwritten first letter joins ("للمصادر").
  const article = frames.definitePrefix ?? "";
  const lead = from !== head ? 0 : !definite ? attached.length : article && attached.endsWith(article) ? attached.length - article.length : 0;
  const start = first.start + lead;
  return {
    start,
    end: last.end,
    text: body.slice(start, last.end),
    head: headWord,
    modifiers,
    tail: body.slice((toks[head] as Tok).end, last.end).trim().toLowerCase(),
    definite: DEFINITE.has(det) || (DEFINITE_IN[frames.language]?.includes(det) ?? false) || definite,
    plural: /s$/.test(headWord) && !/ss$/.test(headWord) || PLURAL_HEADS.has(headWord) || pluralOfHead(headWord, frames) || ["people", "several", "two", "three", "many", "some"].includes(det),
  };
}

/** A capitalised head that opens its sentence (`from` its first word) with a description after it (`h` before the last word). */
function describedOpener(body: string, toks: readonly Tok[], from: number, h: number, n: number): boolean {
  const first = toks[from] as Tok;
  return from === 0 && from === h && h < n - 1 && /^\p{Lu}/u.test(first.text) && /(?:^|[.!?:\n])[\s"“”«»–—-]*$/u.test(body.slice(Math.max(0, first.start - 40), first.start));
}

/** An anonymous-source phrase that ends `text` (the subject before a speech verb): determiner, modifiers, head noun, optional prepositional tail. */
export function anonymousAtEnd(body: string, start: number, end: number, frames: LanguageFrames): AnonymousPhrase | undefined {
  const toks = tokens(body.slice(start, end), start, frames);
  const n = toks.length;
  for (let h = n - 1; h >= Math.max(0, n - 12); h--) {
    if (!headIndex(toks, h, frames)) continue;
    // Everything after the head must be one prepositional tail ("with a network of informants"), or, where adjectives
    // follow the noun, one or two words ("una fuente oficial", "یک مقام آگاه", "مصدر مطلع").
    if (h < n - 1) {
      const postnominal = POSTNOMINAL.has(frames.language);
      // Adjectives may stand before the tail where they follow the noun ("یک منبع آگاه در وزارت", "una fuente oficial del ministerio").
      let tail = h + 1;
      while (postnominal && tail < n && tail - h <= POSTNOMINAL_WORDS && !PREPOSITIONS.has((toks[tail] as Tok).text.toLowerCase())) tail++;
      const prepositional = tail < n && PREPOSITIONS.has((toks[tail] as Tok).text.toLowerCase());
      const adjectives = postnominal && n - 1 - h <= POSTNOMINAL_WORDS;
      // Persian links nouns by the ezafe, unwritten: "یک مقام وزارت راه" is "an official of the ministry of roads".
      const ezafe = EZAFE.has(frames.language) && h > 0 && frames.determiners.includes((toks[h - 1] as Tok).text) && n - 1 - h <= EZAFE_WORDS;
      // A language with cases names whose the source is by a name in the genitive, with no preposition ("жители Старой
      // Равны", "residents of Staraya Ravna"): up to three capitalised words after the head.
      const genitive = GENITIVE_NAMES.has(frames.language) && n - 1 - h <= 3 && toks.slice(h + 1).every((t) => /^\p{Lu}/u.test(t.text));
      const owner = HEAD_FIRST.has(frames.language) && n - 1 - h <= OWNER_NAME_WORDS && ownerName(toks.slice(h + 1));
      if ((!prepositional && !adjectives && !ezafe && !genitive && !owner) || toks.slice(h, n - 1).some((t) => t.comma)) continue;
      // "con las autoridades y que el hombre": a conjunction and a word opening a clause join a second clause to the
      // words before, whose noun is no source of the verb after it.
      if (toks.slice(h + 1, n - 1).some((t, i) => isListConjunction(t.text, frames.language) && clauseOpeners(frames).has((toks[h + 2 + i] as Tok).text.toLowerCase()))) continue;
    }
    let from = h;
    let det = false;
    for (let k = h - 1; k >= 0 && h - k <= 7; k--) {
      const t = toks[k] as Tok;
      // A comma ends the phrase ("fees next year, reports say") unless the words after it list more heads with "and".
      if (t.comma && !toks.slice(k + 1, h).some((x) => x.text.toLowerCase() === "and")) break;
      // So does a dash, bracket or colon: "LONDON — Officials said" is a dateline, then the subject.
      if (PHRASE_BREAK.test(body.slice(t.end, (toks[k + 1] as Tok).start))) break;
      // A possessive opens the phrase as an article does: "his spokesman", "their aides" are the unnamed staff of someone
      // the text names, a source of their own.
      if (frames.determiners.includes(t.text.toLowerCase()) || (frames.possessives ?? []).includes(t.text.toLowerCase())) {
        from = k;
        det = true;
        break;
      }
      // A preposition ends the words before the head ("fue engañada por | testigos"), unless a determiner before it makes
      // a part of a whole ("jeden z pracowników", one of the workers).
      const partitive = k > 0 && frames.determiners.includes((toks[k - 1] as Tok).text.toLowerCase());
      if (!isModifier(t, frames) || (frames.prepositions?.includes(t.text.toLowerCase()) && !partitive) || HEAD_FIRST.has(frames.language)) break;
      // A speech verb ends it too: what stands before it is who speaks of the sources, not words describing them ("The
      // Harbour Post claims | sources say"). Written in small letters only: a capitalised word is a name's or a headline's.
      if (frames.speechVerbs.includes(t.text)) break;
      from = k;
    }
    // A capitalised head with no determiner and only capitalised words after it opens a name ("Grup Maranta", a company;
    // "Sebuah grup Facebook penduduk" is an unnamed group), but where a name in the genitive follows the head
    // ("Жители Верхней Луки") the capitals are the place the people are of.
    if (!det && h < n - 1 && !GENITIVE_NAMES.has(frames.language) && toks.slice(h, n).every((t) => /^\p{Lu}/u.test(t.text))) continue;
    // "Đại tá Trần Văn An, phát ngôn viên Sở Y tế khẳng định": a phrase opening on its head after a name and its comma
    // describes that person, who is named; it is no unnamed source.
    // So does one a comma and a capitalised name follow ("phát ngôn viên Sở Y tế, Đại tá Trần Văn An,"): it is the role
    // the name after it holds.
    const before = toks[from - 1];
    if (HEAD_FIRST.has(frames.language) && ((before?.comma && /^\p{Lu}/u.test(before.text)) || /^,\s*\p{Lu}/u.test(body.slice(end)))) return undefined;
    const phrase = makePhrase(body, toks, from, h, n - 1, frames);
    if (!phrase) return undefined;
    // A bare singular noun is a subject only in a language without articles ("Источник в министерстве сообщил");
    // elsewhere it is a headline's or a label's word ("Official said"), unless it opens the sentence with what describes
    // it: the press drops the article there ("Fonte próxima do Governo disse", "Source close to the talks said").
    if (!det && !phrase.plural && !WITHOUT_ARTICLES.has(frames.language) && !describedOpener(body, toks, from, h, n)) continue;
    return phrase;
  }
  return undefined;
}

/** A noun phrase taken whole as an anonymous source ("citing a harbour master"): the last word is the head. */
export function phraseFromText(body: string, start: number, end: number, frames: LanguageFrames): AnonymousPhrase | undefined {
  const toks = tokens(body.slice(start, end), start);
  const first = toks[0];
  if (!first || !frames.determiners.includes(first.text.toLowerCase()) || toks.length < 2 || toks.length > 8) return undefined;
  return makePhrase(body, toks, 0, toks.length - 1, toks.length - 1, frames);
}

/**
 * Words that join a tail's noun to what it depends on besides the prepositions ("close to the talks", "vicine al
 * governo"): within a tail they ask for a noun after them, as a preposition does.
 */
const TAIL_LINKS = new Set(["to", "al", "alla", "allo", "ai", "agli", "alle", "au", "aux", "ao", "aos", "zum", "zur", "dem", "den"]);
/** Most words of a noun (adjectives before it) after a preposition in a tail not closed by a comma, where articles mark where a noun phrase starts. */
const TAIL_NOUN_WORDS = 3;

/**
 * Where a prepositional tail ends when nothing but the clause after it ends it ("źródeł w ministerstwie | lotnisko przynosi
 * …", "sumber di kementerian | kapal itu tenggelam", "fuentes del ministerio | el puerto cerrará"): after each preposition
 * one noun, with the capitalised words of a name after it; an article after that noun opens the next noun phrase, and in a
 * language without articles a second word in small letters is already the clause's. Only another preposition carries
 * the tail on. Returns the index of the tail's last token.
 */
function boundedTail(toks: Tok[], head: number, last: number, frames: LanguageFrames): number {
  const linking = (w: string): boolean => PREPOSITIONS.has(w) || TAIL_LINKS.has(w);
  const article = (w: string): boolean => frames.determiners.includes(w) || DEFINITE.has(w) || (DEFINITE_IN[frames.language]?.includes(w) ?? false);
  const nounWords = WITHOUT_ARTICLES.has(frames.language) ? 1 : TAIL_NOUN_WORDS;
  let end = head;
  let k = head + 1;
  while (k <= last && linking((toks[k] as Tok).text.toLowerCase())) {
    while (k <= last && (linking((toks[k] as Tok).text.toLowerCase()) || article((toks[k] as Tok).text.toLowerCase()))) k++;
    let words = 0;
    while (k <= last && words < nounWords && !linking((toks[k] as Tok).text.toLowerCase()) && !article((toks[k] as Tok).text.toLowerCase())) {
      end = k++;
      words++;
    }
    while (k <= last && /^\p{Lu}/u.test((toks[k] as Tok).text) && /^\p{Lu}/u.test((toks[end] as Tok).text)) end = k++;
  }
  return end;
}

/**
 * A noun phrase a clause has made an anonymous source ("un cadre de la direction" before "qui a requis l'anonymat", "a
 * port clerk" before "who asked not to be named"), whatever its noun: from its article after the last comma to `end`,
 * the head the word before its first preposition. Where the language writes no articles, the whole stretch after the
 * last comma, a few words at most. Undefined where no such phrase ends the text.
 */
export function describedAnonymous(body: string, start: number, end: number, frames: LanguageFrames): AnonymousPhrase | undefined {
  const all = tokens(body.slice(start, end), start);
  let from = all.length;
  while (from > 0 && !(all[from - 1] as Tok).comma && !PHRASE_BREAK.test(body.slice((all[from - 1] as Tok).end, (all[from] as Tok | undefined)?.start ?? end))) from--;
  const toks = all.slice(from);
  const article = WITHOUT_ARTICLES.has(frames.language) ? 0 : toks.findIndex((t) => frames.determiners.includes(t.text.toLowerCase()) || (DEFINITE_IN[frames.language]?.includes(t.text.toLowerCase()) ?? false));
  if (article < 0 || toks.length - article < 2 || toks.length - article > 10) return undefined;
  const phrase = toks.slice(article);
  // A capitalised word straight after the noun is a name ("la ministra Ana Gil"): a person, named. After a preposition,
  // with its article or not, it names a body or a place ("un cadre du ministère des Finances", "a neurologist at a
  // London hospital").
  const prep = phrase.findIndex((t, i) => i > 1 && PREPOSITIONS.has(t.text.toLowerCase()));
  const named = phrase.some((t, i) => i > 0 && (prep < 0 || i < prep) && /^\p{Lu}/u.test(t.text) && !PREPOSITIONS.has((phrase[i - 1] as Tok).text.toLowerCase()) && !/^\p{Lu}/u.test((phrase[i - 1] as Tok).text));
  if (named) return undefined;
  const head = prep > 0 ? prep - 1 : phrase.length - 1;
  return makePhrase(body, phrase, 0, head, phrase.length - 1, frames);
}

/**
 * "Of" with its article, as the languages with frames write it between a body's noun and the capitalised name of its
 * field or place ("ministère de la Défense", "ministero della Difesa", "préfecture du Var", "ministry of Defence"), or
 * the genitive article ("Bundesverband der Arbeitgeber").
 */
const BODY_OF = "of(?:\\s+the)?|der|de\\s+la|de\\s+los|de\\s+las|de\\s+l['’]|de|d['’]|du|des|del|della|dello|dei|degli|delle|dell['’]|do|da|dos|das|di";
/** The field's or place's name after it: capitalised words, with the small words a name joins them by. */
const BODY_FIELD = "\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:et|e|y|and|de|du|des|di|del|della|do|da)\\s+)?\\p{Lu}[\\p{L}’'-]*){0,3}";
/** A body's field or place after its noun, as an expression source to put after the noun. */
export const BODY_FIELD_AFTER = `\\s+(?:${BODY_OF})\\s*${BODY_FIELD}`;
const BODY_FIELD_AT = new RegExp(`^${BODY_FIELD_AFTER}`, "u");

/**
 * Where the field or place a body's noun names ends ("ministère | de la Défense", "prefettura | di Ravenna"), the noun
 * ending at `at`: a body is named by both, as "the Defence Ministry" is. `at` where none follows.
 */
export function bodyFieldEnd(body: string, at: number, end: number): number {
  const m = BODY_FIELD_AT.exec(body.slice(at, end));
  return m ? at + m[0].length : at;
}

/** Definite articles and demonstratives of a language ("the", "la", "il", "o"), lower case. */
export function definiteWords(language: string): string[] {
  return [...DEFINITE, ...(DEFINITE_IN[language] ?? [])];
}

/** Shortest organisation word a compound may end in ("mijnwerkersbond" ends in "bond"). */
export const ORGANISATION_TAIL = 4;

/** Per language: its one-word organisation words. */
const oneWordOrganisationCues = perLanguage((frames) => frames.organisationCues.filter((c) => !c.includes(" ")));

/** True when `word` is one of the language's organisation words, or ends in one where the language writes compounds ("Staatsanwaltschaft"). */
export function isOrganisationWord(word: string, frames: LanguageFrames): boolean {
  const cues = oneWordOrganisationCues(frames);
  return cues.includes(word) || (frames.compoundNouns === true && cues.some((c) => c.length >= ORGANISATION_TAIL && word.endsWith(c)));
}

/**
 * A body named by its noun after "according to" ("Volgens de vakbond hadden …", "according to the ministry, …"): a
 * definite article, at most two words in small letters and one of the language's organisation words (where compounds
 * are one word, a compound ending in one). It must end the phrase: a comma or full stop after it, or, where compounds
 * are one word and no noun follows a noun, any word ("the police report" is a report). Undefined otherwise.
 */
export function organisationAtStart(body: string, start: number, end: number, frames: LanguageFrames): TextSpan | undefined {
  const toks = tokens(body.slice(start, end), start);
  const first = toks[0];
  if (!first || first.comma || !isDefinite(first.text, frames.language)) return undefined;
  for (let k = 1; k < Math.min(toks.length, 4); k++) {
    const t = toks[k] as Tok;
    if (!/^\p{Ll}/u.test(t.text)) return undefined;
    if (isOrganisationWord(t.text, frames)) {
      // Where adjectives follow the noun, one or two may describe the body before the phrase closes ("selon le
      // ministère allemand,", "secondo il ministero tedesco,"): they are part of its name.
      let last = t;
      for (let j = k + 1; POSTNOMINAL.has(frames.language) && !last.comma && j <= k + POSTNOMINAL_WORDS && j < toks.length; j++) {
        const a = toks[j] as Tok;
        const w = a.text.toLowerCase();
        if (!/^\p{Ll}/u.test(a.text) || PREPOSITIONS.has(w) || frames.determiners.includes(w) || !/^[\s]+$/u.test(body.slice(last.end, a.start))) break;
        const closesAfter = a.comma || /^[.;:]/u.test(body.slice(a.end, end));
        if (closesAfter) last = a;
        if (closesAfter) break;
      }
      // "selon le ministère de la Défense,": the field after the noun is part of the body's name.
      const to = last === t && !t.comma ? bodyFieldEnd(body, t.end, end) : last.end;
      const after = body.slice(to, end);
      const closes = (to === last.end && last.comma) || /^[.;:,]/u.test(after) || (frames.compoundNouns === true && /^\s+\p{Ll}/u.test(after));
      return closes ? { start: first.start, end: to, text: body.slice(first.start, to) } : undefined;
    }
    if (t.comma) return undefined;
  }
  return undefined;
}

/**
 * "said the ministry.", "sagte die Polizei am Montag", "ha detto la polizia": a definite phrase ending in one of the
 * language's organisation words right after an inverted speech verb, closed by punctuation or a preposition. The name
 * is given without its article, as "the ministry said" gives "ministry". A word written with a capital is compared in
 * small letters (German writes every noun so).
 */
export function organisationAfterVerb(body: string, start: number, end: number, frames: LanguageFrames): TextSpan | undefined {
  const toks = tokens(body.slice(start, end), start);
  const first = toks[0];
  if (!first || first.comma || !isDefinite(first.text, frames.language)) return undefined;
  for (let k = 1; k < Math.min(toks.length, 4); k++) {
    const t = toks[k] as Tok;
    if (isOrganisationWord(t.text.toLowerCase(), frames)) {
      // "a affirmé le ministère de la Défense.": the field after the noun is part of the body's name.
      const to = t.comma ? t.end : bodyFieldEnd(body, t.end, end);
      const next = to === t.end ? toks[k + 1] : toks.find((x) => x.start >= to);
      const closes = (to === t.end && t.comma) || closesBodyName(body, to, end, next, frames);
      const second = toks[1] as Tok;
      return closes ? { start: second.start, end: to, text: body.slice(second.start, to) } : undefined;
    }
    if (t.comma) return undefined;
  }
  return undefined;
}

/**
 * Whether a body's name ending at `to` ends its phrase: punctuation or the end of the text follows, or a preposition
 * (`next`) opens what follows ("said police in a statement", "sagte die Polizei am Montag"); otherwise the noun may be
 * the first word of a longer phrase ("the ministry spokesman") and names no body.
 */
function closesBodyName(body: string, to: number, end: number, next: Tok | undefined, frames: LanguageFrames): boolean {
  return /^\s*(?:[.;:!?,]|$)/u.test(body.slice(to, end)) || (next !== undefined && (frames.prepositions ?? []).includes(next.text.toLowerCase())) || secondSpeechVerbFollows(body.slice(to, end), frames);
}

/** "sagte die Polizei und ergänzte, …": a conjunction and a second speech verb of the same subject after the body's noun. */
function secondSpeechVerbFollows(text: string, frames: LanguageFrames): boolean {
  const m = /^\s+(\p{L}+)\s+(\p{L}+)/u.exec(text);
  return m?.[1] !== undefined && m[2] !== undefined && isListConjunction(m[1], frames.language) && frames.speechVerbs.includes(m[2].toLowerCase());
}

/** Most words before a bare body noun that still describe it ("Jakarta police", "Hong Kong police", "federal prosecutors"). */
const BARE_BODY_WORDS = 2;

/**
 * A body the language names without an article (`bareBodies`) opening `body[start, end)` and closed by punctuation or a
 * preposition:
 * "according to police, …", "according to Jakarta police." The words before the noun are the body's own (a place, an
 * adjective), none of them a word that begins no name. A definite article before a capitalised word is stepped over
 * ("according to the Jakarta police" is "Jakarta police", as "the Berlin prosecutors said" is): the article belongs to
 * the phrase, not the name, and organisationAtStart reads only words in small letters after it. A noun in a case the
 * language's "according to" governs (`bareBodyCases`: "að sögn lögreglunnar") is the body too. `clauseFollows`: the
 * phrase opens its sentence in a language that puts the finite verb next ("Ifølge politiet ble …"), so any word closes it.
 */
export function bareBodyAtStart(body: string, start: number, end: number, frames: LanguageFrames, clauseFollows = false): TextSpan | undefined {
  const nouns = [...(frames.bareBodies ?? []), ...Object.keys(frames.bareBodyCases ?? {})];
  if (nouns.length === 0) return undefined;
  const all = tokens(body.slice(start, end), start);
  const toks = all.length > 2 && !(all[0] as Tok).comma && isDefinite((all[0] as Tok).text, frames.language) && /^\p{Lu}/u.test((all[1] as Tok).text) ? all.slice(1) : all;
  for (let k = 0; k <= Math.min(BARE_BODY_WORDS, toks.length - 1); k++) {
    const t = toks[k] as Tok;
    if (nouns.includes(t.text)) {
      const closes = t.comma || closesBodyName(body, t.end, end, toks[k + 1], frames) || (clauseFollows && frames.verbSecond === true && toks[k + 1] !== undefined);
      const first = toks[0] as Tok;
      return closes ? { start: first.start, end: t.end, text: body.slice(first.start, t.end) } : undefined;
    }
    if (t.comma || frames.nameStopwords.includes(t.text.toLowerCase()) || frames.determiners.includes(t.text.toLowerCase())) return undefined;
  }
  return undefined;
}

/** Per language: the words that open a clause of their own (complementisers, subject relatives) and are no determiner. */
const clauseOpeners = perLanguage((frames) => new Set([...(frames.complementisers ?? []), ...(frames.subjectRelatives ?? [])].filter((w) => !frames.determiners.includes(w))));

/**
 * An anonymous-source phrase that starts `text` (after "said", "according to", "citing", "from"). `clauseFollows`: the
 * phrase opens its sentence ("Według źródeł w ministerstwie lotnisko przynosi …"), so the clause it is the source of
 * comes after it and only a comma, not the sentence's end, closes its tail.
 */
export function anonymousAtStart(body: string, start: number, end: number, frames: LanguageFrames, clauseFollows = false): AnonymousPhrase | undefined {
  const toks = tokens(body.slice(start, end), start, frames);
  let from = 0;
  // A possessive opens the phrase as an article does ("said his spokesman", "selon son porte-parole").
  if (toks[0] && (frames.determiners.includes(toks[0].text.toLowerCase()) || (frames.possessives ?? []).includes(toks[0].text.toLowerCase()))) from = 1;
  for (let h = from; h < Math.min(toks.length, from + 7); h++) {
    // A determiner after words that had none opens the phrase itself: what stands before it is no part of it ("según |
    // ha confirmado | una fuente", "citando | a | una fuente"), and the phrase is read where it starts.
    if (from === 0 && h > 0 && frames.determiners.includes((toks[h] as Tok).text.toLowerCase())) return undefined;
    // "avisaban del hallazgo, cosa que las autoridades …": a relative pronoun or complementiser before any head opens a
    // clause of its own, and the words before it describe no source.
    if (h > from && clauseOpeners(frames).has((toks[h] as Tok).text.toLowerCase())) return undefined;
    if (headIndex(toks, h, frames)) {
      // "Reuters unter Berufung auf Unternehmenskreise": a head after a cue for a source is that source's, read after
      // the cue; the words before it are who cites it, no description of it.
      if (h > from && ANON_CUE.test(body.slice((toks[from] as Tok).start, (toks[h] as Tok).start))) return undefined;
      // Where the role follows the name (`roleAfterName`: "Fekete Anna rendőr őrnagy", police major Anna Fekete), a given
      // name and a surname before the noun are whose role it is: the phrase names that person.
      if (frames.roleAfterName && from === 0 && nameBefore(toks.slice(0, h))) return undefined;
      // Compound heads: "a coast guard officer" ends at "officer".
      while (!(toks[h] as Tok).comma && headIndex(toks, h + 1, frames)) h++;
      // An account named by its handle ("tulis akun @rina.merbau", "wrote the account @rina.merbau") is no unnamed one.
      if (!(toks[h] as Tok).comma && HANDLE_AFTER.test(body.slice((toks[h] as Tok).end, end))) return undefined;
      // "بحسب المصدر ذاته" (according to the same source): a head with "same" after it only points back.
      if (SAME_AFTER.has(toks[h + 1]?.text ?? "")) return undefined;
      let to = h;
      const next = toks[h + 1];
      if (!(toks[h] as Tok).comma && next && PREPOSITIONS.has(next.text.toLowerCase())) {
        const breaks = frames.tailBreaks ?? [];
        const channel = channelPhrase(frames);
        for (let k = h + 1; k < Math.min(toks.length, h + 10); k++) {
          // A break that is an article right after a preposition opens that preposition's noun, no new phrase ("πηγές από
          // το υπουργείο", sources from the ministry).
          const word = (toks[k] as Tok).text.toLowerCase();
          const articleOfPreposition = (frames.determiners.includes(word) || isDefinite(word, frames.language)) && PREPOSITIONS.has((toks[k - 1] as Tok).text.toLowerCase());
          if (k > h + 1 && breaks.includes(word) && !articleOfPreposition) break;
          // "une porte-parole de la police | dans un communiqué": how the words were given ends who gave them.
          if (channel.test(body.slice((toks[k] as Tok).start, end))) break;
          to = k;
          if ((toks[k] as Tok).comma) break;
        }
        if (clauseFollows && !(toks[to] as Tok).comma) to = boundedTail(toks, h, to, frames);
      }
      return makePhrase(body, toks, 0, h, to, frames);
    }
    const t = toks[h] as Tok;
    // "la necesidad de contar con fuentes", "the lack of sources": a preposition after a noun before any source noun makes
    // that noun the phrase's head, and an abstract one is no source. Right after the determiner it is a part of a group
    // ("una de las fuentes", "one of the sources"), which is.
    if (h > from && NOUN_COMPLEMENT_LINKS.has(t.text.toLowerCase())) return undefined;
    // A comma ends the phrase before its head, except between two describing words ("a senior, unnamed official"): after
    // a name ("Menurut Rahmat, sedikitnya 3.400 warga …") it closes the attribution, and the head after it is the claim's.
    if (!isModifier(t, frames) || (t.comma && (h > from || /^\p{Lu}/u.test(t.text)))) return undefined;
    // Where a phrase opens on its head, a word of another kind before it is no part of it.
    if (HEAD_FIRST.has(frames.language)) return undefined;
  }
  return undefined;
}

/** True when words end in a person's full name: two or three capitalised words, the first of them opening the words. */
function nameBefore(toks: readonly Tok[]): boolean {
  return toks.length >= 2 && toks.length <= 3 && toks.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !t.comma);
}

/** Per language: one of its `channelPhrases` opening a string, as words of their own. */
export const channelPhrase = perLanguage((frames) => new RegExp(`^(?:${(frames.channelPhrases ?? []).join("|") || "(?!)"})(?![\\p{L}])`, "u"));
/** Per language: one of its `channelPhrases` after a space, as words of their own, anywhere in a string. */
export const channelPhraseInside = perLanguage((frames) => new RegExp(`\\s(?:${(frames.channelPhrases ?? []).join("|") || "(?!)"})(?![\\p{L}])`, "u"));

/** Prepositions that join a noun to its complement ("la necesidad de", "the lack of", "la mancanza di"). */
const NOUN_COMPLEMENT_LINKS: ReadonlySet<string> = new Set(["of", "de", "del", "du", "des", "da", "do", "das", "dos", "di", "della", "dei", "delle", "degli", "con", "com", "avec", "with"]);

/** A social-media handle right after a word. */
const HANDLE_AFTER = /^\s*@[\p{L}\p{N}_]/u;

function stem(w: string): string {
  return w.toLowerCase().slice(0, 5);
}

/** The running list of an article's sources, with coreference. */
export interface SourceBook {
  /** A named person (merged with an earlier full or short form of the name). */
  named(name: string, span: TextSpan, role?: string): SourceEntry;
  anonymous(phrase: AnonymousPhrase): SourceEntry;
  organisation(name: string, span: TextSpan, type?: Extract<SourceType, "organisation" | "document">): SourceEntry;
  /**
   * The entry a pronoun stands for: the most recent salient source of that number and a compatible gender, where
   * `accepts` (if given) takes it; none, and no mention, where it does not.
   */
  pronoun(word: string, span: TextSpan, accepts?: (entry: SourceEntry) => boolean): SourceEntry | undefined;
  /** Marks an entry as relied on (it speaks) and most salient. */
  rely(entry: SourceEntry): void;
  /** Marks an entry as salient without making it a source (a person introduced as a sentence subject). */
  touch(entry: SourceEntry): void;
  /** Takes back a reading of an entry as a source: it is no longer relied on nor salient (a name found to be an outlet's). */
  withdraw(entry: SourceEntry): void;
  findNamed(name: string): SourceEntry | undefined;
  entries(): SourceEntry[];
}

const FEMININE = new Set(["she", "her", "elle", "elles"]);
const MASCULINE = new Set(["he", "him", "his", "il", "hij"]);

/**
 * A new, empty source book for one article. `spelledOut` maps initials to the full name the article wrote them after
 * ("the Harbour Authority Office (HAO)", spelledOutInitials.ts): a body the article later calls by its initials alone is
 * the body of that name, one source, labelled as the article first named it.
 */
export function createSourceBook(articleId: string, frames: LanguageFrames, spelledOut: ReadonlyMap<string, string> = new Map()): SourceBook {
  const all: SourceEntry[] = [];
  let salience: SourceEntry[] = [];
  const articleSlug = slugify(articleId);
  /** Whom each anonymous source was written as being of ("for the museum"), where a tail was written. */
  const tails = new Map<SourceEntry, string>();
  /** True when an entry and a phrase are written as of two different bodies ("a spokesperson for the museum", "… for the trust"): two sources. */
  const ofAnother = (e: SourceEntry, p: AnonymousPhrase): boolean => {
    const known = tails.get(e);
    return Boolean(known && p.tail && known !== p.tail);
  };

  /** The one named person whose role holds the phrase's noun and each of its describing words; none where no one or two people do. */
  function roleHolderOf(p: AnonymousPhrase): SourceEntry | undefined {
    const holds = (e: SourceEntry): boolean => {
      const words = (e.role ?? "").toLowerCase().split(/[\s,]+/u).map(stem);
      return words.includes(stem(p.head)) && p.modifiers.every((m) => words.includes(stem(m)));
    };
    const holders = all.filter((e) => e.type === "named" && e.role !== undefined && holds(e));
    return holders.length === 1 ? holders[0] : undefined;
  }

  function touch(e: SourceEntry): void {
    salience = [e, ...salience.filter((x) => x !== e)];
  }

  function findNamed(name: string): SourceEntry | undefined {
    for (let i = all.length - 1; i >= 0; i--) {
      const e = all[i] as SourceEntry;
      if (e.type !== "named" && e.type !== "organisation") continue;
      if (refersTo(name, e.name) || refersTo(e.name, name) || caseFormsOf(name, e.name, frames.nameCaseEndings)) return e;
    }
    return undefined;
  }

  const book: SourceBook = {
    named(name, span, role) {
      // Initials the article spelled out are a body's, read as the name they stand for (persons are seldom so written).
      const full = spelledOut.get(name.trim());
      if (full) return book.organisation(full, span);
      const hit = findNamed(name);
      if (hit) {
        // Keep the fullest form of the name as the label and key.
        if (name.length > hit.name.length && refersTo(hit.name, name)) {
          hit.name = name;
          hit.key = `source:${slugify(name)}`;
        }
        if (role && !hit.role) hit.role = role;
        hit.mentions.push(span);
        return hit;
      }
      const e: SourceEntry = { key: `source:${slugify(name)}`, name, type: "named", mentions: [span], relied: false, plural: false, modifiers: [], ...(role ? { role } : {}) };
      all.push(e);
      return e;
    },
    anonymous(p) {
      const span: TextSpan = { start: p.start, end: p.end, text: p.text };
      const core = [...p.modifiers, p.head].join(" ");
      const compatible = (e: SourceEntry): boolean =>
        e.type === "anonymous" && e.head !== undefined && stem(e.head) === stem(p.head) && !ofAnother(e, p) && p.modifiers.every((m) => [...e.modifiers, ...e.name.toLowerCase().split(/\s+/)].some((x) => stem(x) === stem(m)));
      if (p.definite) {
        // A bare "the source" points back to the most salient anonymous source, whatever noun introduced it.
        const generic = p.modifiers.length === 0 && frames.anonymousHeads.slice(0, 2).includes(p.head);
        // A bare definite plural ("de ingewijden", "the insiders") names no new group: the one already speaking, of that number.
        const group = p.modifiers.length === 0 && p.plural;
        const prior =
          salience.find(compatible) ??
          [...all].reverse().find(compatible) ??
          (generic ? salience.find((e) => e.type === "anonymous") : group ? salience.find((e) => e.type === "anonymous" && e.plural) : undefined);
        if (prior) {
          prior.mentions.push(span);
          return prior;
        }
        // "the government spokesman said" after "Government spokesman Tom Vale said": a definite role the article gave one
        // named person, every word of it, refers back to that person; a new unnamed source would count them twice.
        const holder = p.plural ? undefined : roleHolderOf(p);
        if (holder) {
          holder.mentions.push(span);
          return holder;
        }
      }
      const base = `source:${articleSlug}--${slugify(core)}`;
      // The same noun of another body ("a spokesperson for the trust" after "a spokesperson for the museum") is another source.
      const other = all.find((e) => e.key === base && ofAnother(e, p));
      const key = other && p.tail ? `${base}--${slugify(p.tail)}` : base;
      const same = all.find((e) => e.key === key);
      if (same) {
        same.mentions.push(span);
        if (p.tail && !tails.has(same)) tails.set(same, p.tail);
        return same;
      }
      // One phrase read from two starts ("a senior government official", and "senior government official" with "senior"
      // taken as a determiner) is one source: the words overlap and the noun is the same.
      const overlapping = all.find((e) => e.type === "anonymous" && e.head !== undefined && stem(e.head) === stem(p.head) && e.mentions.some((m) => m.start < p.end && p.start < m.end));
      if (overlapping) return overlapping;
      const e: SourceEntry = { key, name: p.text, type: "anonymous", mentions: [span], relied: false, plural: p.plural, head: p.head, modifiers: p.modifiers, ...(REPORTING_HEADS.has(p.head) ? { collective: true as const } : {}) };
      if (p.tail) tails.set(e, p.tail);
      all.push(e);
      return e;
    },
    organisation(name, span, type = "organisation") {
      // "Die Polizei sagte" and "sagte die Polizei" name one body: the name is given without a leading definite article.
      const article = /^(\S+)\s+(?=\S)/u.exec(name)?.[1];
      if (article && isDefinite(article, frames.language)) name = name.slice(article.length).trimStart();
      if (type === "organisation") name = spelledOut.get(name) ?? name;
      const key = type === "document" ? `source:${articleSlug}--${slugify(name)}` : `source:${slugify(name)}`;
      const same = all.find((e) => e.key === key);
      if (same) {
        same.mentions.push(span);
        return same;
      }
      const e: SourceEntry = { key, name, type, mentions: [span], relied: false, plural: false, modifiers: [] };
      all.push(e);
      return e;
    },
    pronoun(word, span, accepts) {
      const w = word.toLowerCase();
      // A pronoun of both numbers (Dutch "zij", German "sie": she or they) takes the most salient source of either.
      const both = frames.pronouns.singular.includes(w) && frames.pronouns.plural.includes(w);
      const plural = frames.pronouns.plural.includes(w);
      const gender = FEMININE.has(w) ? "f" : MASCULINE.has(w) ? "m" : undefined;
      const found = salience.find((e) => e.type !== "document" && e.type !== "organisation" && (both || e.plural === plural) && (!gender || !e.gender || e.gender === gender));
      const hit = found && (!accepts || accepts(found)) ? found : undefined;
      if (hit) {
        if (gender && !hit.gender && hit.type === "named") hit.gender = gender;
        hit.mentions.push(span);
      }
      return hit;
    },
    rely(e) {
      e.relied = true;
      touch(e);
    },
    touch,
    withdraw(e) {
      e.relied = false;
      salience = salience.filter((x) => x !== e);
    },
    findNamed,
    entries: () => all,
  };
  return book;
}

/** The book's relied-on entries as the reading stage outputs them. */
export function toMentions(book: SourceBook): SourceMention[] {
  return book
    .entries()
    .filter((e) => e.relied)
    .map((e) => ({ key: e.key, name: e.name, type: e.type, ...(e.role ? { role: e.role } : {}), mentions: e.mentions, ...(e.via ? { via: e.via } : {}), ...(e.collective ? { collective: e.collective } : {}) }));
}
