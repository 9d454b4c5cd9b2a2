/** A claim's short label: the main clause of its representative statement. */
import { escapeRegExp, foldTypography } from "../../core/text.ts";
import { FACT_CHECK_LABEL } from "../../core/factCheckLabels.ts";
import { datelineLength } from "../../extract/dateline.ts";
import { framesFor } from "../../extract/frames/index.ts";
import { perLanguage } from "../../extract/frames/common.ts";
import { compile } from "../../extract/names.ts";
import type { LanguageFrames } from "../../extract/frames/types.ts";
import { isReportingVerb, STOPWORDS } from "../lexicon.ts";

/** Lower-case words of a statement less function and reporting words. */
export function contentWords(text: string): string[] {
  return foldTypography(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

/**
 * A content word's first five letters: what two statements compared word by word share ("resigned" and "resigns" both
 * "resig"), in any language without a stemmer of its own.
 */
export const contentStem = (word: string): string => word.slice(0, 5);

/** A verb that follows a subject: what a clause between the subject and it can be dropped before. */
const VERB_NEXT = /^\s*(?:said|says|told|added|reported|claimed|wrote|writes|explained|is|was|are|were|has|had|have|will|would|could|may|might|did|does|do|can|cannot|must|should|remains|remained)\b/i;
/** The same for Vietnamese speech verbs, written with letters past ASCII, where \b does not end a word. */
const VERB_NEXT_VI = /^\s*(?:cho biết|cho hay|nói|khẳng định|tuyên bố|phát biểu|nhấn mạnh|chia sẻ)(?![\p{L}\p{N}])/iu;

/**
 * A relative clause between commas ("The official, who asked not to be named, said"; "Una enfermera, que prefirió no dar
 * su nombre, confirmó"; "Le maire, qui …, a déclaré"; "Der Minister, der …, sagte"; "Ministern, som …, sade"): its pronoun.
 */
const RELATIVE_CLAUSE = /,\s+(who|which|whose|where|que|quien|quienes|cuy[oa]s?|donde|qui|dont|où|quem|cuj[oa]s?|onde|che|cui|der|die|das|welche[rsmn]?|dat|wie|waar|som|hvor|där)(?![\p{L}])[^,]{0,120},/giu;
const ENGLISH_RELATIVE = /^(?:who|which|whose|where)$/iu;
/** Most words of a subject before its relative clause. */
const SUBJECT_WORDS = 8;

/**
 * In the other languages no verb list says a verb comes next: a clause that follows the sentence's opening words (no
 * comma before it, a few words at most) and is followed by a word in small letters is taken for one between a subject
 * and its verb; later in a sentence it says more about what was claimed (", dont trois décès,").
 */
function closesSubject(all: string, at: number, length: number): boolean {
  const before = all.slice(0, at);
  return !before.includes(",") && before.split(/\s+/u).filter(Boolean).length <= SUBJECT_WORDS && /^\s*\p{Ll}/u.test(all.slice(at + length));
}

/**
 * A live blog's entry stamp and a list's bullet before a statement ("13:05 — Update: The agency said …", "- Company says
 * …"): the page's layout, not the claim.
 */
const ENTRY_STAMP = /^(?:[-•*]\s+|\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?\s*)?[—–:-]\s+)?(?:(?:update|updated|breaking|latest|correction)\s*:\s*)?/iu;

/** Words of a clause besides its credit that still leave it the credit alone ("in un'intervista alla", "reportedly"). */
const CREDIT_CLAUSE_SLACK = 3;

/**
 * The sentence without the clauses that only credit a source, set off by commas or dashes ("La ministra Bellandi,
 * riporta il quotidiano La Cronaca di Valdora, avrebbe chiuso …" → "La ministra Bellandi avrebbe chiuso …") or
 * opening it ("Segundo a Folha, o ministério …" → "O ministério …"): the credit
 * says who reported the claim, the label says the claim. `credits` are the reading's credit phrases, offsets into `text`.
 */
export function withoutCreditClauses(text: string, credits: readonly { start: number; end: number }[]): string {
  let out = text;
  // Right to left, so earlier offsets stay valid.
  for (const c of [...credits].sort((a, b) => b.start - a.start)) {
    // A credit that opens the sentence and reports what follows ("Local news site X reported the airport was losing …",
    // "Le Quotidien a rapporté que …"): the claim is what it reported.
    const reported = reportedAfterOpening(out, c);
    if (reported !== undefined) {
      out = reported;
      continue;
    }
    // The clause opens after the mark before the credit, or with the sentence ("Segundo a Folha, o ministério …").
    const before = Math.max(out.lastIndexOf(",", c.start - 1), out.lastIndexOf(" – ", c.start - 1), out.lastIndexOf(" — ", c.start - 1));
    const after = /,| – | — /u.exec(out.slice(c.end));
    if (!after) continue;
    const end = c.end + after.index;
    const other = `${out.slice(before + 1, c.start)} ${out.slice(c.end, end)}`.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
    if (other.length > CREDIT_CLAUSE_SLACK) continue;
    const rest = out.slice(end + after[0].length).trimStart();
    out = before < 0 ? rest.replace(/^\p{Ll}/u, (x) => x.toUpperCase()) : `${out.slice(0, before)} ${rest}`;
  }
  return out;
}

/** Most words of a closing credit clause: a subject of a few words ("regional emergency official Ada Moss"), its verb and a short tail ("on Saturday"). */
const CLOSING_CREDIT_WORDS = 12;
/** Most words after the verb of a closing credit whose subject stands before it ("the Daily Courier reported on Monday"). */
const CLOSING_CREDIT_TAIL = 3;

/** A pattern of any of `words` as a whole word; undefined for none. */
function anyWord(words: readonly string[] | undefined, opening = ""): RegExp | undefined {
  return words && words.length > 0 ? new RegExp(`${opening}(?<![\\p{L}])(?:${words.map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu") : undefined;
}

/** A language's speech and report verbs, longest first, as alternatives of a pattern. */
function tellingVerbs(frames: LanguageFrames): string {
  return [...frames.speechVerbs, ...(frames.reportVerbs ?? [])].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}

/** Any of a language's speech and report verbs as a word (anywhere, where words are not spaced), made once per language. */
const tellingVerb = perLanguage((frames) => new RegExp(frames.unspaced ? `(?:${tellingVerbs(frames) || "(?!)"})` : `(?<![\\p{L}])(?:${tellingVerbs(frames) || "(?!)"})(?![\\p{L}])`, "giu"));

/** Each language's complementisers anywhere in a clause, and its subject relatives opening one, made once per language. */
const clauseWords = perLanguage((frames) => ({ complementiser: anyWord(frames.complementisers), relative: anyWord(frames.subjectRelatives, "^\\s*") }));

/**
 * The sentence without the clause that closes it and only says who told it ("…, according to the Daily Courier", "…,
 * the Daily Courier reported", "…, said the minister", "…, disse o ministro", "…, berichtet der Kurier"): after the last
 * comma or dash, a clause of a few words holding a credit the reading found (`credits`, offsets into `text`: the
 * language's attribution frames) or a speech or report verb of the language (its frames' `speechVerbs` and `reportVerbs`), with no complementiser
 * ("…, the mayor said, adding that …" goes on), no quotation mark, not opened by a relative pronoun ("…, which engineers
 * said was unsafe" says more of the claim) and, after a verb its subject comes before, only a short tail. The credit
 * stays the statement's evidence; the label is the claim. The text unchanged where no such clause closes it or too
 * little would be left before it.
 */
export function withoutClosingCredit(text: string, language: string, credits: readonly { start: number; end: number }[] = []): string {
  const marks = [...text.matchAll(/(?<!\d),|,(?!\d)|\s[–—]\s/gu)];
  const mark = marks[marks.length - 1];
  if (!mark || mark.index === undefined) return text;
  const from = mark.index + mark[0].length;
  const clause = text.slice(from).replace(/[\s.!?]+$/u, "");
  const words = clause.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const before = text.slice(0, mark.index);
  const kept = before.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (words.length === 0 || words.length > CLOSING_CREDIT_WORDS || /["“”«»„]/u.test(clause)) return text;
  if (kept < MIN_AFTER_OPENING && (before.match(UNSPACED)?.length ?? 0) < MIN_UNSPACED_AFTER_OPENING) return text;
  const frames = framesFor(language);
  const { complementiser, relative } = clauseWords(frames);
  if (complementiser?.test(clause) || relative?.test(clause)) return text;
  const credited = credits.some((c) => c.start >= from && c.end <= from + clause.length + 1);
  if (!credited) {
    let last: RegExpExecArray | null = null;
    for (const m of clause.matchAll(tellingVerb(frames))) last = m as RegExpExecArray;
    if (!last) return text;
    const after = clause.slice(last.index + last[0].length).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const subject = clause.slice(0, last.index).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
    if (subject > 1 && (after > CLOSING_CREDIT_TAIL || subject > CLOSING_CREDIT_WORDS - CLOSING_CREDIT_TAIL)) return text;
  }
  return before.replace(/[\s,;:–—]+$/u, "");
}

/**
 * Per language whose speech verb closes the sentence after what was said: the verb at the sentence's end, after one of
 * the language's `quotativeMarkers` where it has them (Japanese "…と話した。", Korean "…라고 말했다"), or right after the
 * clause where the verb comes last and the language marks none (`verbFinal`: Turkish "… dedi.", "… iddia etti."). The
 * match starts where the clause ends. Undefined for the other languages.
 */
const cueClosing = perLanguage((frames) => {
  const markers = frames.quotativeMarkers ?? [];
  if (markers.length === 0 && !frames.verbFinal) return undefined;
  const verbs = tellingVerbs(frames);
  if (verbs === "") return undefined;
  // Where words are not spaced, a few words may stand between the marker and the verb: whom it was said to, or who
  // reported it ("…と記者団に話した。", "…、と南港新聞が報じた。").
  const gap = frames.unspaced ? `[^、。「」『』]{0,${UNSPACED_SUBJECT_CHARS}}?` : "";
  const before = markers.length > 0 ? `(?:${markers.join("|")})${gap}\\s*` : frames.unspaced ? "" : "\\s+";
  return new RegExp(`${before}(?:${verbs})[。.!]?\\s*$`, "u");
});
/** Most characters of a subject set off before the reported clause in a script written without spaces ("タルブリッジ市の市長は、"). */
const UNSPACED_SUBJECT_CHARS = 20;

/**
 * The clause a speech verb closing the sentence reports (cueClosing): "市長は、ケストレル橋を閉鎖すると話した。" →
 * "ケストレル橋を閉鎖する", "Belediye Başkanı Ayşe Demir, köprü iki yıl kapalı kalacak dedi." → "Köprü iki yıl kapalı
 * kalacak": the claim is what was said; who said it stays the statement's evidence. A subject set off by a comma before
 * the clause (a few words, or a few characters where words are not spaced) is left out. The text unchanged where no
 * such verb closes it, the clause is quoted words (their marks say whose), or too little would be left.
 */
export function withoutClosingSpeechVerb(text: string, language: string): string {
  const frames = framesFor(language);
  const closing = cueClosing(frames)?.exec(text);
  if (!closing) return text;
  let clause = text.slice(0, closing.index).replace(/[\s,、，]+$/u, "");
  // A speaker set off by a comma stands before what was said ("Ayşe Demir, köprü … dedi") or after it ("Köprü …, Ayşe
  // Demir dedi"): the side of a subject's size is the speaker, the other the clause.
  const short = (part: string) => (frames.unspaced ? part.length <= UNSPACED_SUBJECT_CHARS : part.split(/\s+/u).filter(Boolean).length <= CLOSING_CREDIT_WORDS - CLOSING_CREDIT_TAIL);
  const first = /[,、，]\s*/u.exec(clause);
  const last = [...clause.matchAll(/[,、，]\s*/gu)].pop();
  const size = (part: string) => (frames.unspaced ? part.length : part.split(/\s+/u).filter(Boolean).length);
  const before = first ? clause.slice(0, first.index) : "";
  const after = last?.index !== undefined ? clause.slice(last.index + last[0].length) : "";
  if (first && short(before) && (!short(after) || size(before) <= size(after))) clause = clause.slice(first.index + first[0].length);
  else if (last?.index !== undefined && short(after)) clause = clause.slice(0, last.index);
  clause = clause.trim();
  const words = clause.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_AFTER_OPENING && (clause.match(UNSPACED)?.length ?? 0) < MIN_UNSPACED_AFTER_OPENING) return text;
  return clause.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** A credit written in words alone, a picture word and its preposition ("Photo by …", "Foto de …", "Foto von …"), with no colon, slash, bracket or © to mark it. */
const CREDIT_IN_WORDS = /^\p{L}+(?:\s+\p{L}+)?\s+\p{L}/u;
/** What may end the text before a credit written in words: a sentence's end, a bracket, a bar, a dash, a slash or a colon. */
const BEFORE_CREDIT = /[.!?:;|•·()[\]/–—-]["'”’»]?\s*$/u;

/**
 * Whether a credit found at `at` stands apart from the sentence: a credit marked as one (a colon, a slash, a bracket, ©)
 * does wherever it stands; one written in words only at the text's start or after a separator, since inside a sentence
 * the same words are its own ("Old Lake Monster Photo by Talbridge Council Shared Again", "publicó una foto de la alcaldesa"), not a credit.
 */
function standsApart(text: string, at: number, credit: string): boolean {
  if (!CREDIT_IN_WORDS.test(credit) || credit.slice(0, 24).includes(":")) return true;
  const before = text.slice(0, at);
  return !/[\p{L}\p{N}]/u.test(before) || /\n\s*$/u.test(before) || BEFORE_CREDIT.test(before);
}

/**
 * The sentence without the picture credit in it and after it ("Foto: Ana Berg/Agência Talbridge", "Imagem: reprodução",
 * "(Photo by Ana Berg)"; the language's `photoCredits` and the credits written alike in every language): it says who
 * took a picture, not what happened. Empty where the sentence is only a credit; unchanged where it holds none.
 */
export function withoutPictureCredit(text: string, language: string): string {
  let at = text.length;
  for (const credit of compile(framesFor(language)).photoCredit) {
    credit.lastIndex = 0;
    for (let m = credit.exec(text); m && m.index < at; m = credit.exec(text)) {
      if (standsApart(text, m.index, m[0])) {
        at = m.index;
        break;
      }
      if (m[0].length === 0) credit.lastIndex++;
    }
  }
  if (at === text.length) return text;
  const before = text.slice(0, at).replace(/[\s(\[|–—-]+$/u, "");
  return /[\p{L}\p{N}]/u.test(before) ? before : "";
}

/** Each language's attribution openings as one pattern from the sentence's start to the comma closing them, built once. */
const openingPatterns = new Map<string, RegExp | null>();
/** Words a label keeps at least after an attribution opening: a shorter rest is not the claim. */
const MIN_AFTER_OPENING = 3;
/** Characters a label keeps at least after an opening in a script written without spaces (Chinese, Japanese). */
const MIN_UNSPACED_AFTER_OPENING = 8;
/** A character of a script written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * The sentence without an opening that only says whose account follows ("Sahil Güvenlik'ten yapılan açıklamaya göre,
 * …", "Όπως δήλωσε ο εκπρόσωπος, «…»", "По словам губернатора, …", "据新华社报道，…"; the language's `attributionOpenings`): the label is
 * what was said, not who said it. The text unchanged where the language has none or what follows is too short.
 */
export function withoutAttributionOpening(text: string, language: string): string {
  let pattern = openingPatterns.get(language);
  if (pattern === undefined) {
    const openings = framesFor(language).attributionOpenings ?? [];
    // Chinese and Japanese close the opening with their own comma (，、) and no space after it.
    pattern = openings.length > 0 ? new RegExp(`^\\s*(?:${openings.join("|")})(?:,\\s+|[，、]\\s*)`, "iu") : null;
    openingPatterns.set(language, pattern);
  }
  const m = pattern?.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  const words = rest.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (words < MIN_AFTER_OPENING && (rest.match(UNSPACED)?.length ?? 0) < MIN_UNSPACED_AFTER_OPENING) return text;
  return rest.replace(/^(["“«„]?)(\p{Ll})/u, (_all, mark: string, c: string) => `${mark}${c.toUpperCase()}`);
}

/** A complementiser after a verb of reporting and at most three words ("reported on Monday that", "a rapporté que"). */
const REPORTED_CLAUSE = /^\s+(?:[\p{L}]+\s+){0,3}?(?:that|que|qu['’]|dass|daß|che|że|že|что|що|bahwa)\s*(?=\p{L})/iu;

/**
 * What a credit opening the sentence reports, where it does: the words before the credit are a descriptor of a few words
 * at most, and after it comes a complementiser, or (after an English verb of reporting ending the credit) the clause
 * itself, of three words or more. Undefined otherwise.
 */
function reportedAfterOpening(text: string, c: { start: number; end: number }): string | undefined {
  const opening = text.slice(0, c.start);
  if (/[,;:–—]/u.test(opening) || opening.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length > CREDIT_CLAUSE_SLACK) return undefined;
  const after = text.slice(c.end);
  const lastWord = /([\p{L}]+)\s*$/u.exec(text.slice(c.start, c.end))?.[1] ?? "";
  const opener = REPORTED_CLAUSE.exec(after) ?? (isReportingVerb(lastWord) && !/^(?:say|says|saying|said)$/iu.test(lastWord) ? /^\s+(?=\p{Ll})/u.exec(after) : null);
  if (!opener) return undefined;
  // "X and Y wrote about it, and Z followed": what the verb is about points back at the story, no claim reported here.
  if (POINTS_BACK.test(after)) return undefined;
  const rest = after.slice(opener[0].length);
  if (rest.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < 3) return undefined;
  return rest.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
}

/** A preposition and a word pointing back at the story, right after a reporting verb ("wrote about it", "reported on this"). */
const POINTS_BACK = /^\s+(?:about|on|of)\s+(?:it|this|that|them)(?![\p{L}])/iu;

/** Words that open what was said after a speech verb and a comma, in the languages that put a comma there. */
const COMPLEMENTISER_NEXT = /^\s+(?:že|że|что|що|dass|daß|bahwa)(?![\p{L}])/iu;

/**
 * A person's name set off by commas after the description that introduces it and before the rest of the clause, which
 * goes on in small letters: "The head of the port authority, Ada Reyes, said …", "Il sindaco di Velmar, Anna Bruni, ha
 * detto …", "quoted the senior author, Dr. Ada Reyes, as saying …". Two to four capitalised words, an honorific first;
 * the description opens the sentence and is a subject's few words (a longer stretch is a clause the name comes after:
 * "The ferry will not run in June, Tomas Eriksen, the harbour master, said").
 */
const APPOSITIVE_NAME = /^(?<description>[^,;:–—()]+),\s+(?:\p{Lu}\p{Ll}{0,4}\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3},(?=\s+\p{Ll})/u;

/** The main clause of a sentence: up to the first comma or dash after six words, without quotation marks; at most 110 characters. */
export function shortLabel(text: string): string {
  const unquoted = text
    .replace(/["“”«»]|(?<!\p{L})[‘’]|[‘’](?!\p{L})/gu, "")
    .trim();
  // The claim, not where it was filed: "DEN HAAG (ANP) - Het kabinet …", "LONDON — The port …".
  const plain = unquoted
    .slice(datelineLength(unquoted))
    .replace(ENTRY_STAMP, "")
    // A fact-check's heading before what it checks ("CLAIM: …", "FACT CHECK: …", "Claim: …") is its form, not the claim.
    .replace(FACT_CHECK_LABEL, "")
    // The claim, not its frame: drop a leading "According to X," and non-restrictive clauses (", who …,").
    .replace(/^according to [^,]{1,80},\s*/i, "")
    // Between a subject and its verb the clause goes entirely ("The official, who …, said" → "The official said"); elsewhere its comma stays.
    .replace(RELATIVE_CLAUSE, (m: string, pronoun: string, at: number, all: string) => (VERB_NEXT.test(all.slice(at + m.length)) || (!ENGLISH_RELATIVE.test(pronoun) && closesSubject(all, at, m.length)) ? "" : ","))
    // Likewise an appositive after a leading name ("Ada Reyes, head of the port authority, said …" → "Ada Reyes said …").
    .replace(/^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*),\s+[^,]{3,120},(?=\s)/u, (m: string, name: string, at: number, all: string) => (VERB_NEXT.test(all.slice(at + m.length)) || VERB_NEXT_VI.test(all.slice(at + m.length)) ? name : m))
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const words = plain.split(/\s+/);
  const named = APPOSITIVE_NAME.exec(plain);
  const description = named?.groups?.description ?? "";
  const appositive = named && description.split(/\s+/u).filter(Boolean).length <= SUBJECT_WORDS ? new Set([description.length, named[0].lastIndexOf(",")]) : new Set<number>();
  let cut = plain.length;
  let seen = 0;
  // A comma between digits is part of a figure ("$340,000"), not a clause's end.
  for (const m of plain.matchAll(/(?<!\d),|,(?!\d)|[;–—(…]|\s-\s/g)) {
    // A comma before what was said ("Mluvčí … řekla, že …", "a déclaré, que …") opens the claim, not a side clause.
    if (m[0] === "," && COMPLEMENTISER_NEXT.test(plain.slice((m.index ?? 0) + 1))) continue;
    // Nor do the commas around a name that a description before it introduces: cut there, the label is a noun phrase.
    if (appositive.has(m.index ?? -1)) continue;
    seen = plain.slice(0, m.index).split(/\s+/).length;
    if (seen >= 6) {
      cut = m.index ?? cut;
      break;
    }
  }
  let label = plain.slice(0, cut).replace(/[\s.,;:]+$/, "");
  if (label.length > 110) label = `${label.slice(0, 107).replace(/\s+\S*$/, "")}…`;
  return words.length > 0 ? label : text;
}
