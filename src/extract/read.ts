/** The reading stage for one article: quotations with their speakers, sources with coreference, attributions to outlets and syndication credits. Pure. */
import type { CleanArticle } from "../clean/types.ts";
import { createOutletRegistry, outletKey, ownOutletTest, type OutletRegistry } from "../core/outlets.ts";
import { blankSpans, textSpan, type Span, type TextSpan, contains } from "../core/spans.ts";
import { allMatches, escapeRegExp, phraseAlternation, slugify, titleCased } from "../core/text.ts";
import { isKnownGivenName } from "../core/nlp.ts";
import { isDeclinedOutletName, isRegisteredName, namedOutlets, outletEvidence, uninflected, type CitedContext } from "./cited.ts";
import { citeFrameHits } from "./frameCitations.ts";
import { detectLanguage, framesFor } from "./frames/index.ts";
import type { LanguageFrames } from "./frames/types.ts";
import { perLanguage } from "./frames/common.ts";
import { citeLines } from "./lineCitations.ts";
import { citeListedOutlets } from "./listedOutlets.ts";
import { compile, creditsSentenceBefore, saysOnlyWho, speechVerbSource, type CompiledLanguage } from "./names.ts";
import { withOriginalWords } from "./originalWords.ts";
import { pictureAgencyLines } from "./pictureAgencyCredits.ts";
import { findQuotes, quoteWords, type RawQuote } from "./quotes.ts";
import { addSyndication, type ArticleReadingState } from "./readingState.ts";
import { isPlace } from "./gazetteer.ts";
import { analyseSentences, sentenceAt } from "./sentences.ts";
import { spelledOutInitials } from "./spelledOutInitials.ts";
import { ANON_AFTER, ANON_CUE, anonymousAtEnd, anonymousAtStart, bareBodyAtStart, createSourceBook, isDefinite, organisationAtStart, toMentions, type SourceEntry } from "./sources.ts";
import { appositiveIntros, bodyReferredBack, genitiveStatementLeadIn, hearsayOfBody, isTitleWord, rolePersonAfter, speechRelations, statementOwnerAfter, type SpeakerContext, type SpeechRelation } from "./speakers/index.ts";
import { agencyBylineLabels, readAgencyLine, readBracketDateline, madeByLabels, readClosingEqualsCredit, readCreditLines, readDateline, readSignOff } from "./syndication.ts";
import type { ArticleReading, Quotation, QuotationKind } from "./types.ts";

/**
 * A quoted stretch that is only a name ("a site called “Quillon 7 News”", "da “Gazeta do Litoral”"): part of the
 * article's own sentence, not someone's words. A name's particles may stand between its words, in the languages that
 * write them ("do", "della", "von").
 */
const QUOTED_NAME = /^\s*(?:[Tt]he\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*)(?:\s+(?:of|for|and|de|the|do|da|dos|das|di|del|della|du|des|van|von|der)?\s*[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,4}\s*$/u;

/**
 * An outlet noun of the language right before a quotation mark ("صحيفة «", "le journal «"), or a word of citing after
 * which the language sets a title in marks (`quotedTitleLeads`: "بحسب «"): what the marks hold is a name.
 */
const outletNounBefore = perLanguage((frames) => {
  const prefixes = frames.attachedPrefixes?.length ? `(?:${frames.attachedPrefixes.map(escapeRegExp).join("|")}){0,3}` : "";
  const leads = [...frames.outletCues.map(escapeRegExp), ...(frames.quotedTitleLeads ?? [])];
  return new RegExp(`(?:^|[^\\p{L}])${prefixes}(?:${leads.join("|") || "(?!)"})\\s*["“„«‹']\\s*$`, "iu");
});
/** Most words of a quoted outlet name kept after an outlet noun. */
const QUOTED_OUTLET_WORDS = 4;

/** Most characters of a name a script without spaces writes in quotation marks (「北浜タイムズ」). */
const QUOTED_SUFFIX_NAME_CHARS = 20;

/**
 * True when a quoted stretch is one word of a script without spaces that ends like an outlet's name (`outletSuffixes`:
 * 「北浜タイムズ」が報じた, “海港日报”称): the marks set the name off, as Latin scripts set one off by its capitals.
 */
function quotedOutletOfSuffix(text: string, frames: LanguageFrames): boolean {
  const t = text.trim();
  return frames.unspaced === true && t.length <= QUOTED_SUFFIX_NAME_CHARS && !/[\s\p{P}]/u.test(t.replace(/[・&.'’-]/gu, "")) && (frames.outletSuffixes ?? []).some((x) => t.endsWith(x) && t.length > x.length);
}

/**
 * True when a short quoted stretch opens on a capital and holds one of the language's outlet words, in any case its
 * declension gives ("«Северной газеты»", "«Вечірньої газети»"): a title written in sentence case, as Russian and
 * Ukrainian write outlets' names, and no one's speech.
 */
function quotedOutletByWord(text: string, frames: LanguageFrames): boolean {
  const ws = text.trim().split(/\s+/u);
  if (ws.length < 2 || ws.length > QUOTED_OUTLET_WORDS || !/^\p{Lu}/u.test(ws[0] as string)) return false;
  return ws.slice(1).some((w) => [w, ...uninflected(w, frames.language)].some((f) => frames.outletCues.includes(f.toLowerCase())));
}

/**
 * True when a short quoted stretch opening on a capital stands right before an outlet noun of the language, in any case
 * its declension gives, with at most one word between and no punctuation but a hyphenated ending ("«Լճափի ձայն» օրաթերթի",
 * the daily Lchapi Dzayn's; "«Լճափի ձայն» լրատվական գործակալությունը"): a title in sentence case, as Armenian writes a name before
 * its noun, and no one's speech, which a comma or a verb follows.
 */
function quotedNameBeforeOutletNoun(text: string, after: string, frames: LanguageFrames): boolean {
  const ws = text.trim().split(/\s+/u);
  if (ws.length > QUOTED_OUTLET_WORDS || !/^\p{Lu}/u.test(ws[0] as string)) return false;
  const next = /^["”»“]?(?:-\p{Ll}{1,4})?\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after);
  const isNoun = (w: string | undefined) => w !== undefined && [w, ...uninflected(w, frames.language)].some((f) => frames.outletCues.includes(f));
  return next !== null && (isNoun(next[1]) || isNoun(next[2]));
}

/**
 * Blanks quoted words (keeping offsets) so frames and speakers are read only in the article's own voice; a quoted name stays
 * (a capitalised one, a registered outlet's in any script, or a short one right after an outlet noun: "صحيفة «الخليج»").
 */
function maskQuotes(body: string, quotes: readonly RawQuote[], registry: OutletRegistry, frames: LanguageFrames): string {
  const afterNoun = outletNounBefore(frames);
  const blanked: Span[] = [];
  for (const q of quotes) {
    for (const p of q.parts) {
      const text = body.slice(p.start, p.end);
      if (QUOTED_NAME.test(text) || isRegisteredName(text, registry) || isDeclinedOutletName(text, registry, frames.language) || quotedOutletOfSuffix(text, frames) || quotedOutletByWord(text, frames)) continue;
      if (text.trim().split(/\s+/u).length <= QUOTED_OUTLET_WORDS && afterNoun.test(body.slice(Math.max(0, q.span.start - 30), p.start))) continue;
      if (quotedNameBeforeOutletNoun(text, body.slice(p.end, p.end + 60), frames)) continue;
      blanked.push(p);
    }
  }
  return blankSpans(body, blanked);
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

/** Most words of a dash-set tag inside a quotation ("– recita il testo –", "— the mayor said on Monday —"). */
const INNER_TAG_WORDS = 6;
/** A dash-set stretch inside a quotation's words: a spaced dash or an en/em dash on each side, no sentence end between. */
const INNER_DASHED = /(?:\s[-–—]\s*|\s*[–—]\s*)(?<tag>[^–—\n.!?;:"“”«»„]{1,80}?)(?:\s*[-–—]\s|\s*[–—]\s*)/gu;
/** Per language: a speech verb or a text's "reads" verb (`textVerbs`) as a word. */
const tagVerb = perLanguage((frames) => {
  const text = frames.textVerbs?.length ? `|${phraseAlternation(frames.textVerbs)}` : "";
  return new RegExp(`(?<![\\p{L}])(?:${speechVerbSource(frames)}${text})(?![\\p{L}])`, "iu");
});

/**
 * Cuts a dash-set tag out of a quotation's words ("«Ieri il consiglio ha votato – recita il testo – e domani …»", "“We
 * will close the pier — the notice reads — until May”"): the tag is the article's words, set inside the marks, not the
 * quoted text's, so comparing two printings of the quotation never counts it as words added. A tag holds a speech verb
 * or a text's "reads" verb in a few words; a dashed aside without one ("– and I mean it –") is the speaker's.
 */
function cutInnerTags(body: string, quotes: readonly RawQuote[], frames: LanguageFrames): RawQuote[] {
  if (frames.unspaced) return [...quotes];
  const verb = tagVerb(frames);
  return quotes.map((q) => {
    const parts: Span[] = [];
    let cut = false;
    for (const part of q.parts) {
      let from = part.start;
      for (const m of body.slice(part.start, part.end).matchAll(INNER_DASHED)) {
        const at = part.start + (m.index ?? 0);
        const tag = m.groups?.tag ?? "";
        if (at <= from || at + m[0].length >= part.end || tag.trim().split(/\s+/u).length > INNER_TAG_WORDS || !verb.test(tag)) continue;
        parts.push({ start: from, end: at });
        from = at + m[0].length;
        cut = true;
      }
      parts.push({ start: from, end: part.end });
    }
    return cut ? { ...q, parts } : q;
  });
}

/** Most characters between a quotation's closing mark and a verb-final language's speech verb ("…"라고 말했다", "…»گفت"). */
const QUOTATIVE_GAP = 3;
/** Longest quotative particle, in characters, read after a quotation's closing mark. */
const QUOTATIVE_MARKER_SPAN = 8;
/** Per language: one of its `quotativeMarkers` right after a quotation's closing mark, ending the word where words are spaced; never matches without. */
const quotativeMarker = perLanguage((frames) => {
  const markers = [...(frames.quotativeMarkers ?? [])].sort((a, b) => b.length - a.length).join("|");
  return new RegExp(`^(?:${markers || "(?!)"})${frames.unspaced ? "" : "(?![\\p{L}\\p{N}])"}`, "u");
});


/** A quotation right after a title noun ("the study “X”", "die Studie „X“"): the quoted words are that work's title. */
function namesATitle(body: string, q: RawQuote, cues: readonly string[]): boolean {
  const before = body.slice(Math.max(0, q.span.start - 40), q.span.start).toLowerCase();
  const last = /([\p{L}-]+)\s*$/u.exec(before)?.[1];
  return last !== undefined && cues.includes(last);
}

/** Most words of a work's title in quotation marks after a verb of making it ("“The Swallows”"). */
const WORK_TITLE_WORDS = 6;

/**
 * "Ribera wrote “The Swallows” for his puppet show", "Ribera escribió “Las Golondrinas” para El Payaso": a short stretch
 * in marks that opens with a capital and holds no sentence's end, as the object of a verb of making a work
 * (`compositionVerbs`), with the sentence going on in small letters after it, is the work's title. A quotation after
 * such a verb ends its sentence or holds one ("wrote “We are sorry.”"), or follows a colon.
 */
function namesAWork(body: string, q: RawQuote, frames: LanguageFrames): boolean {
  const verb = /([\p{L}-]+)\s*$/u.exec(body.slice(Math.max(0, q.span.start - 40), q.span.start))?.[1]?.toLowerCase();
  if (!verb || !(frames.compositionVerbs ?? []).includes(verb)) return false;
  const inner = body.slice(q.span.start, q.span.end).replace(/^\P{L}+|\P{L}+$/gu, "");
  const words = inner.split(/\s+/u).filter(Boolean);
  return /^\p{Lu}/u.test(inner) && words.length <= WORK_TITLE_WORDS && !/[.!?…]/u.test(inner) && /^\s+\p{Ll}/u.test(body.slice(q.span.end, q.span.end + 20));
}

/**
 * "「駅の時計が止まった」というデマを投稿した": a quoted clause joined to a noun of hearsay (`rumourGist`) gives what the
 * rumour said, as the writer sums it up; with no one named as saying it, it is a label, no one's quotation.
 */
function givesRumourGist(body: string, q: RawQuote, frames: LanguageFrames): boolean {
  const gist = frames.rumourGist;
  if (!gist) return false;
  const after = body.slice(q.span.end, q.span.end + 24).trimStart();
  return gist.joiners.some((j) => after.startsWith(j) && gist.nouns.some((n) => after.slice(j.length).startsWith(n)));
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


/** "according to a leaked memo": a document source, only with a word that tells it apart; a bare "a report" names nothing. */
const DOCUMENT = /according\s+to\s+((?:a|an|the)\s+(?:[\p{L}-]+\s+){1,3}(?:document|documents|statement|memo|letter|filing|transcript|records|cable|email|report|study|survey|poll|analysis))(?![\p{L}])(?!\s+(?:by|of|from|in)\s+\p{Lu})/giu;


/**
 * A source noun (with what is written onto it) before the language's "according to" (`LanguageFrames.anonymousAccording`);
 * never matches without. `head` is the longest source noun the run ends with (the shortest prefix is tried first).
 */
const anonymousAccording = perLanguage((frames): RegExp => {
  // What may be written onto the noun: in Korean and Japanese a compound ("업계소식통", "政府関係者"); in a spaced script
  // nothing, the noun standing as a word of its own (Turkish "kaynaklara göre", Hindi "सूत्र ने").
  const cjk = "[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hangul}ー]";
  const spaced = !frames.particles && !frames.unspaced;
  const before = spaced ? "[\\p{L}\\p{M}]" : cjk;
  const onto = spaced ? "" : `${cjk}*?`;
  const heads = [...frames.anonymousHeads].sort((a, b) => b.length - a.length).map((h) => escapeRegExp(h)).join("|");
  return frames.anonymousAccording && heads ? new RegExp(`(?<!${before})(?<run>${onto}(?<head>${heads}))${frames.anonymousAccording}`, spaced ? "giu" : "gu") : /(?!)/gu;
});

/**
 * A body's noun, written with its case ending (or as the end of a compound: "terveysministeriön"), before the language's
 * "according to" (`anonymousAccording`), where the language reads so (`bodyAccording`); never matches without. `run` is
 * the noun without its ending ("terveysministeriö"), `head` the organisation word it ends in.
 */
const bodyAccording = perLanguage((frames): RegExp => {
  if (!frames.bodyAccording || !frames.anonymousAccording) return /(?!)/gu;
  // Unspaced: every organisation word counts (a kanji is a word), and a run of name characters is the noun.
  const cues = frames.unspaced ? [...frames.organisationCues, ...(frames.placeBodies ?? [])] : frames.organisationCues.filter((c) => !c.includes(" ") && c.length >= BODY_ACCORDING_NOUN);
  const heads = cues.sort((a, b) => b.length - a.length).map((h) => escapeRegExp(h)).join("|");
  if (!heads) return /(?!)/gu;
  return frames.unspaced
    ? new RegExp(`(?<!${UNSPACED_NAME_CHAR})(?<run>${UNSPACED_NAME_CHAR}*?(?<head>${heads}))${frames.anonymousAccording}`, "gu")
    : new RegExp(`(?<![\\p{L}\\p{M}])(?<run>\\p{L}*?(?<head>${heads}))${frames.anonymousAccording}`, "giu");
});

/** A character of a name in a script without spaces: kanji, katakana, the long vowel mark and the middle dot. */
const UNSPACED_NAME_CHAR = "[\\p{Script=Han}\\p{Script=Katakana}ー・]";

/** Shortest name ending in a place's body noun (`placeBodies`) read as that body: shorter ones are family names ("中村"). */
const PLACE_BODY_NAME = 3;

/** Written onto a body's noun in an unspaced script, these make it no one body: "当局" (the authorities), "各省" (each ministry). */
const COLLECTIVE_PREFIX = /^[当各諸]/u;

/** Written onto a body's noun, "同" (the same) refers to the body named before: "同省" is the ministry the article named. */
const ANAPHORIC_PREFIX = "同";

/**
 * The body a noun before an unspaced script's "according to" stands for ("県警によると", "北浜市によると"), or nothing:
 * not an outlet's name (an outlet word in it), no collective ("当局"), a place's body noun only alone or ending a long
 * enough name, and "同X" only the organisation ending in X the article named before.
 */
function unspacedBody(run: string, head: string, span: TextSpan, frames: LanguageFrames, book: ArticleReadingState["book"]): SourceEntry | undefined {
  if (COLLECTIVE_PREFIX.test(run) || ((frames.genericSources ?? []).includes(run) && !frames.organisationCues.includes(run))) return undefined;
  if ([...frames.outletCues, ...(frames.outletSuffixes ?? [])].some((c) => run.includes(c))) return undefined;
  if ((frames.placeBodies ?? []).includes(head) && run !== head && run.length < PLACE_BODY_NAME) return undefined;
  if (run.startsWith(ANAPHORIC_PREFIX)) {
    const noun = run.slice(ANAPHORIC_PREFIX.length);
    const named = book.entries().filter((e) => e.type === "organisation" && e.name.endsWith(noun) && e.name !== noun).pop();
    if (named) named.mentions.push(span);
    return named;
  }
  return bodyByNoun(run, span, book);
}

/** Shortest organisation word read before a postposed "according to": shorter ones ("oy") end too many words. */
const BODY_ACCORDING_NOUN = 4;

/**
 * The body a noun that names only its kind stands for: the article's latest organisation whose name ends in that noun
 * ("Sosiaali- ja terveysministeriö" for "ministeriö"), else the noun itself, as "the ministry said" names "ministry".
 */
function bodyByNoun(noun: string, span: TextSpan, book: ArticleReadingState["book"]): SourceEntry {
  const named = book.entries().filter((e) => e.type === "organisation" && e.name.toLowerCase() !== noun && e.name.toLowerCase().endsWith(noun)).pop();
  if (named) {
    named.mentions.push(span);
    return named;
  }
  return book.organisation(noun, span);
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
    // The outlet as the registry finds it by name: a case that names it otherwise ("Anadolu Ajansı") took its entry over,
    // and the short name must read as that entry, the key the case's own article has.
    const target = new Map(extra.map((a) => [a, registry.byName(a.outlet)]));
    out = extra.length === 0 ? registry : createOutletRegistry(registry.entries.map((e) => {
      const mine = extra.filter((a) => target.get(a) === e).map((a) => a.alias);
      return mine.length ? { ...e, aliases: [...e.aliases, ...mine] } : e;
    }));
    byLanguage.set(frames.language, out);
  }
  return out;
}

/** Characters before a possessive lead-in searched for the person it stands for: its paragraph and the one before. */
const POSSESSIVE_REACH = 400;

/**
 * One of the language's leads (a list of its frames: small letters, words apart by spaces) opening a text, then `tail`;
 * never matches where the language has none.
 */
function openingLead(leads: readonly string[] | undefined, tail: string): RegExp {
  return leads && leads.length > 0 ? new RegExp(`^\\s*(?:${phraseAlternation(leads)})${tail}`, "iu") : /(?!)/u;
}

/** A lead-in opening with a possessive and a statement's noun (`possessiveStatementLeads`: "His statement …:"). */
const possessiveStatementLead = perLanguage((frames) => openingLead(frames.possessiveStatementLeads, "(?![\\p{L}])"));

/** A lead-in opening with the language's "according to" (`accordingLeads`: "According to the fake news report:"). */
const accordingLead = perLanguage((frames) => openingLead(frames.accordingLeads, "(?![\\p{L}])"));

/** Most words of a possessive lead-in that opens the quotation's own sentence ("Her post on Instagram reads:"). */
const POSSESSIVE_LEAD_WORDS = 8;

/**
 * A possessive lead-in (`possessiveStatementLeads`) that is the whole of its sentence before a quotation and ends in a
 * colon: "Her post reads: "…"" gives the words to whom "her" stands for, as a lead-in paragraph does.
 */
function possessiveLeadInSentence(lead: string, possessiveLead: RegExp): boolean {
  return possessiveLead.test(lead) && /:\s*$/u.test(lead) && lead.trim().split(/\s+/u).length <= POSSESSIVE_LEAD_WORDS;
}

/** A statement's noun and the word before its owner opening a sentence (`statementOwnerLeads`: "The full statement by "). */
const statementOwnerLead = perLanguage((frames) => openingLead(frames.statementOwnerLeads, "\\s+"));

/** A statement lead ("It reads:", `statementLeads`) that is the whole sentence up to the quotation. */
const statementLead = perLanguage((frames) => openingLead(frames.statementLeads, "\\s*:?\\s*$"));

/**
 * A statement lead tagging the quotation before it, the rest of its sentence ('"…," the statement says.', `statementLeads`):
 * the statement's words, which are its issuer's.
 */
const statementTag = perLanguage((frames) => openingLead(frames.statementLeads, "\\s*[.!?]?\\s*$"));

/** A social-media handle within a cued phrase, before any clause punctuation ("a post on X by the account @AlertaNorte"): group 1 is the account's name. */
const CUED_HANDLE = /^[^,.;:!?"“”«»\n]{0,60}?(?<![\p{L}\p{N}])@(\p{L}[\p{L}\p{N}_]{1,30})(?![\p{L}\p{N}_])/u;

/** One capitalised word closing its phrase ("Vellin," "Vellin."), as a person's surname is written after a cue. */
const ONE_NAME_WORD = /^(\p{Lu}[\p{Ll}’'-]+)(?=\s*[,;:.]|\s*$)/u;

/**
 * "According to Vellin, …" where the article has already named Tomas Vellin: one capitalised word after a cue that is
 * the surname of a person the article named in full before — a source it knows, or a known given name written before
 * the same word ("a letter from spokesman Tomas Vellin") — is that person, not an outlet nor no one. A word the
 * registry knows as an outlet's name stays the outlet's ("according to Bloomberg").
 */
function knownPersonAfter(at: number, st: ArticleReadingState): SourceEntry | undefined {
  const word = ONE_NAME_WORD.exec(st.masked.slice(at, at + 60))?.[1];
  if (!word || st.registry.byName(word)) return undefined;
  const mention = textSpan(st.body, at, at + word.length);
  const known = st.book.findNamed(word);
  if (known?.type === "named" && /\s/u.test(known.name) && known.name.split(/\s+/u).at(-1) === word) return st.book.named(word, mention);
  const full = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}’'-]+)\\s+${escapeRegExp(word)}(?![\\p{L}])`, "u").exec(st.masked.slice(0, at));
  // A word that is also a place ("According to Jordan, …") may be the country's government, whoever shares its name.
  if (!full?.[1] || !isKnownGivenName(full[1]) || isPlace(word)) return undefined;
  st.book.named(`${full[1]} ${word}`, textSpan(st.body, full.index, full.index + full[0].length));
  return st.book.named(word, mention);
}

/**
 * The citation an embedded post's signature makes where its poster is an outlet of the registry (not the article's own):
 * "— Harbour Daily (@harbourdaily) 3 March 2026" under the post says the words were published by that outlet. A piece the
 * article shows (`published_in`), never a credit of the whole story as "Source: Harbour Daily" is (no syndication).
 * Once per outlet and signature.
 */
function citePosterOutlet(poster: Span, st: ArticleReadingState): void {
  const name = st.body.slice(poster.start, poster.end).trim();
  const entry = st.registry.byName(name);
  if (!entry || st.isOwn(name, outletKey(entry.name))) return;
  const key = outletKey(entry.name);
  if (st.attributions.some((a) => a.outlet === key && a.span.start === poster.start)) return;
  const lineEnd = st.body.indexOf("\n", poster.end);
  const evidence = textSpan(st.body, poster.start, lineEnd < 0 ? st.body.length : lineEnd);
  st.attributions.push({ frame: "published_in", span: evidence, sentence: evidence, outlet: key, outletName: entry.name, confidence: 0.9, rule: "post_signature/registry" });
}

/**
 * The sources of one sentence that no speech verb names: anonymous sources and documents after "according to", "citing",
 * "taken from" (a person with a role there is relied on), a source noun with the language's "according to" ("업계
 * 소식통에 따르면"), the unnamed subject of a verb of reporting ("Local media reported"). `rels` are the sentence's speech
 * relations: a source "from" someone else is reached through the speaker.
 */
function unnamedSources(sentence: TextSpan, rels: readonly SpeechRelation[], st: ArticleReadingState): void {
  const { body, masked, frames, lang, book, sctx } = st;
  // Anonymous sources and documents after "according to", "citing", "taken from".
  const stext = masked.slice(sentence.start, sentence.end);
  const cued = ANON_CUE.test(stext);
  for (let i = 0; cued && i < stext.length; i++) {
    if (!/\s/.test(stext[i - 1] ?? " ") || !ANON_AFTER.test(stext.slice(Math.max(0, i - 30), i))) continue;
    // "according to a viral post on X by the account @AlertaNorte", "selon une publication sur X du compte @AlertaNorte":
    // the handle in the phrase is the account relied on, whatever platform the phrase names; the platform is no source.
    const handle = CUED_HANDLE.exec(stext.slice(i));
    if (handle?.[1]) {
      const at = sentence.start + i + handle[0].length - handle[1].length;
      book.rely(book.named(handle[1], textSpan(body, at, at + handle[1].length)));
      continue;
    }
    const person = rolePersonAfter(sentence.start + i, sentence.end, sctx) ?? knownPersonAfter(sentence.start + i, st);
    if (person) {
      book.rely(person);
      continue;
    }
    // A cue that opens the sentence has its clause after the source ("Według źródeł w ministerstwie lotnisko …").
    const opens = /^\s*(?:\p{L}+\s+)?$/u.test(stext.slice(0, ANON_AFTER.exec(stext.slice(0, i))?.index ?? i));
    const p = anonymousAtStart(body, sentence.start + i, sentence.end, frames, opens);
    if (!p) {
      const named = organisationAtStart(body, sentence.start + i, sentence.end, frames);
      // Named without its article, as "the port authority said" names "port authority"; "according to the group" is
      // the body the article named with that noun before (bodyReferredBack), as "the group said" is.
      const noun = named?.text.replace(/^\S+\s+/u, "");
      if (named && noun) book.rely(book.organisation(bodyReferredBack(noun, named.start, sctx) ?? noun, named));
      const bare = named ? undefined : bareBodyAtStart(body, sentence.start + i, sentence.end, frames, opens);
      // "að sögn lögreglunnar": the body is named in the case its noun has as a subject ("lögreglan").
      if (bare) book.rely(book.organisation(bare.text.replace(/\S+$/u, (w) => frames.bareBodyCases?.[w] ?? w), bare));
      continue;
    }
    // "According to Business Insider": a source noun that ends a registered outlet's name ("insider") is part of that
    // name, which the frames cite; it is no unnamed source beside the outlet.
    if (st.registry.byName(p.text.trim())) continue;
    const e = book.anonymous(p);
    const chain = /from\s+$/.test(stext.slice(Math.max(0, i - 8), i)) ? rels[rels.length - 1]?.entry : undefined;
    if (chain && chain !== e && !e.via) e.via = chain.key;
    book.rely(e);
  }
  // Each pattern below is read with allMatches, not matchAll, which copies (and compiles anew) a language's long pattern
  // for every sentence; none of them is used anywhere else, so none has a lastIndex left behind.
  // "업계 소식통에 따르면", "関係者によると": a source noun with the language's "according to".
  for (const m of allMatches(anonymousAccording(frames), stext)) {
    // A case ending the pattern reads after the noun ("kaynak|lara göre") is part of the phrase as written.
    const run = (m.groups?.run ?? "") + (m.groups?.tail ?? "");
    const head = m.groups?.head ?? "";
    // "Poliisin mukaan": a noun for a body's member and the body alike ("poliisi") is the body there (bodyAccording below).
    if (frames.bodyAccording && frames.organisationCues.includes(head.toLowerCase())) continue;
    const s = sentence.start + (m.index ?? 0);
    book.rely(book.anonymous({ start: s, end: s + run.length, text: body.slice(s, s + run.length), head, modifiers: [], definite: false, plural: false }));
  }
  // "Ministeriön mukaan", "Yhtiön mukaan": a body's noun with the language's postposed "according to" (`bodyAccording`).
  for (const m of allMatches(bodyAccording(frames), stext)) {
    const run = m.groups?.run ?? "";
    const s = sentence.start + (m.index ?? 0);
    const span = textSpan(body, s, s + run.length);
    const entry = frames.unspaced ? unspacedBody(run, m.groups?.head ?? "", span, frames, book) : bodyByNoun(run.toLowerCase(), span, book);
    if (entry) book.rely(entry);
  }
  // "Local media reported", "Officials have claimed": an unnamed subject of a verb of reporting, which no speech verb
  // list holds (outlets report too, and a named subject of "reported" is left to the frames).
  for (const m of allMatches(lang.reportVerb, stext)) {
    // "Reports of an alleged ruling": after an article the verb's form is an adjective (`nounArticles`), with no subject.
    const wordBefore = /(\p{L}+)\s*$/u.exec(stext.slice(0, m.index))?.[1]?.toLowerCase();
    if (wordBefore && frames.nounArticles?.includes(wordBefore)) continue;
    // The auxiliaries and adverbs before the verb are no part of the subject ("News outlets have recently reported").
    const end = sentence.start + stext.slice(0, m.index).replace(lang.beforeVerbWord, "").trimEnd().length;
    const p = anonymousAtEnd(body, sentence.start, end, frames);
    if (p && p.end === end) book.rely(book.anonymous(p));
  }
  // "A study by the Institute of Soil and Water shows", "Forscher des Instituts für Boden und Wasser haben festgestellt":
  // the body that made the study is a source of what it found, where its name says it is a body and no outlet's.
  for (const m of allMatches(lang.studyAuthor, stext)) {
    // "Germany's Institute of …": the place a possessive puts before the name is not part of it.
    const name = (m.groups?.name ?? "").replace(/^\p{Lu}[\p{L}.-]*['’]s\s+/u, "");
    if (!isBodyName(name, frames) || st.registry.byName(name)) continue;
    const s = sentence.start + (m.index ?? 0) + m[0].length - name.length;
    book.rely(book.organisation(name, textSpan(body, s, s + name.length)));
  }
  for (const m of allMatches(DOCUMENT, stext)) {
    const name = m[1] ?? "";
    const s = sentence.start + (m.index ?? 0) + m[0].length - name.length;
    book.rely(book.organisation(name, textSpan(body, s, s + name.length), "document"));
  }
}

/** Shortest organisation word whose declined forms are read as it. */
const INFLECTED_CUE_LENGTH = 5;

/** True when a name of two words at least holds one of the organisation words of its language or of English, in which bodies are often named ("Institute of Soil and Water"). */
function isBodyName(name: string, frames: LanguageFrames): boolean {
  const words = name.toLowerCase().split(/[^\p{L}]+/u);
  // A declined form counts ("des Instituts"), for words long enough that an ending cannot make another word of them.
  const holds = (cue: string) => words.some((w) => w === cue || (cue.length >= INFLECTED_CUE_LENGTH && w.startsWith(cue) && w.length - cue.length <= 2));
  return words.length >= 2 && [frames, framesFor("en")].some((f) => f.organisationCues.some((c) => !c.includes(" ") && holds(c)));
}

/** Per compiled language: a speech verb right after a quotation's closing mark and comma or dash, with words after it. */
const ownTags = new WeakMap<CompiledLanguage, RegExp>();

/**
 * True when the words after a quotation, to its sentence's end, are its own speech tag with a subject written after the
 * verb ("», señala una parte del poema.", "», reads the leaflet."): the tag says who or what speaks, so where it names no
 * source the quotation is no one's, never the previous paragraph's speaker carried on.
 */
function taggedWithOwnSubject(after: string, lang: CompiledLanguage): boolean {
  let re = ownTags.get(lang);
  if (!re) ownTags.set(lang, (re = new RegExp(`^[\\s\\p{P}]*(?:${lang.speechVerb.source})\\s+(\\p{L}+)`, "iu")));
  const next = re.exec(after)?.[1];
  // The subject opens on an article or a capital ("señala una parte", "dijo El Heraldo"); "dijo a la prensa" (whom was
  // told) and "añadió." write none, and there the speaker may be the one carried on.
  return next !== undefined && (/^\p{Lu}/u.test(next) || lang.frames.determiners.includes(next));
}

/** Per compiled language, its speech verbs as one case-insensitive test (no g flag: no state between articles). */
const introducingVerbs = new WeakMap<CompiledLanguage, RegExp>();
function introducingVerb(lang: CompiledLanguage): RegExp {
  let re = introducingVerbs.get(lang);
  if (!re) introducingVerbs.set(lang, (re = new RegExp(lang.speechVerb.source, "iu")));
  return re;
}

/**
 * Reads one cleaned article: pure, deterministic, offsets into `article.body`. A language that reads its texts through a
 * fold (`matchingFold`: Traditional Chinese as Simplified) reads the folded body, title and credit lines, which keep every
 * offset, and its reading is given the article's own words back (`withOriginalWords`): evidence quotes the text as written.
 */
export function readArticle(article: CleanArticle, caseRegistry: OutletRegistry): ArticleReading {
  const language = article.meta.language ?? detectLanguage(article.body);
  const fold = framesFor(language).matchingFold;
  if (!fold) return readBody(article, caseRegistry, language);
  const body = { original: article.body, folded: fold(article.body) };
  const title = article.meta.title;
  const outside = [...(title ? [title] : []), ...article.creditLines].map((original) => ({ original, folded: fold(original) }));
  // Most texts in the language are written in the fold's own script already: nothing to give back.
  if (body.folded === body.original && outside.every((o) => o.folded === o.original)) return readBody(article, caseRegistry, language);
  const folded: CleanArticle = { ...article, body: body.folded, creditLines: article.creditLines.map(fold), meta: { ...article.meta, ...(title ? { title: fold(title) } : {}) } };
  return withOriginalWords(readBody(folded, caseRegistry, language), body, outside, caseRegistry);
}

/** Most characters of a speech verb and the space after it: enough of a text to test its opening word. */
const SPEECH_VERB_REACH = 40;

/** Whether `text` opens with a match of the (global) `pattern`. */
function startsWithMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const m = pattern.exec(text.slice(0, SPEECH_VERB_REACH));
  return m?.index === 0;
}

/** Reads one cleaned article in `language` (given, or detected from the body by `readArticle`). */
function readBody(article: CleanArticle, caseRegistry: OutletRegistry, language: string): ArticleReading {
  const { body, meta } = article;
  const frames = framesFor(language);
  const registry = withLocalAliases(caseRegistry, frames);
  const lang = compile(frames);
  const ownKey = outletKey(registry.byName(meta.outlet ?? "")?.name ?? meta.outlet ?? "");
  const isOwn = ownOutletTest(ownKey, meta.outlet);
  const { sentences, verbs: sentenceVerbs, people } = analyseSentences(body, article.paragraphs, frames.language);
  const credits = [...photoCreditSpans(body, lang.photoCredit), ...pictureAgencyLines(body, registry)];
  const introduces = introducingVerb(lang);
  const possessiveLead = possessiveStatementLead(frames);
  const according = accordingLead(frames);
  const rawQuotes = findQuotes(
    body,
    article.paragraphs,
    (leadIn) => introduces.test(leadIn) || possessiveLead.test(leadIn) || according.test(leadIn) || genitiveStatementLeadIn(leadIn, frames),
    (text) => startsWithMatch(lang.speechVerb, text),
  );
  let masked = maskQuotes(body, rawQuotes, registry, frames);
  const quotes = cutInnerTags(body, mergeBroken(body, masked, rawQuotes, lang.speechVerb), frames);
  masked = maskQuotes(body, quotes, registry, frames);
  const namedTitles = quotes.filter((q) => namesATitle(body, q, frames.titleCues) || namesAWork(body, q, frames)).map((q) => q.span);

  const book = createSourceBook(meta.id, frames, spelledOutInitials(body));
  const articleOutlets = outletEvidence(masked, frames);
  const sctx: SpeakerContext = { body, masked, lang, registry, book, articleOutlets };
  // The title is read before the body: an outlet it names is one a later "the newspaper" may stand for.
  const title = meta.title?.trim() ?? "";
  // A title in Title Case capitalises every word: there an outlet noun in a capitalised run names nothing.
  const titleNamed = title && !body.trimStart().startsWith(title) ? namedOutlets(title, frames, registry, articleOutlets, !titleCased(title)).map((n) => ({ ...n, start: -1 })) : [];
  const cctx: CitedContext = { registry, frames, book, articleOutlets, text: masked, named: [...titleNamed, ...namedOutlets(masked, frames, registry, articleOutlets)], ownKey };
  const st: ArticleReadingState = { body, masked, frames, lang, registry, ownKey, isOwn, book, sctx, cctx, photoCredits: credits, namedTitles, relations: [], attributions: [], syndication: [...readCreditLines([...article.creditLines, ...madeByLabels(article.removed, frames)], frames, registry, isOwn), ...agencyBylineLabels(article.removed, registry, isOwn)] };
  const { relations, attributions, syndication } = st;
  for (const credit of readDateline(body, frames, registry, isOwn)) addSyndication(st, credit);
  addSyndication(st, readBracketDateline(body, frames, registry, isOwn));
  addSyndication(st, readClosingEqualsCredit(body, frames, registry, isOwn));
  readAgencyLine(body, registry, isOwn).forEach((credit) => addSyndication(st, credit));
  addSyndication(st, readSignOff(body, frames.language, frames, registry, isOwn));

  sentences.forEach((sentence, k) => {
    appositiveIntros(sentence, sctx);
    const rels = speechRelations(sentence, sctx);
    relations.push(...rels);
    unnamedSources(sentence, rels, st);
    if (rels.length === 0) hearsayOfBody(sentence, sentences[k - 1], sctx);
    citeFrameHits(sentence, rels, st);
  });

  citeLines(st, article.paragraphs);
  citeListedOutlets(st);

  // The poster of an embedded post: a person where the display name reads as one ("Ines Calder"), else an organisation
  // ("Portvale Council"); never an outlet of the registry's, whose own account is no source of its words.
  const posterEntry = (at: Span, name = body.slice(at.start, at.end).trim()): SourceEntry | undefined => {
    if (registry.byName(name)) return undefined;
    // A display name opening on an article ("Le Canard Gris", "The Harbour Owl") names a title or a body, never a person.
    return /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name) && !isDefinite(name.split(/\s+/u)[0] as string, frames.language) && !frames.organisationCues.some((c) => new RegExp(`(?<![\\p{L}])${c}(?![\\p{L}])`, "iu").test(name))
      ? book.named(name, textSpan(body, at.start, at.end))
      : book.organisation(name, textSpan(body, at.start, at.end));
  };

  // The speaker of a transcript's turn: the label in capitals written as a name ("INGRID SJÖHOLM" is Ingrid Sjöholm), only
  // where it reads as a person's; a label such as "BBC PRESENTER" names no one.
  const turnSpeaker = (at: Span): SourceEntry | undefined => {
    const label = body.slice(at.start, at.end);
    // A label in capitals is a name written so; one in ordinary case is kept as written ("McKenna").
    const name = /\p{Ll}/u.test(label) ? label : label.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    const words = name.split(/\s+/u);
    if (isPlace(name) || words.some((w) => isTitleWord(w, frames) || isTitleWord(w, framesFor("en")) || registry.byName(w))) return undefined;
    const entry = posterEntry(at, name);
    return entry?.type === "named" ? entry : undefined;
  };

  // "… Pope Leon has made the decision. His statement was released this evening:" / "“…”": the person the article named
  // last before the lead-in, among the names compromise tags as people, within the lead-in's paragraph or the one before.
  const personNamedBefore = (at: number): SourceEntry | undefined => {
    const from = Math.max(0, at - POSSESSIVE_REACH);
    const window = body.slice(from, at);
    let best: { name: string; start: number } | undefined;
    for (const name of people ?? []) {
      const i = window.lastIndexOf(name);
      if (i >= 0 && (!best || i > best.start)) best = { name, start: i };
    }
    return best ? book.named(best.name, textSpan(body, from + best.start, from + best.start + best.name.length)) : undefined;
  };

  // '"…". Lo ha scritto su X il consigliere Bruno Ferraris.', '"…" That is what the mayor said.': a quotation that ends
  // its sentence, and a sentence after it in the paragraph that only says who said the words before it
  // (`attributionOpeners`), whose speech verb names the quotation's speaker. The sentence splitter ends a sentence after
  // a quotation's closing mark and full stop, so this speaker is no verb of the quotation's own sentence.
  // A sentence that is only a speaker and a speech verb with nothing said ('"…." The spokesman said.', '"…." said Ana
  // Ruiz.') says only who said them too: a verb with no words of its own reports the words before it.
  const whoSaidItNext = (quote: Span, own: Span | undefined, para: Span): SpeechRelation | undefined => {
    if (!own || !/^[\s\p{P}]*$/u.test(body.slice(quote.end, own.end))) return undefined;
    const next = sentences.find((s) => s.start >= own.end && s.start < para.end);
    if (!next) return undefined;
    const inNext = relations.filter((r) => contains(next, r.verb));
    if (saysOnlyWho(body.slice(next.start, next.end), frames)) return inNext[0];
    // '"…." The complete statement by Senator X can be read here.': the statement's owner, named after its noun.
    const ownerLead = statementOwnerLead(frames).exec(masked.slice(next.start, next.end));
    const owner = ownerLead ? statementOwnerAfter(next.start + ownerLead[0].length, next.end, sctx) : undefined;
    if (ownerLead && owner) return { entry: owner.entry, verb: { start: next.start, end: next.start + ownerLead[0].length }, who: owner.span, inverted: true, verbText: ownerLead[0].trim().toLowerCase() };
    const bare = (r: SpeechRelation): boolean =>
      /^[\s\p{P}]*$/u.test(masked.slice(next.start, Math.min(r.who.start, r.verb.start))) && /^[\s\p{P}]*$/u.test(masked.slice(Math.max(r.who.end, r.verb.end), next.end));
    return inNext.length === 1 && inNext[0] && bare(inNext[0]) ? inNext[0] : undefined;
  };

  // "Nortane Chemicals has issued a statement. It reads: “…”": the speaker of the sentence before, in the same paragraph.
  const issuerBefore = (sentenceStart: number, paraStart: number): SourceEntry | undefined =>
    relations.filter((r) => r.verb.end <= sentenceStart && r.verb.start >= paraStart).pop()?.entry;
  // Who the text said issued a statement last before `at` ("The port authority released a media statement …"), in any paragraph.
  const issuing = new Set((frames.statementIssuedVerbs ?? []).map((v) => v.toLowerCase()));
  const statementIssuer = (at: number): SourceEntry | undefined => relations.filter((r) => r.verb.end <= at && issuing.has(r.verbText.replace(/\s+/gu, " "))).pop()?.entry;

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
    const inside = q.parts.length > 1 ? relations.filter((r) => contains(q.span, r.verb)) : [];
    // A verb before a colon introduces the quotation after it ("… is full." Gloria Sandoval said: "…"), never the one before.
    const after = relations.filter((r) => r.verb.start >= q.span.end && r.verb.start < afterEnd && (r.inverted || r.who.start >= q.span.end) && !/^\s*:/u.test(masked.slice(r.verb.end, r.verb.end + 4)));
    const before = relations.filter((r) => r.verb.end <= q.span.start && r.verb.start >= beforeStart);
    // Verb-final languages put the speaker before the quotation and the verb right after it ("대변인은 "…"라고 말했다").
    const quotative = quotativeMarker(frames).test(body.slice(q.span.end, q.span.end + QUOTATIVE_MARKER_SPAN));
    const around = relations.filter((r) => r.verb.start >= q.span.end && (quotative || r.verb.start - q.span.end <= QUOTATIVE_GAP) && r.who.end <= q.span.start && r.who.start >= beforeStart);
    const rel = inside[0] ?? after[0] ?? around[0] ?? before[before.length - 1] ?? whoSaidItNext(q.span, endSentence, para);
    const words = quoteWords(body, q);
    // An embedded post's words are its poster's, named on its signature line (quotes.ts).
    // Words signed by who posted them or labelled with who spoke them in a transcript are theirs, whatever verb is near.
    const signed = q.poster ?? q.turn;
    // A label that names no one ("BBC PRESENTER: "…"") leaves a quotation in marks to the verbs around it.
    let speaker = q.poster ? posterEntry(q.poster) : q.turn ? (turnSpeaker(q.turn) ?? (q.unmarked ? undefined : rel?.entry)) : rel?.entry;
    if (!speaker && !rel && startSentence && statementLead(frames).test(body.slice(startSentence.start, q.span.start))) speaker = issuerBefore(startSentence.start, para.start);
    // '"…," the statement says.': the statement's issuer, where the text said before who issued one.
    if (!speaker && !rel && endSentence && statementTag(frames).test(masked.slice(q.span.end, Math.max(endSentence.end, q.span.end)))) speaker = statementIssuer(q.span.start);
    if (!speaker && !rel && q.leadIn && possessiveLead.test(body.slice(q.leadIn.start, q.leadIn.end))) speaker = personNamedBefore(q.leadIn.start);
    // The same lead-in inside the quotation's own sentence ("X has posted on Instagram. Her post reads: "…"").
    if (!speaker && !rel && startSentence && possessiveLeadInSentence(body.slice(startSentence.start, q.span.start), possessiveLead)) speaker = personNamedBefore(startSentence.start);
    // Unless its own tag writes a subject that is no source ("«…», señala una parte del poema."): then no one is named.
    const ownTag = !rel && endSentence ? taggedWithOwnSubject(masked.slice(q.span.end, endSentence.end), lang) : false;
    if (!speaker && !ownTag && lastSpeaker && q.span.start === para.start && lastSpeaker.paraEnd < q.span.start && q.span.start - lastSpeaker.paraEnd < 4) speaker = lastSpeaker.entry;
    // A few words in guillemets between an inverted verb and its speaker are whom the speaker told ("заявил изданию
    // «Коммерсантъ» Игорь Лапин"), no one's words.
    if (words <= QUOTED_OUTLET_WORDS && rel?.inverted && rel.verb.end <= q.span.start && q.span.end <= rel.who.start) speaker = undefined;
    let kind: QuotationKind = "quotation";
    // Words right after a speech phrase that ends in its own word ("dismissed the report as “…”") are what the speaker
    // called it, never a title, whatever noun the phrase's words hold; after a one-word verb ("wrote “The Swallows”")
    // a title may stand.
    const spokenRightBefore = rel !== undefined && rel.verb.end <= q.span.start && /^\s*$/u.test(body.slice(rel.verb.end, q.span.start)) && /\s/u.test(body.slice(rel.verb.start, rel.verb.end).trim());
    if (!spokenRightBefore && (isTitle(body, q, frames.titleCues) || namesAWork(body, q, frames))) kind = "title";
    else if (!speaker && (words <= 4 || givesRumourGist(body, q, frames))) kind = "scare";
    if (kind !== "quotation") speaker = undefined;
    // A post its signature says an outlet of the registry posted ("— Harbour Daily (@harbourdaily) …") is that outlet's:
    // the article cites it (the outlet's own account is no source of its words, posterEntry).
    if (q.poster) citePosterOutlet(q.poster, st);
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
      ...(speaker && signed ? { speakerSpan: textSpan(body, signed.start, signed.end) } : speaker && rel ? { speakerSpan: textSpan(body, rel.who.start, rel.who.end) } : {}),
    });
  });

  // Keys can change while reading (a fuller name found later): re-point quotations at the final keys.
  const mentions = toMentions(book);
  // A subject read from a citing aside that a frame of its own also read ("X, citing Y, said") is one citation.
  const cites = attributions
    .filter((a) => !a.rule.includes(".aside-subject/") || !attributions.some((o) => o !== a && o.sentence.start === a.sentence.start && o.outlet === a.outlet))
    .map((a) => {
      // "… raises IQ by 12 points. That is what X reports." / "Det rapporterar X.": the credit is for the sentence before.
      if (!creditsSentenceBefore(body, a.sentence, a.span, frames)) return a;
      const k = sentences.findIndex((s) => s.start === a.sentence.start);
      const before = k > 0 ? sentences[k - 1] : undefined;
      return before ? { ...a, sentence: before } : a;
    });
  return { article: meta.id, language: frames.language, ...(meta.language === undefined ? { detectedLanguage: language } : {}), sentences, sentenceVerbs, people, quotations, sources: mentions, attributions: cites, syndication };
}
