/** The reading stage for one article: quotations with their speakers, sources with coreference, attributions to outlets and syndication credits. Pure. */
import type { CleanArticle } from "../clean/types.ts";
import { createOutletRegistry, outletKey, ownOutletTest, type OutletRegistry } from "../core/outlets.ts";
import { SOURCE_LINE_WORDS } from "./outletNouns.ts";
import { overlaps, textSpan, type Span } from "../core/spans.ts";
import { escapeRegExp, slugify } from "../core/text.ts";
import { matchFrames } from "./attributions.ts";
import { decideCited, isConfident, isDeclinedOutletName, isRegisteredName, namedOutlets, outletEvidence, type CitedContext, type CitedDecision } from "./cited.ts";
import { detectLanguage, framesFor } from "./frames/index.ts";
import type { LanguageFrames } from "./frames/types.ts";
import { cleanName, compile, refersTo, type CompiledLanguage } from "./names.ts";
import { findQuotes, quoteWords, type RawQuote } from "./quotes.ts";
import { analyseSentences, sentenceAt } from "./sentences.ts";
import { negationTest, stanceWordsFor } from "../analyse/stance/index.ts";
import { ANON_AFTER, ANON_CUE, anonymousAtEnd, anonymousAtStart, citingAsideSubjects, createSourceBook, opensWithReportingCollective, phraseFromText, toMentions, type SourceEntry } from "./sources.ts";
import { appositiveIntros, isTitleWord, roleOf, rolePersonAfter, speechRelations, titledName, type SpeakerContext, type SpeechRelation } from "./speakers.ts";
import { isPlace } from "./gazetteer.ts";
import { readAgencyLine, readBracketDateline, readCreditLines, readDateline, readSignOff } from "./syndication.ts";
import type { ArticleReading, Attribution, Quotation, QuotationKind, Syndication } from "./types.ts";
import type { FrameHit } from "./attributions.ts";
import { conjuncts, listedAfter, listedBefore } from "./coordination.ts";

/** A quoted stretch that is only a name ("a site called “Quillon 7 News”"): part of the article's own sentence, not someone's words. */
const QUOTED_NAME = /^\s*(?:[Tt]he\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*)(?:\s+(?:of|for|and|de|the)?\s*[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,4}\s*$/u;

/** An outlet noun of the language right before a quotation mark ("صحيفة «", "le journal «"): what the marks hold is that outlet's name. */
function outletNounBefore(frames: LanguageFrames): RegExp {
  let re = outletNounsBefore.get(frames);
  if (!re) {
    re = new RegExp(`(?:^|[^\\p{L}])(?:${frames.outletCues.map(escapeRegExp).join("|") || "(?!)"})\\s*["“„«‹']\\s*$`, "iu");
    outletNounsBefore.set(frames, re);
  }
  return re;
}
const outletNounsBefore = new WeakMap<LanguageFrames, RegExp>();
/** Most words of a quoted outlet name kept after an outlet noun. */
const QUOTED_OUTLET_WORDS = 4;

/**
 * Blanks quoted words (keeping offsets) so frames and speakers are read only in the article's own voice; a quoted name stays
 * (a capitalised one, a registered outlet's in any script, or a short one right after an outlet noun: "صحيفة «الخليج»").
 */
function maskQuotes(body: string, quotes: readonly RawQuote[], registry: OutletRegistry, frames: LanguageFrames): string {
  const chars = body.split("");
  const afterNoun = outletNounBefore(frames);
  for (const q of quotes) {
    for (const p of q.parts) {
      const text = body.slice(p.start, p.end);
      if (QUOTED_NAME.test(text) || isRegisteredName(text, registry) || isDeclinedOutletName(text, registry, frames.language)) continue;
      if (text.trim().split(/\s+/u).length <= QUOTED_OUTLET_WORDS && afterNoun.test(body.slice(Math.max(0, q.span.start - 30), p.start))) continue;
      for (let i = p.start; i < p.end; i++) if (chars[i] !== "\n") chars[i] = " ";
    }
  }
  return chars.join("");
}

/** Photo credits as spans: nothing inside one is a citation. */
function photoCreditSpans(body: string, res: readonly RegExp[]): Span[] {
  const out: Span[] = [];
  for (const re of res) for (const m of body.matchAll(new RegExp(re.source, "gu"))) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

/** Joins `"…," he said. "…"`: two quotes in one paragraph with only a short attribution between them. */
function mergeBroken(body: string, masked: string, quotes: RawQuote[], speechVerb: RegExp): RawQuote[] {
  const out: RawQuote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && !prev.multiParagraph) {
      const between = masked.slice(prev.span.end, q.span.start);
      const lastPart = prev.parts[prev.parts.length - 1] as Span;
      const endsOpen = /[,…—–-]\s*$/u.test(body.slice(lastPart.start, lastPart.end)) || /^\s*,/.test(between);
      if (!between.includes("\n") && between.length < 200 && endsOpen && new RegExp(speechVerb.source, "iu").test(between) && /[.:,]\s*$/.test(between)) {
        out[out.length - 1] = { span: { start: prev.span.start, end: q.span.end }, parts: [...prev.parts, ...q.parts], multiParagraph: q.multiParagraph };
        continue;
      }
    }
    out.push(q);
  }
  return out;
}

/** Most characters between a quotation's closing mark and a verb-final language's speech verb ("…"라고 말했다", "…»گفت"). */
const QUOTATIVE_GAP = 3;

/** Articles a registry name may open with ("la Repubblica", "Le Monde", "Die Zeit"), which frames read as the article before a name. */
const ARTICLE_BEFORE_NAME = /(?:^|[\s(«“"„])((?:la|le|il|lo|les|el|los|las|die|der|das|het|o|a|os|as)\s+|l['’])$/iu;

/** A preposition fused with the article a registry name opens with ("au Figaro" is "à" + "Le Figaro", "del Corriere"). */
const CONTRACTED_ARTICLE = /(?:^|[\s(«“"„])(au|aux|du|des|al|del|dal|nel|sul|ao|do|no|pelo|da|na|pela|à|zum|zur|im|vom|beim)\s+$/iu;
const ARTICLES_IN: Readonly<Record<string, readonly string[]>> = {
  au: ["le"], aux: ["les"], du: ["le"], des: ["les"], al: ["el", "il"], del: ["el", "il"], dal: ["il"], nel: ["il"], sul: ["il"],
  ao: ["o"], do: ["o"], no: ["o"], pelo: ["o"], da: ["a"], na: ["a"], pela: ["a"], "à": ["a", "la"], zum: ["der", "das"], zur: ["die"], im: ["der", "das"], vom: ["der", "das"], beim: ["der", "das"],
};
/** Articles a registry name may open with, tried where the text writes the name bare ("si legge su Repubblica"). */
const LEADING_ARTICLES = ["le", "la", "les", "il", "lo", "el", "o", "a", "die", "der", "das"];

/**
 * The hit with the name the registry knows it by, where that name opens with an article the text writes apart ("riporta
 * la Repubblica": the span widens to take it), fuses with a preposition ("a déclaré au Figaro"), or leaves out ("si
 * legge su Repubblica"). Only where the registry knows the whole name so: a bare word never becomes an outlet here.
 */
function withRegisteredArticle(masked: string, hit: FrameHit, registry: OutletRegistry, frames: LanguageFrames): FrameHit {
  if (registry.byName(hit.name.text)) return hit;
  const before = masked.slice(Math.max(0, hit.name.start - 8), hit.name.start);
  const article = ARTICLE_BEFORE_NAME.exec(before)?.[1];
  if (article) {
    if (!registry.byName(article + hit.name.text)) return hit;
    return { ...hit, name: { start: hit.name.start - article.length, end: hit.name.end, text: article + hit.name.text } };
  }
  const fused = CONTRACTED_ARTICLE.exec(before)?.[1]?.toLowerCase();
  // A word that fuses an article in one language is a plain preposition in another (Portuguese "da" is "de a", Italian
  // "da" is "by"): the articles it holds first, then any.
  // Left out, it is an article of the text's own language: "told the Post" in English is no "Il Post".
  const candidates = fused ? [...(ARTICLES_IN[fused] ?? []), ...LEADING_ARTICLES] : LEADING_ARTICLES.filter((a) => frames.determiners.includes(a));
  const known = candidates.map((a) => `${a} ${hit.name.text}`).find((n) => registry.byName(n));
  // The span stays the words the text wrote; the name decided is the registry's.
  return known ? { ...hit, name: { ...hit.name, text: known } } : hit;
}

/**
 * The hit with the word after its name, where the registry knows the longer name, with the frame's outlet noun or without:
 * a name pattern that leaves out a trailing adjective ("وكالة الصحافة الفرنسية", whose nisba الفرنسية it stops before) cut
 * a registered name short. Only a name the registry knows so is widened.
 */
function withRegisteredNextWord(masked: string, hit: FrameHit, registry: OutletRegistry): FrameHit {
  if (hit.descriptor) return hit;
  const next = /^\s+([^\s\p{P}]+)/u.exec(masked.slice(hit.name.end, hit.name.end + 40));
  if (!next?.[1]) return hit;
  const longer = `${hit.name.text.replace(/^["«“„]|["»”]$/gu, "")} ${next[1]}`;
  const known = [longer, ...(hit.cue ? [`${hit.cue} ${longer}`] : [])].find((n) => registry.byName(n));
  if (!known) return hit;
  const end = hit.name.end + next[0].length;
  return { ...hit, name: { start: hit.name.start, end, text: known }, span: { start: hit.span.start, end: Math.max(hit.span.end, end) } };
}

/**
 * The hit, and one hit for each other name listed with its name (coordination.ts): "according to Reuters and Bloomberg"
 * cites two outlets, not one called "Reuters and Bloomberg". A name the registry knows whole ("The Globe and Mail") is not
 * cut. Each listed name is then decided on its own evidence, as if the frame had named it alone.
 */
function withListedNames(masked: string, hit: FrameHit, lang: CompiledLanguage, registry: OutletRegistry): FrameHit[] {
  if (hit.descriptor) return [hit];
  const whole = withRegisteredArticle(masked, hit, registry, lang.frames);
  const parts = whole !== hit || registry.byName(hit.name.text) ? [hit.name] : conjuncts(hit.name, lang.frames.language);
  if (parts.some((p) => !/^\p{Lu}/u.test(p.text.replace(/^(?:the|le|la|les|l['’])\s*/iu, "")))) return [hit];
  const last = parts[parts.length - 1] as FrameHit["name"];
  const before = listedBefore(masked, hit.name.start, lang, parts.length > 1);
  const names = [...before, ...parts, ...listedAfter(masked, last.end, lang)];
  if (names.length === 1) return [hit];
  // Each listed name's evidence runs from the list's first name (or the frame) to that name (or the frame's end).
  const start = Math.min(hit.span.start, (names[0] as FrameHit["name"]).start);
  return names.map((name) => (name === hit.name ? hit : { ...hit, name, span: { start, end: Math.max(hit.span.end, name.end) } }));
}

/** A quotation right after a title noun ("the study “X”", "die Studie „X“"): the quoted words are that work's title. */
function namesATitle(body: string, q: RawQuote, cues: readonly string[]): boolean {
  const before = body.slice(Math.max(0, q.span.start - 40), q.span.start).toLowerCase();
  const last = /([\p{L}-]+)\s*$/u.exec(before)?.[1];
  return last !== undefined && cues.includes(last);
}

function isTitle(body: string, q: RawQuote, cues: readonly string[]): boolean {
  // A quoted name joined to a noun by a hyphen ("die „Bild“-Zeitung") is part of a compound, a title.
  if (/^[-\u2011]\p{L}/u.test(body.slice(q.span.end, q.span.end + 2))) return true;
  // Only the words just before the mark in the same sentence can make it a title.
  const before = (body.slice(Math.max(0, q.span.start - 40), q.span.start).toLowerCase().split(/[.!?:]/).pop() ?? "");
  const words = before.replace(/[^\p{L}\s-]/gu, " ").trim().split(/\s+/);
  const last = words.slice(-2);
  return last.some((w) => cues.includes(w));
}

const SOURCE_LINE = new RegExp(`(?:^|[\\s。.!?|])(?:${SOURCE_LINE_WORDS.join("|")})\\s*[:：]\\s*(?<name>[^\\s|][^\\n|]{1,100}?)[\\s|]*$`, "u");
/** A bracketed credit with a date ("[Valley Post, 18-02-2016]") closing a quoted passage: where the passage was taken from. */
const BRACKET_CREDIT = /\[(?<name>\p{Lu}[\p{L}\p{N} .&'’-]{1,60}?),\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\]/gu;
/** A source credit in brackets inside the text ("(Source: Valley Post)", "[Quelle: dpa]"): where the passage was taken from. */
const BRACKET_SOURCE = new RegExp(`[(\\[](?:${SOURCE_LINE_WORDS.join("|")})\\s*[:：]\\s*(?<name>[^()\\[\\]\\n]{2,60}?)\\s*[)\\]]`, "gu");
const DATED_CREDIT = /^\s*(?<name>\p{Lu}[\p{L}\p{N} .&'’-]{1,60}?)[\s,–—-]+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*$/u;

/** The closing stretch of each paragraph (a whole short paragraph, or the last 160 characters of a long one), where credits stand, and whether it is the last paragraph. */
function standaloneLines(body: string, paragraphs: readonly Span[]): { start: number; end: number; text: string; last: boolean; whole: boolean }[] {
  const out: { start: number; end: number; text: string; last: boolean; whole: boolean }[] = [];
  let paired = -1;
  paragraphs.forEach((p, i) => {
    if (i === paired) return;
    const text = body.slice(p.start, p.end);
    // A label over the name on the next line ("Source:" / "Harbour Courier") is read as one line.
    const next = paragraphs[i + 1];
    if (next && /^[^\n]{1,40}[:：]$/u.test(text) && next.end - p.start <= 80 && !body.slice(p.end, next.end).trim().includes("\n")) {
      out.push({ start: p.start, end: next.end, text: body.slice(p.start, next.end), last: i + 1 === paragraphs.length - 1, whole: true });
      paired = i + 1;
      return;
    }
    if (text.length <= 60 && !text.includes("\n")) {
      out.push({ start: p.start, end: p.end, text, last: i === paragraphs.length - 1, whole: true });
      return;
    }
    // A credit may also close a long paragraph ("… 来源:http://…"): its last 160 characters are read as a line.
    const tail = Math.max(p.start, p.end - 160);
    if (!text.slice(tail - p.start).includes("\n")) out.push({ start: tail, end: p.end, text: body.slice(tail, p.end), last: i === paragraphs.length - 1, whole: tail === p.start });
  });
  return out;
}

/** "according to a leaked memo": a document source, only with a word that tells it apart; a bare "a report" names nothing. */
const DOCUMENT = /according\s+to\s+((?:a|an|the)\s+(?:[\p{L}-]+\s+){1,3}(?:document|documents|statement|memo|letter|filing|transcript|records|cable|email|report))(?![\p{L}])(?!\s+(?:by|of|from|in)\s+\p{Lu})/giu;

/** The host a written domain or address names ("www.valleypost.it/story" → "valleypost.it"). */
function hostOfDomain(written: string): string | undefined {
  return /^(?:https?:\/\/)?(?:www\.)?(?<host>[^/\s?#]+\.[^/\s?#]+)/iu.exec(written.trim())?.groups?.host?.toLowerCase();
}

/**
 * The person a citing frame names ("quoted Jane Doe, an editor at X, as saying"; "cited X's supposed editor “Jane Doe”"):
 * a name in quotation marks after a role, or a name with a role appositive. The role is kept; the run of words is not the name.
 */
function citedPerson(raw: string, start: number, ctx: SpeakerContext): { name: string; start: number; end: number; role?: string } | undefined {
  const marked = /^(?<role>[^"“”«»]*?)\s*["“«](?<name>\p{Lu}[^"“”«»,]{1,60}?)\s*["”»]?\s*$/u.exec(raw);
  if (marked?.groups?.name) {
    const name = cleanName(marked.groups.name, ctx.lang.frames);
    const at = start + raw.indexOf(name, marked.groups.role?.length ?? 0);
    const role = marked.groups.role?.trim().replace(/^(?:the|a|an)\s+/iu, "");
    return name.split(/\s+/).length >= 2 ? { name, start: at, end: at + name.length, ...(role ? { role } : {}) } : undefined;
  }
  const comma = raw.indexOf(",");
  if (comma < 0) return undefined;
  // The role first, the name after it ("the editor of its travel section, Olaf Brandvik"), as "the editor, X" is written.
  const after = /^(?<role>(?:the|a|an|its|their|his|her)\s[^,]{2,80}),\s*(?<name>[^,]+?)\s*$/iu.exec(raw.trim());
  if (after?.groups?.name && after.groups.role) {
    const name = cleanName(after.groups.name, ctx.lang.frames);
    if (name.split(/\s+/).length >= 2 && ctx.lang.nameAtStart.exec(name)?.[1] === name) {
      const at = start + raw.indexOf(name);
      return { name, start: at, end: at + name.length, role: after.groups.role.replace(/^(?:the|a|an)\s+/iu, "") };
    }
  }
  const role = roleOf(raw.slice(comma + 1), ctx);
  const name = cleanName(raw.slice(0, comma), ctx.lang.frames);
  if (!role || !name || name.split(/\s+/).length < 2 || ctx.lang.nameAtStart.exec(name)?.[1] !== name || /^\p{Ll}/u.test(raw.trim())) return undefined;
  const at = start + raw.indexOf(name);
  return { name, start: at, end: at + name.length, role };
}

/** A syndication frame's subject is the article itself, or there is none (see `LanguageFrames.articleSelf`). */
function aboutThisArticle(subject: string, frames: LanguageFrames): boolean {
  const words = subject.trim().toLowerCase();
  return frames.articleSelf === undefined || words === "" || frames.articleSelf.some((w) => words === w || words.startsWith(`${w} `));
}

/** The word right before `at`, joined to it by a space only, is a role noun or a title ("chief executive Gordon Herald"). */
function roleBefore(body: string, at: number, frames: LanguageFrames): boolean {
  const word = /([\p{L}.]+) $/u.exec(body.slice(Math.max(0, at - 30), at))?.[1]?.replace(/\.$/u, "");
  return word !== undefined && isTitleWord(word, frames);
}


/** Words of a clause read before a frame for a negation of it ("was not reported by", "wurde nie von … berichtet"). */
const NEGATION_WINDOW_WORDS = 3;

/**
 * True when a negation stands among the last words of the clause before `at` ("The claim was not reported by X", "It
 * has never been published in X"): the text says the outlet did not report it. The language's negation words are the
 * ones stance reads a denial with (analyse/stance).
 */
function negatedBefore(text: string, from: number, at: number, language: string): boolean {
  const words = stanceWordsFor(language) ?? stanceWordsFor("en");
  if (!words) return false;
  const clause = text.slice(Math.max(from, at - 60), at).split(/[.,;:!?()"“”«»]/u).pop() ?? "";
  const last = clause.trim().split(/\s+/u).slice(-NEGATION_WINDOW_WORDS).join(" ");
  // "not only reported by X (but also by Y)" affirms it.
  return last !== "" && negationTest(words).test(last) && !/\b(?:not|n['’]t)\s+(?:only|just|merely)\b/iu.test(last);
}

/**
 * Words that open a clause rebutting what an outlet reported ("Contrary to what X reported", "Ao contrário do que
 * publicou X", "Вопреки сообщению X"): the outlet is named as wrong, and what follows is the article's own correction,
 * never words it credits to the outlet. Kept per language, so a language's openers are read and added together.
 */
const REBUTTAL_OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: ["contrary\\s+to\\s+(?:what|claims?\\s+(?:by|in)|reports?\\s+(?:by|in))", "unlike\\s+what"],
  pt: ["ao\\s+contrário\\s+do\\s+que", "contrariamente\\s+ao\\s+que", "diferentemente\\s+do\\s+que"],
  es: ["al\\s+contrario\\s+de\\s+lo\\s+que", "contrario\\s+a\\s+lo\\s+que", "en\\s+contra\\s+de\\s+lo\\s+que", "a\\s+diferencia\\s+de\\s+lo\\s+que"],
  fr: ["contrairement\\s+à\\s+ce\\s+que"],
  it: ["contrariamente\\s+a\\s+quanto", "al\\s+contrario\\s+di\\s+quanto"],
  de: ["anders\\s+als", "im\\s+Gegensatz\\s+zu", "entgegen\\s+(?:den\\s+Angaben|der\\s+Darstellung|dem\\s+Bericht|den\\s+Berichten)"],
  nl: ["in\\s+tegenstelling\\s+tot", "anders\\s+dan"],
  ru: ["вопреки"],
  uk: ["всупереч"],
  id: ["berbeda\\s+dengan\\s+(?:yang|apa\\s+yang)", "bertentangan\\s+dengan"],
};
const REBUTTAL = new RegExp(`(?<![\\p{L}\\p{N}])(?:${Object.values(REBUTTAL_OPENERS).flat().join("|")})(?![\\p{L}\\p{N}])`, "iu");

/** True when the clause before `at` opens with a rebuttal of what the name there reported (`REBUTTAL`). */
function rebuttedBefore(text: string, from: number, at: number): boolean {
  const clause = text.slice(Math.max(from, at - 80), at).split(/[.,;:!?()"“”«»]/u).pop() ?? "";
  return REBUTTAL.test(clause);
}

const anonymousAccordingRes = new WeakMap<LanguageFrames, RegExp>();

/**
 * A source noun (with what is written onto it) before the language's "according to" (`LanguageFrames.anonymousAccording`);
 * never matches without. `head` is the longest source noun the run ends with (the shortest prefix is tried first).
 */
function anonymousAccording(frames: LanguageFrames): RegExp {
  let re = anonymousAccordingRes.get(frames);
  if (!re) {
    // What may be written onto the noun: in Korean and Japanese a compound ("업계소식통", "政府関係者"); in a spaced script
    // nothing, the noun standing as a word of its own (Turkish "kaynaklara göre", Hindi "सूत्र ने").
    const cjk = "[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hangul}ー]";
    const spaced = !frames.particles && !frames.unspaced;
    const before = spaced ? "[\\p{L}\\p{M}]" : cjk;
    const onto = spaced ? "" : `${cjk}*?`;
    const heads = [...frames.anonymousHeads].sort((a, b) => b.length - a.length).map((h) => escapeRegExp(h)).join("|");
    re = frames.anonymousAccording && heads ? new RegExp(`(?<!${before})(?<run>${onto}(?<head>${heads}))${frames.anonymousAccording}`, spaced ? "giu" : "gu") : /(?!)/gu;
    anonymousAccordingRes.set(frames, re);
  }
  return re;
}

const localRegistries = new WeakMap<OutletRegistry, Map<string, OutletRegistry>>();

/** The registry with the language's own short names for registered outlets (`LanguageFrames.localAliases`), built once per language. */
function withLocalAliases(registry: OutletRegistry, frames: LanguageFrames): OutletRegistry {
  const local = frames.localAliases ?? [];
  if (local.length === 0) return registry;
  let byLanguage = localRegistries.get(registry);
  if (!byLanguage) localRegistries.set(registry, (byLanguage = new Map()));
  let out = byLanguage.get(frames.language);
  if (!out) {
    // An alias the registry (or the case) already gives to some outlet stays that outlet's.
    const extra = local.filter((a) => !registry.byName(a.alias));
    out = extra.length === 0 ? registry : createOutletRegistry(registry.entries.map((e) => {
      const mine = extra.filter((a) => a.outlet === e.name).map((a) => a.alias);
      return mine.length ? { ...e, aliases: [...e.aliases, ...mine] } : e;
    }));
    byLanguage.set(frames.language, out);
  }
  return out;
}

/** Per language: its statement leads ("It reads:") opening a sentence and ending at the quotation. Made once. */
const STATEMENT_LEAD = new WeakMap<LanguageFrames, RegExp>();
function statementLead(frames: LanguageFrames): RegExp {
  let re = STATEMENT_LEAD.get(frames);
  if (!re) {
    const leads = frames.statementLeads ?? [];
    re = leads.length > 0 ? new RegExp(`^\\s*(?:${leads.map((l) => escapeRegExp(l).replace(/\s+/g, "\\s+")).join("|")})\\s*:?\\s*$`, "iu") : /(?!)/u;
    STATEMENT_LEAD.set(frames, re);
  }
  return re;
}

/** Reads one cleaned article: pure, deterministic, offsets into `article.body`. */
export function readArticle(article: CleanArticle, caseRegistry: OutletRegistry): ArticleReading {
  const { body, meta } = article;
  const language = meta.language ?? detectLanguage(body);
  const frames = framesFor(language);
  const registry = withLocalAliases(caseRegistry, frames);
  const lang = compile(frames);
  const ownKey = outletKey(registry.byName(meta.outlet ?? "")?.name ?? meta.outlet ?? "");
  const isOwn = ownOutletTest(ownKey, meta.outlet);
  const { sentences, verbs: sentenceVerbs, people } = analyseSentences(body, article.paragraphs, frames.language);
  const credits = photoCreditSpans(body, lang.photoCredit);
  const introduces = new RegExp(lang.speechVerb.source, "iu");
  const rawQuotes = findQuotes(body, article.paragraphs, (leadIn) => introduces.test(leadIn));
  let masked = maskQuotes(body, rawQuotes, registry, frames);
  const quotes = mergeBroken(body, masked, rawQuotes, lang.speechVerb);
  masked = maskQuotes(body, quotes, registry, frames);
  const namedTitles = quotes.filter((q) => namesATitle(body, q, frames.titleCues)).map((q) => q.span);

  const book = createSourceBook(meta.id, frames);
  const sctx: SpeakerContext = { body, masked, lang, registry, book };
  const articleOutlets = outletEvidence(masked, frames);
  // The title is read before the body: an outlet it names is one a later "the newspaper" may stand for.
  const title = meta.title?.trim() ?? "";
  const titleNamed = title && !body.trimStart().startsWith(title) ? namedOutlets(title, frames, registry, articleOutlets).map((n) => ({ ...n, start: -1 })) : [];
  // "<outlet> quoted Okafor as saying": one capitalised word an outlet quotes as saying something is a person's surname
  // (a person the article named stays that person), unless it is a place, initials or a body's name.
  const quotedSurname = (raw: string, frame: string): boolean => {
    const name = cleanName(raw, frames);
    if (!name || /\s/u.test(name)) return false;
    if (book.findNamed(name)?.type === "named") return true;
    return frame === "quoted" && /^\p{Lu}\p{Ll}+$/u.test(name) && !isPlace(name) && !frames.organisationCues.includes(name.toLowerCase());
  };
  const cctx: CitedContext = { registry, frames, book, articleOutlets, text: masked, named: [...titleNamed, ...namedOutlets(masked, frames, registry, articleOutlets)], ownKey };
  const decide = (hit: FrameHit, text = hit.name.text): CitedDecision | undefined =>
    decideCited(text, { descriptor: hit.descriptor && text === hit.name.text, at: hit.name.start, ...(roleBefore(body, hit.name.start, frames) ? { roleBefore: true } : {}), ...(hit.cue ? { cue: hit.cue } : {}), ...(hit.rule.publication ? { publication: true } : {}), allowUnknown: hit.rule.allowUnknown, ...(hit.rule.needsEvidence ? { needsEvidence: true } : {}), ...(hit.rule.formula && text === hit.name.text ? { formula: true } : {}), ...(hit.rule.registryOnly ? { registryOnly: true } : {}), ...(hit.rule.issuer ? { issuer: true } : {}), ...(hit.dataNoun ? { dataNoun: true } : {}), ...(hit.results ? { results: true } : {}) }, cctx);
  /**
   * The person a quoting frame names where its subject is the article or the text it describes ("The profile even quotes
   * the owner of its fleet, Tomas Vell, saying …"): the speaker of the quotation beside it, reached through no outlet.
   */
  const quotedBySelf = (hit: FrameHit): void => {
    if (!hit.citing) return;
    const person = citedPerson(masked.slice(hit.citing.start, hit.citing.end), hit.citing.start, sctx);
    if (!person) return;
    const entry = book.named(person.name, textSpan(body, person.start, person.end), person.role);
    book.rely(entry);
    relations.push({ entry, verb: hit.span, who: { start: person.start, end: person.end }, inverted: true, verbText: "quoted" });
  };
  const attributions: Attribution[] = [];
  const syndication: Syndication[] = readCreditLines(article.creditLines, frames, registry, isOwn);
  /** A credit of an outlet the article is not yet credited to; the first reading of each outlet stands. */
  const addSyndication = (credit: Syndication | undefined): void => {
    if (credit && !syndication.some((x) => x.outlet === credit.outlet)) syndication.push(credit);
  };
  addSyndication(readDateline(body, frames, registry, isOwn));
  addSyndication(readBracketDateline(body, registry, isOwn));
  readAgencyLine(body, registry, isOwn).forEach(addSyndication);
  addSyndication(readSignOff(body, frames.language, frames, registry, isOwn));
  const relations: SpeechRelation[] = [];

  for (const sentence of sentences) {
    appositiveIntros(sentence, sctx);
    const rels = speechRelations(sentence, sctx);
    relations.push(...rels);
    // Anonymous sources and documents after "according to", "citing", "taken from".
    const stext = masked.slice(sentence.start, sentence.end);
    const cued = ANON_CUE.test(stext);
    for (let i = 0; cued && i < stext.length; i++) {
      if (!/\s/.test(stext[i - 1] ?? " ") || !ANON_AFTER.test(stext.slice(Math.max(0, i - 30), i))) continue;
      const person = rolePersonAfter(sentence.start + i, sentence.end, sctx);
      if (person) {
        book.rely(person);
        continue;
      }
      // A cue that opens the sentence has its clause after the source ("Według źródeł w ministerstwie lotnisko …").
      const opens = /^\s*(?:\p{L}+\s+)?$/u.test(stext.slice(0, ANON_AFTER.exec(stext.slice(0, i))?.index ?? i));
      const p = anonymousAtStart(body, sentence.start + i, sentence.end, frames, opens);
      if (!p) continue;
      const e = book.anonymous(p);
      const chain = /from\s+$/.test(stext.slice(Math.max(0, i - 8), i)) ? rels[rels.length - 1]?.entry : undefined;
      if (chain && chain !== e && !e.via) e.via = chain.key;
      book.rely(e);
    }
    // "업계 소식통에 따르면", "関係者によると": a source noun with the language's "according to".
    for (const m of stext.matchAll(anonymousAccording(frames))) {
      // A case ending the pattern reads after the noun ("kaynak|lara göre") is part of the phrase as written.
      const run = (m.groups?.run ?? "") + (m.groups?.tail ?? "");
      const head = m.groups?.head ?? "";
      const s = sentence.start + (m.index ?? 0);
      book.rely(book.anonymous({ start: s, end: s + run.length, text: body.slice(s, s + run.length), head, modifiers: [], definite: false, plural: false }));
    }
    // "Local media reported", "Officials have claimed": an unnamed subject of a verb of reporting, which no speech verb
    // list holds (outlets report too, and a named subject of "reported" is left to the frames).
    for (const m of stext.matchAll(lang.reportVerb)) {
      const p = anonymousAtEnd(body, sentence.start, sentence.start + m.index, frames);
      if (p && p.end === sentence.start + m.index) book.rely(book.anonymous(p));
    }
    for (const m of stext.matchAll(DOCUMENT)) {
      const name = m[1] ?? "";
      const s = sentence.start + (m.index ?? 0) + m[0].length - name.length;
      book.rely(book.organisation(name, textSpan(body, s, s + name.length), "document"));
    }
    // Attribution frames.
    for (const hit of matchFrames(masked, sentence.start, sentence.end, lang, registry.smallLetterNames).flatMap((h) => withListedNames(masked, withRegisteredNextWord(masked, h, registry), lang, registry))) {
      if (credits.some((c) => overlaps(c, hit.span))) continue;
      // "The claim was never reported by Reuters": a report denied is no citation.
      if (negatedBefore(masked, sentence.start, hit.span.start, frames.language)) continue;
      // "Contrary to what X reported, …": a rebuttal names the outlet it corrects, it credits it with nothing.
      if (rebuttedBefore(masked, sentence.start, Math.min(hit.span.start, hit.name.start))) continue;
      // "Indonesian outlets then repeated the claim, citing X": the citing is the other outlets', whom the sentence is about.
      if (hit.rule.frame === "citing" && !hit.citing && opensWithReportingCollective(masked.slice(sentence.start, hit.span.start))) continue;
      // "The Harbour Courier, citing X, said …", "O Diario Y, citando o X, afirmou …": the citing is the subject's, as
      // with the collective above; what the article cites is the subject, where the subject is an outlet.
      const asideSubjects = hit.rule.frame === "citing" && !hit.citing ? citingAsideSubjects(masked.slice(sentence.start, hit.span.start), masked.slice(hit.name.end, sentence.end)) : undefined;
      if (asideSubjects) {
        for (const s of asideSubjects) {
          // The name may follow an article and an outlet word ("La agencia EFE", "L'agence Reuters"): each stretch from a
          // capital to the subject's end is tried, and the best-evidenced one (the longest of equals) is the outlet.
          let subject: CitedDecision | undefined;
          let at = 0;
          for (const w of masked.slice(sentence.start + s.start, sentence.start + s.end).matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)) {
            const from = sentence.start + s.start + (w.index ?? 0);
            const d = decideCited(masked.slice(from, sentence.start + s.end), { descriptor: false, at: from, allowUnknown: false }, cctx);
            if (d?.type === "outlet" && d.outlet && (!subject || d.confidence > subject.confidence)) [subject, at] = [d, from];
          }
          if (subject?.type !== "outlet" || !subject.outlet) continue;
          if (!isOwn(subject.name, subject.outlet.key) && !attributions.some((a) => a.sentence.start === sentence.start && a.outlet === subject.outlet?.key)) {
            attributions.push({ frame: "reported", span: textSpan(body, at, hit.name.end), sentence, outlet: subject.outlet.key, outletName: subject.outlet.name, confidence: subject.confidence, rule: `${hit.rule.id}.aside-subject/${subject.rule}` });
          }
          break;
        }
        continue;
      }
      // "die Studie “Chocolate Spring” veröffentlichte": a quoted title is what was published, never who published it;
      // only where the frame itself asks for a publication ("published in the journal called 'X'") is the title a name.
      if (!hit.rule.publication && namedTitles.some((t) => t.start <= hit.name.start && hit.name.end <= t.end)) continue;
      // "It quotes Jane Roe, an editor, as saying …": a quoting frame whose subject is the text described, no outlet.
      if (hit.rule.id === "en.quoted_self") {
        quotedBySelf(hit);
        continue;
      }
      const decision = decide(withRegisteredArticle(masked, hit, registry, frames));
      if (!decision || decision.type === "place" || decision.type === "generic") continue;
      if (decision.type !== "outlet" || !decision.outlet) {
        const nameSpan = textSpan(body, hit.name.start, hit.name.end);
        const entry = decision.type === "person" ? book.named(decision.name, nameSpan) : book.organisation(decision.name, nameSpan);
        if (hit.rule.frame !== "told" && hit.rule.frame !== "first_appeared_in") book.rely(entry);
        continue;
      }
      // "the Ohio Courier-Gazette Weekly noted": the name the frames read as an outlet's is no person's, though the
      // speakers read it as the verb's subject; that reading is taken back where these words are its only mention.
      for (const r of [...rels]) {
        const within = (m: Span): boolean => m.start >= hit.name.start && m.end <= hit.name.end;
        if (r.entry.type !== "named" || !within(r.who) || !r.entry.mentions.every(within) || !refersTo(r.entry.name, decision.name) || !refersTo(decision.name, r.entry.name)) continue;
        book.withdraw(r.entry);
        rels.splice(rels.indexOf(r), 1);
        relations.splice(relations.indexOf(r), 1);
      }
      const cited = decision.outlet;
      const rule = `${hit.rule.id}/${decision.rule}`;
      if (hit.rule.syndication && aboutThisArticle(masked.slice(sentence.start, hit.span.start), frames)) {
        if (!isOwn(hit.name.text, cited.key)) addSyndication({ outlet: cited.key, outletName: cited.name, evidence: textSpan(body, hit.span.start, hit.span.end), confidence: decision.confidence, rule });
        continue;
      }
      cctx.lastOutlet = { key: cited.key, name: cited.name, start: hit.name.start };
      // The speaker of a "told <outlet>" or a source relayed by the outlet reached this article through it.
      const inSentence = rels.filter((r) => !r.entry.via);
      if (isOwn(hit.name.text, cited.key)) continue;
      // "told Reuters" in a Reuters story that another outlet runs is Reuters's own interview, not a citation.
      if (hit.rule.frame === "told" && syndication.some((x) => x.outlet === cited.key)) continue;
      const interview = hit.rule.frame === "told";
      let citingSource: string | undefined;
      // "A quoted B as saying", "A reported, citing B": when B is itself an outlet, the article cites it too, second-hand.
      const citedRaw = hit.citing ? masked.slice(hit.citing.start, hit.citing.end) : "";
      // Only the name itself: "Dana Ruiz, a Quillon editor" is a person, whatever outlet her apposition names.
      const citedName = citedRaw.split(/,|\s[–—-]\s/u)[0] ?? "";
      const secondHand = hit.citing && /^\s*(?:the\s+)?\p{Lu}/u.test(citedName) ? decide(hit, citedName) : undefined;
      if (hit.citing && secondHand?.type === "outlet" && secondHand.outlet && isConfident(secondHand)) {
        if (secondHand.outlet.key !== ownKey && secondHand.outlet.key !== cited.key) {
          attributions.push({
            frame: "citing",
            span: textSpan(body, hit.span.start, hit.span.end),
            sentence,
            outlet: secondHand.outlet.key,
            outletName: secondHand.outlet.name,
            confidence: secondHand.confidence,
            rule: `${hit.rule.id}.second-hand/${secondHand.rule}`,
          });
        }
      } else if (hit.citing) {
        const raw = citedRaw;
        const person = citedPerson(raw, hit.citing.start, sctx);
        const p = person ? undefined : anonymousAtStart(body, hit.citing.start, hit.citing.end, frames) ?? phraseFromText(body, hit.citing.start, hit.citing.end, frames);
        // "ونقلت الصحيفة عن العقيد سالم الحمادي": a person after a title, where no capital marks a name.
        const titled = person || p ? undefined : titledName(hit.citing.start, hit.citing.end, sctx);
        const entry: SourceEntry | undefined = person
          ? book.named(person.name, textSpan(body, person.start, person.end), person.role)
          : titled
            ? titled.entry
            : p
            ? book.anonymous(p)
            : raw.trim()
              ? /^\s*\p{Lu}/u.test(raw) && !/["“”«»]/u.test(raw)
                ? quotedSurname(raw, hit.rule.frame)
                  ? book.named(cleanName(raw, frames), textSpan(body, hit.citing.start, hit.citing.end))
                  : book.organisation(cleanName(raw, frames), textSpan(body, hit.citing.start, hit.citing.end))
                : undefined
              : undefined;
        if (entry) {
          if (!entry.via) entry.via = cited.key;
          book.rely(entry);
          citingSource = entry.key;
          // "<outlet> quoted the sources as saying": the relayed source is the speaker of the adjacent quotation.
          if (hit.rule.frame === "quoted") relations.push({ entry, verb: hit.span, who: hit.citing, inverted: true, verbText: "quoted" });
        }
      }
      for (const r of inSentence) if (r.entry.key !== citingSource) r.entry.via = cited.key;
      let citedDate = hit.date;
      if (!citedDate) {
        const after = masked.slice(hit.span.end, Math.min(masked.length, hit.span.end + 160));
        const dm = new RegExp(`^[^\\n]{0,60}?(?:released|published|dated|issued|out)\\s+${frames.date}`, "u").exec(after);
        if (dm?.groups?.date) citedDate = dm.groups.date;
      }
      const citedHost = decision.rule === "domain" ? hostOfDomain(decision.name) : undefined;
      attributions.push({
        frame: hit.rule.frame,
        span: textSpan(body, hit.span.start, hit.span.end),
        sentence,
        outlet: cited.key,
        outletName: cited.name,
        ...(citedDate ? { citedDate } : {}),
        ...(citedHost ? { citedHost } : {}),
        ...(citingSource ? { citingSource } : {}),
        ...(interview ? { interview } : {}),
        confidence: decision.confidence,
        rule,
      });
    }
  }

  // A line that says where the text came from ("Source: Valley Post", "来源：http://…") cites it; an outlet's name over a
  // date as the last line ("Valley Post 03/04/2015") says whose story this is.
  for (const line of standaloneLines(body, article.paragraphs)) {
    // A paragraph that is only a news agency's name ("The Associated Press") is the agency's byline: its story.
    const agency = line.whole ? registry.byName(line.text.trim()) : undefined;
    if (agency?.kind === "agency" && outletKey(agency.name) !== ownKey) {
      const key = outletKey(agency.name);
      addSyndication({ outlet: key, outletName: agency.name, evidence: textSpan(body, line.start, line.end), confidence: 0.9, rule: "agency_byline/registry" });
      continue;
    }
    const m = SOURCE_LINE.exec(line.text);
    const stamp = m ? undefined : DATED_CREDIT.exec(line.text);
    const found = m ?? stamp;
    const raw = found?.groups?.name?.trim();
    if (!found || !raw) continue;
    const start = line.start + (found.index ?? 0) + found[0].indexOf(raw);
    const decision = decideCited(raw, { descriptor: false, publication: true, allowUnknown: Boolean(m), at: start }, cctx);
    if (decision?.type !== "outlet" || !decision.outlet || decision.outlet.key === ownKey) continue;
    const evidence = textSpan(body, line.start, line.end);
    if (stamp && line.last) {
      addSyndication({ outlet: decision.outlet.key, outletName: decision.outlet.name, evidence, confidence: decision.confidence, rule: `dated_credit/${decision.rule}` });
    } else if (m) {
      attributions.push({ frame: "source_line", span: evidence, sentence: evidence, outlet: decision.outlet.key, outletName: decision.outlet.name, confidence: decision.confidence, rule: `source_line/${decision.rule}` });
    }
  }

  for (const m of masked.matchAll(BRACKET_SOURCE)) {
    const raw = m.groups?.name ?? "";
    const start = (m.index ?? 0) + m[0].indexOf(raw);
    const decision = decideCited(raw, { descriptor: false, publication: true, allowUnknown: true, at: start }, cctx);
    if (decision?.type !== "outlet" || !decision.outlet || decision.outlet.key === ownKey) continue;
    if (attributions.some((a) => a.outlet === decision.outlet?.key && a.frame === "source_line")) continue;
    const evidence = textSpan(body, m.index ?? 0, (m.index ?? 0) + m[0].length);
    attributions.push({ frame: "source_line", span: evidence, sentence: evidence, outlet: decision.outlet.key, outletName: decision.outlet.name, confidence: decision.confidence, rule: `bracket_source/${decision.rule}` });
  }

  for (const m of masked.matchAll(BRACKET_CREDIT)) {
    const raw = m.groups?.name ?? "";
    const start = (m.index ?? 0) + 1;
    const decision = decideCited(raw, { descriptor: false, publication: true, allowUnknown: true, at: start }, cctx);
    if (decision?.type !== "outlet" || !decision.outlet || decision.outlet.key === ownKey) continue;
    const evidence = textSpan(body, m.index ?? 0, (m.index ?? 0) + m[0].length);
    attributions.push({ frame: "source_line", span: evidence, sentence: evidence, outlet: decision.outlet.key, outletName: decision.outlet.name, confidence: decision.confidence, rule: `bracket_credit/${decision.rule}` });
  }

  // The poster of an embedded post: a person where the display name reads as one ("Ines Calder"), else an organisation
  // ("Portvale Council"); never an outlet of the registry's, whose own account is no source of its words.
  const posterEntry = (at: Span): SourceEntry | undefined => {
    const name = body.slice(at.start, at.end).trim();
    if (registry.byName(name)) return undefined;
    return /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name) && !frames.organisationCues.some((c) => new RegExp(`(?<![\\p{L}])${c}(?![\\p{L}])`, "iu").test(name))
      ? book.named(name, textSpan(body, at.start, at.end))
      : book.organisation(name, textSpan(body, at.start, at.end));
  };

  // "Nortane Chemicals has issued a statement. It reads: “…”": the speaker of the sentence before, in the same paragraph.
  const issuerBefore = (sentenceStart: number, paraStart: number): SourceEntry | undefined =>
    relations.filter((r) => r.verb.end <= sentenceStart && r.verb.start >= paraStart).pop()?.entry;

  // Speakers of quotations: the speech verb right after the quote in its sentence, else the one before it; a quote that opens a paragraph with no attribution continues the previous speaker.
  const quotations: Quotation[] = [];
  let lastSpeaker: { entry: SourceEntry; paraEnd: number } | undefined;
  quotes.forEach((q, n) => {
    const para = article.paragraphs.find((p) => p.start <= q.span.start && q.span.start < p.end) ?? { start: 0, end: body.length };
    const endSentence = sentenceAt(sentences, q.span.end - 1);
    const startSentence = sentenceAt(sentences, q.span.start);
    const afterEnd = Math.min(endSentence ? Math.max(endSentence.end, q.span.end) : q.span.end, q.span.end + 220);
    // A block quotation's speaker is named in its lead-in ("… ha così commentato:"), the paragraph before.
    const beforeStart = q.leadIn ? q.leadIn.start : startSentence ? Math.min(startSentence.start, q.span.start) : q.span.start;
    const inside = q.parts.length > 1 ? relations.filter((r) => r.verb.start >= q.span.start && r.verb.end <= q.span.end) : [];
    // A verb before a colon introduces the quotation after it ("… is full." Gloria Sandoval said: "…"), never the one before.
    const after = relations.filter((r) => r.verb.start >= q.span.end && r.verb.start < afterEnd && (r.inverted || r.who.start >= q.span.end) && !/^\s*:/u.test(masked.slice(r.verb.end, r.verb.end + 4)));
    const before = relations.filter((r) => r.verb.end <= q.span.start && r.verb.start >= beforeStart);
    // Verb-final languages put the speaker before the quotation and the verb right after it ("대변인은 "…"라고 말했다").
    const around = relations.filter((r) => r.verb.start >= q.span.end && r.verb.start - q.span.end <= QUOTATIVE_GAP && r.who.end <= q.span.start && r.who.start >= beforeStart);
    const rel = inside[0] ?? after[0] ?? around[0] ?? before[before.length - 1];
    const words = quoteWords(body, q);
    // An embedded post's words are its poster's, named on its signature line (quotes.ts).
    let speaker = q.poster ? posterEntry(q.poster) : rel?.entry;
    if (!speaker && !rel && startSentence && statementLead(frames).test(body.slice(startSentence.start, q.span.start))) speaker = issuerBefore(startSentence.start, para.start);
    if (!speaker && lastSpeaker && q.span.start === para.start && lastSpeaker.paraEnd < q.span.start && q.span.start - lastSpeaker.paraEnd < 4) speaker = lastSpeaker.entry;
    let kind: QuotationKind = "quotation";
    if (isTitle(body, q, frames.titleCues)) kind = "title";
    else if (!speaker && words <= 4) kind = "scare";
    if (kind !== "quotation") speaker = undefined;
    // A paragraph after a colon printed without marks is someone's words only where the lead-in names who speaks.
    if (q.unmarked && !speaker) return;
    if (speaker) {
      book.rely(speaker);
      const qEndPara = article.paragraphs.find((p) => p.start <= q.span.end - 1 && q.span.end - 1 < p.end);
      lastSpeaker = { entry: speaker, paraEnd: qEndPara?.end ?? q.span.end };
    }
    quotations.push({
      id: `${slugify(meta.id)}#q${n + 1}`,
      kind,
      span: textSpan(body, q.span.start, q.span.end),
      parts: q.parts.map((p) => textSpan(body, p.start, p.end)),
      ...(speaker ? { speaker: speaker.key } : {}),
      ...(speaker && q.poster ? { speakerSpan: textSpan(body, q.poster.start, q.poster.end) } : speaker && rel ? { speakerSpan: textSpan(body, rel.who.start, rel.who.end) } : {}),
    });
  });

  // Keys can change while reading (a fuller name found later): re-point quotations at the final keys.
  const mentions = toMentions(book);
  // A subject read from a citing aside that a frame of its own also read ("X, citing Y, said") is one citation.
  const cites = attributions.filter((a) => !a.rule.includes(".aside-subject/") || !attributions.some((o) => o !== a && o.sentence.start === a.sentence.start && o.outlet === a.outlet));
  return { article: meta.id, language: frames.language, ...(meta.language === undefined ? { detectedLanguage: language } : {}), sentences, sentenceVerbs, people, quotations, sources: mentions, attributions: cites, syndication };
}
