/**
 * Citations read from the attribution frames of a sentence (attributions.ts finds the hits): each hit becomes a citation
 * of an outlet, a source the article relies on, a syndication credit, or nothing where its words deny, rebut or name a title.
 */
import { issuerOfForgedDocument } from "./forgedIssuer.ts";
import { isReporterSignOff } from "./reporterSignOff.ts";
import { insideRumour } from "./rumourClause.ts";
import type { OutletRegistry } from "../core/outlets.ts";
import { contains, overlaps, textSpan, type Span, type TextSpan } from "../core/spans.ts";
import { matchFrames, type FrameHit } from "./attributions.ts";
import { namedAsBrandMark } from "./brandMarks.ts";
import { conditionalBefore, negationBefore } from "./negation.ts";
import { decideCited, isConfident, isRegisteredName, uninflected, type CitedDecision } from "./cited.ts";
import { closedByOthers, conjuncts, listedAfter, listedBefore } from "./coordination.ts";
import type { LanguageFrames } from "./frames/types.ts";
import { isPlace } from "./gazetteer.ts";
import { capitalisedForItsPlace, cleanName, refersTo, type CompiledLanguage } from "./names.ts";
import { addSyndication, type ArticleReadingState } from "./readingState.ts";
import { anonymousAtStart, citingAsideSubjects, opensWithReportingCollective, phraseFromText, type SourceEntry } from "./sources.ts";
import { isRoleNoun, isTitleWord, nameEndsNounDescription, nameEntry, objectOfRolesParticiple, roleOf, rolePersonAfter, titledName, type SpeakerContext, type SpeechRelation } from "./speakers/index.ts";
import { tiesPersonToBody } from "./speakers/subjectReaders.ts";
import { HONORIFIC, NAME_MARK_CLOSING, NAME_MARK_OPENING } from "./frames/common.ts";

/** Most words of a person's full name (given name, patronymic, surname). */
const PERSON_NAME_WORDS = 3;

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
 * legge su Repubblica"). Only where the registry, or for a fused article the article's own outlet evidence, knows the
 * whole name so: a bare word never becomes an outlet here.
 */
function withRegisteredArticle(masked: string, hit: FrameHit, registry: OutletRegistry, frames: LanguageFrames, articleOutlets?: ReadonlySet<string>): FrameHit {
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
  // Or where the article itself names the outlet with that article ("le site satirique Le Moqueur" … "un tweet du
  // Moqueur"): one outlet, under the name the article gives it.
  const known = candidates.map((a) => `${a} ${hit.name.text}`).find((n) => registry.byName(n) || articleOutlets?.has(n.toLowerCase()));
  // The span stays the words the text wrote; the name decided is the registry's.
  return known ? { ...hit, name: { ...hit.name, text: known } } : hit;
}

/**
 * The hit with the word after its name, where the registry knows the longer name, with the frame's outlet noun or without:
 * a name pattern that leaves out a trailing adjective ("وكالة الصحافة الفرنسية", whose nisba الفرنسية it stops before) cut
 * a registered name short. Only a name the registry knows so is widened.
 */
function withRegisteredNextWord(masked: string, hit: FrameHit, registry: OutletRegistry, language: string): FrameHit {
  if (hit.descriptor) return hit;
  const next = /^\s+([^\s\p{P}]+)/u.exec(masked.slice(hit.name.end, hit.name.end + 40));
  if (!next?.[1]) return hit;
  const longer = `${hit.name.text.replace(/^["«“„]|["»”]$/gu, "")} ${next[1]}`;
  // Where the language declines the name, the longer name in another case ("podle České televize", whose noun in small
  // letters ended the name): the registry's own name, by the nominatives of its words (cited.ts uninflected).
  const declined = () => uninflected(longer, language).map((n) => registry.byName(n)?.name).find((n) => n !== undefined);
  const known = [longer, ...(hit.cue ? [`${hit.cue} ${longer}`] : [])].find((n) => registry.byName(n)) ?? declined();
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
  // The comma closing the appositive may end the span ("quoted the senior author, Dr. Mara Lind, as saying").
  const after = /^(?<role>(?:the|a|an|its|their|his|her)\s[^,]{2,80}),\s*(?<name>[^,]+?)\s*,?$/iu.exec(raw.trim());
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

/** "<outlet> quoted Okafor as saying": one capitalised word an outlet quotes as saying something is a person's surname
 * (a person the article named stays that person), unless it is a place, initials or a body's name. */
function quotedSurname(st: ArticleReadingState, raw: string, frame: string): boolean {
  const name = cleanName(raw, st.frames);
  if (!name || /\s/u.test(name)) return false;
  if (st.book.findNamed(name)?.type === "named") return true;
  return frame === "quoted" && /^\p{Lu}\p{Ll}+$/u.test(name) && !isPlace(name) && !st.frames.organisationCues.includes(name.toLowerCase());
}

/** Initials in capitals before a full name of capitalised words ("ASP Jane Roe"): a rank or a body, as the speakers read them (nameEntry). */
const RANK_INITIALS = /^\p{Lu}{2,5}\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})$/u;

/**
 * A person's name a frame read without the rank's or body's initials before it ("according to ASP Jane Roe" relies on
 * Jane Roe): the initials are a title, no part of the name, as when the same person speaks ("ASP Jane Roe said").
 */
function withoutRankInitials(name: string): string {
  return RANK_INITIALS.exec(name)?.groups?.name ?? name;
}

/** What a frame hit's name (or `text`, a part of it) is: the rule's demands on the evidence, decided by cited.ts. */
function decide(st: ArticleReadingState, hit: FrameHit, written = hit.name.text): CitedDecision | undefined {
  const quoted = written === hit.name.text && quotedSpan(st.body, hit.name);
  // A name's words may take the closing single mark in as an apostrophe ("‘Quill Mag’"): it is no part of the name.
  const text = quoted ? written.replace(new RegExp(`${NAME_MARK_CLOSING}$`, "u"), "") : written;
  return decideCited(text, { descriptor: hit.descriptor && text === hit.name.text, at: hit.name.start, ...(roleBefore(st.body, hit.name.start, st.frames) ? { roleBefore: true } : {}), ...(hit.cue ? { cue: hit.cue } : {}), ...(hit.rule.publication ? { publication: true } : {}), ...(hit.rule.publishingVerb ? { publishingVerb: true } : {}), ...(hit.rule.publisherOnly ? { publisherOnly: true } : {}), allowUnknown: hit.rule.allowUnknown, ...(hit.rule.needsEvidence ? { needsEvidence: true } : {}), ...(hit.rule.formula && text === hit.name.text ? { formula: true } : {}), ...(hit.rule.registryOnly ? { registryOnly: true } : {}), ...(hit.rule.issuer ? { issuer: true } : {}), ...(hit.dataNoun ? { dataNoun: true } : {}), ...(hit.results ? { results: true } : {}), ...(quoted ? { quoted: true } : {}), ...(hit.rule.oblique ? { oblique: true } : {}), frame: hit.rule.frame }, st.cctx);
}

/** True when the text sets a span in quotation marks: an opening mark right before it and a closing one right after it (or ending it). */
function quotedSpan(body: string, span: Span): boolean {
  return new RegExp(`${NAME_MARK_OPENING}\\s?$`, "u").test(body.slice(Math.max(0, span.start - 2), span.start)) && new RegExp(`^\\s?${NAME_MARK_CLOSING}`, "u").test(body.slice(span.end - 1, span.end + 2).replace(/^[^’]/u, ""));
}

/**
 * The person a quoting frame names where its subject is the article or the text it describes ("The profile even quotes
 * the owner of its fleet, Tomas Vell, saying …"): the speaker of the quotation beside it, reached through no outlet.
 */
function quotedBySelf(hit: FrameHit, st: ArticleReadingState): void {
  if (!hit.citing) return;
  const person = citedPerson(st.masked.slice(hit.citing.start, hit.citing.end), hit.citing.start, st.sctx);
  if (!person) return;
  const entry = st.book.named(person.name, textSpan(st.body, person.start, person.end), person.role);
  st.book.rely(entry);
  st.relations.push({ entry, verb: hit.span, who: { start: person.start, end: person.end }, inverted: true, verbText: "quoted" });
}

/**
 * True where a frame opens with its name and a noun for people and a preposition stand before it ("researchers at the
 * University of X said", "doctors in Y confirmed"): those people speak, not the body or place the preposition names. "A
 * report in X said" is no such case: a report is a publication, and the frame's name its outlet.
 */
function peopleOfNamedBody(masked: string, from: number, hit: FrameHit, ctx: SpeakerContext): boolean {
  const opening = Math.min(hit.span.start, hit.name.start);
  const article = masked.slice(opening, hit.name.start).trim().toLowerCase();
  if (article && !ctx.lang.frames.determiners.includes(article)) return false;
  const before = /([\p{L}’'-]+)\s+([\p{L}]+)\s+$/u.exec(masked.slice(Math.max(from, opening - 60), opening));
  // "the senator representing Lake North has revealed": the name is a role's participle's object, and the role's holder speaks.
  if (before && objectOfRolesParticiple(before[0], ctx)) return true;
  const [noun, preposition] = [before?.[1]?.toLowerCase(), before?.[2]?.toLowerCase()];
  if (!noun || !preposition || !ctx.lang.frames.prepositions?.includes(preposition)) return false;
  return isRoleNoun(noun, ctx) || ctx.lang.frames.anonymousHeads.includes(noun);
}

/** Most words between a preposition and the quoted name it governs: a determiner and two modifiers ("einen sogenannten"). */
const WORDS_AFTER_PREPOSITION = 3;

/**
 * True where a frame opens with a quoted name, the report verb's subject, yet a preposition governs that name, with at
 * most a determiner and modifiers between ("über einen sogenannten „X“ berichtete", "about the so-called 'X' reported"):
 * the quoted words are what was reported on, never who reported. Not after a preposition of the owner ("une analyse du
 * « X » révèle": X's analysis reveals) nor before a relative pronoun ("at the « X » which ran": X is the relative
 * clause's subject); an unquoted name is left as it was ("later in the week Reuters reported").
 */
function objectOfPreposition(masked: string, from: number, hit: FrameHit, frames: LanguageFrames): boolean {
  if (/\p{L}/u.test(masked.slice(hit.span.start, hit.name.start))) return false;
  const opensQuoted = /^[„“"»«‘']/u.test(masked.slice(hit.name.start, hit.name.start + 1));
  const before = /((?:[\p{L}-]+\s+)+)([„“"»«‘’']?)$/u.exec(masked.slice(Math.max(from, hit.name.start - 80), hit.name.start));
  if (!before?.[1] || !(opensQuoted || before[2])) return false;
  const next = /^[\s"”“»«’']*([\p{L}]+)/u.exec(masked.slice(hit.name.end, hit.name.end + 40))?.[1]?.toLowerCase();
  if (next && (frames.subjectRelatives ?? []).includes(next)) return false;
  const words = before[1].trim().split(/\s+/u).reverse();
  let determiners = 0;
  for (const [i, word] of words.entries()) {
    const lower = word.toLowerCase();
    if ((frames.prepositions ?? []).includes(lower)) return !(frames.ownerPrepositions ?? []).includes(lower);
    if (i >= WORDS_AFTER_PREPOSITION || /^\p{Lu}/u.test(word)) return false;
    if (frames.determiners.includes(lower) && ++determiners > 1) return false;
  }
  return false;
}

/**
 * The source an outlet relays, in a frame's `citing` span ("quoted a senior official", "عن مصدر مطلع", "со ссылкой на
 * губернатора …"): a person, a titled or roled name, an anonymous phrase, or an organisation; marked as relied on. The
 * outlet's quoting frame makes it the speaker of the adjacent quotation.
 */
function relayedSource(hit: FrameHit, citing: Span, st: ArticleReadingState): SourceEntry | undefined {
  const { body, masked, book, frames, sctx, relations } = st;
  const raw = masked.slice(citing.start, citing.end);
  const person = citedPerson(raw, citing.start, sctx);
  const p = person ? undefined : anonymousAtStart(body, citing.start, citing.end, frames) ?? phraseFromText(body, citing.start, citing.end, frames);
  // "ونقلت الصحيفة عن العقيد سالم الحمادي": a person after a title, where no capital marks a name.
  const titled = person || p ? undefined : titledName(citing.start, citing.end, sctx);
  // "сообщает ТАСС со ссылкой на губернатора области Аркадия Белоусова": a person named after a role, in small letters.
  const roled = person || p || titled ? undefined : rolePersonAfter(citing.start, citing.end, sctx);
  // "quoted Dr. Lena Marsh as saying": whom an outlet quotes as saying something is a speaker, read as a subject's name is
  // (a person, or a body where its words say so), never taken for an organisation by default.
  const speaker = person || p || titled || roled || hit.rule.frame !== "quoted" || !QUOTED_NAME.test(raw.trim()) ? undefined : nameEntry(raw.trim(), citing.start + raw.indexOf(raw.trim()), sctx);
  const entry: SourceEntry | undefined = speaker ?? (person
    ? book.named(person.name, textSpan(body, person.start, person.end), person.role)
    : titled
      ? titled.entry
      : roled
      ? roled
      : p
      ? book.anonymous(p)
      : raw.trim()
        ? /^\s*\p{Lu}/u.test(raw) && !/["“”«»]/u.test(raw)
          ? quotedSurname(st, raw, hit.rule.frame)
            ? book.named(cleanName(raw, frames), textSpan(body, citing.start, citing.end))
            : book.organisation(cleanName(raw, frames), textSpan(body, citing.start, citing.end))
          : undefined
        : undefined);
  if (!entry) return undefined;
  book.rely(entry);
  // "<outlet> quoted the sources as saying": the relayed source is the speaker of the adjacent quotation.
  if (hit.rule.frame === "quoted") relations.push({ entry, verb: hit.span, who: citing, inverted: true, verbText: "quoted" });
  return entry;
}

/** A name of two to four capitalised words, with a title before it or none ("Dr. Lena Marsh"). */
const QUOTED_NAME = new RegExp(`^(?:(?:${HONORIFIC})\\.?\\s+)?\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,3}$`, "u");

/**
 * True when the names of a list the frame read, other than outlets, are all people named in full or all bodies of one
 * kind, as the speakers take a coordinated subject (speakers/coordinated.ts coordinatedPair). Read one by one, "said Google and
 * Facebook" would make "Google" a person and leave the other name out: half of who spoke, and a person nobody named.
 */
function oneKindOfSource(list: readonly FrameHit[], st: ArticleReadingState): boolean {
  const kinds = new Set<string>();
  for (const hit of list) {
    const d = decide(st, withRegisteredArticle(st.masked, hit, st.registry, st.frames));
    if (d?.type === "outlet") continue;
    if (d?.type === "person" && !/\s/u.test(d.name.trim())) return false;
    kinds.add(d?.type ?? "none");
  }
  return kinds.size <= 1 && !["none", "place", "generic"].some((k) => kinds.has(k));
}

/**
 * True when `lead`, the words a speaker's name holds before the cited name, is the outlet noun the frame read there
 * (its `cue`, "türkische Zeitung"), or the end of it: words the frame already took for what the outlet is.
 */
function outletNounBefore(lead: string, cue: string | undefined): boolean {
  const words = lead.trim();
  return words !== "" && cue !== undefined && (cue === words || cue.endsWith(` ${words}`));
}

/** A number of one or two digits closing a name ("Vnitrozemí 3"), and the full stop and word in small letters after it that make it an ordinal day ("3. května"). */
const NAME_CLOSING_NUMBER = /\s\p{N}{1,2}$/u;
const ORDINAL_STOP = /^\.\s{1,2}\p{Ll}/u;

/** True when `words` are one determiner of the language and space ("the "): nothing of a name. */
function onlyDeterminer(words: string, frames: LanguageFrames): boolean {
  const w = words.trim().toLowerCase();
  return w !== "" && !/\s/u.test(w) && frames.determiners.includes(w);
}

/** What the guards on a frame hit read: its sentence, the sentence's speech relations as they stand, the article's reading, and the hits of lists that spread a story. */
interface HitSurroundings {
  sentence: TextSpan;
  rels: readonly SpeechRelation[];
  st: ArticleReadingState;
  spreadLists: ReadonlySet<FrameHit>;
}

/**
 * The words around a frame hit that say it cites no one, whatever its name turns out to be: tried in this order, first
 * of all, and any one that holds drops the hit.
 */
const CITES_NO_ONE: readonly ((hit: FrameHit, around: HitSurroundings) => boolean)[] = [
  // Nothing inside a photo credit is a citation; nor is a name of a list that spread the story (`spreadLists`).
  (hit, { st, spreadLists }) => st.photoCredits.some((c) => overlaps(c, hit.span)) || spreadLists.has(hit),
  // "Scientists at the University of X confirmed that …": the name the frame opens with is a preposition's object, where
  // people are said to be; they speak, and their institution is no report the article cites.
  (hit, { sentence, st }) => peopleOfNamedBody(st.masked, sentence.start, hit, st.sctx),
  // "über einen sogenannten „X“ berichtete": a quoted preposition's object stands where a subject would; it reported nothing.
  (hit, { sentence, st }) => objectOfPreposition(st.masked, sentence.start, hit, st.frames),
  // "oznámilo Vnitrozemí 3. května" (announced on 3 May): a number closing the name, with a full stop and a word in small
  // letters after it, is a day of a date (the sentence splitter may end the sentence at its stop), not a channel's number.
  (hit, { st }) => NAME_CLOSING_NUMBER.test(st.masked.slice(hit.name.start, hit.name.end)) && ORDINAL_STOP.test(st.masked.slice(hit.name.end, hit.name.end + 4)),
  // "uma montagem com a logomarca da Rede X informa …": the outlet owns a mark the thing bears; the thing reports.
  (hit, { st }) => namedAsBrandMark(st.masked, hit.name),
  // "Le ministère de la Santé a indiqué": a name inside the body the speakers read as the verb's subject is the body's
  // field or place, no outlet reporting.
  // Only a name the body's words run around: a registered outlet's name read as a body with its article ("the Korean
  // Central News Agency") is the outlet itself, and the frame's reading of it stands.
  (hit, { rels, st }) => rels.some((r) => r.entry.type === "organisation" && r.who.start < hit.name.start && hit.name.end <= r.who.end && !(hit.name.end === r.who.end && onlyDeterminer(st.masked.slice(r.who.start, hit.name.start), st.frames) && isRegisteredName(hit.name.text, st.registry))),
  // "The claim was never reported by Reuters": a report denied is no citation.
  (hit, { sentence, st }) => !hit.rule.reportNoun && negationBefore(st.masked, sentence.start, hit.span.start, st.frames, "clause"),
  // "… if Reuters reported that …": a condition cites no one; what would be reported was not.
  (hit, { sentence, st }) => conditionalBefore(st.masked, sentence.start, Math.min(hit.span.start, hit.name.start), st.frames),
  // "Contrary to what X reported, …": a rebuttal names the outlet it corrects, it credits it with nothing.
  (hit, { sentence, st }) => rebuttedBefore(st.masked, sentence.start, Math.min(hit.span.start, hit.name.start)),
  // "Indonesian outlets then repeated the claim, citing X": the citing is the other outlets', whom the sentence is about.
  (hit, { sentence, st }) => hit.rule.frame === "citing" && !hit.citing && opensWithReportingCollective(st.masked.slice(sentence.start, hit.span.start)),
];

/**
 * Whether text ending where a capitalised word begins ends in another capitalised word that is not a determiner ("The
 * Eastvale " before "Times"). After an elided article the word is what follows the apostrophe ("L'agence " before
 * "Reuters": a noun in small letters).
 */
function insideCapitalisedName(before: string, frames: LanguageFrames): boolean {
  const previous = /([\p{L}\p{N}.-]+)\s+$/u.exec(before.replace(/^.*\s(?=\S+\s+$)/su, "").replace(/^\p{L}{1,3}['’]/u, ""))?.[1];
  return previous !== undefined && /^\p{Lu}/u.test(previous) && !frames.determiners.includes(previous.toLowerCase());
}

/**
 * "« … », a déclaré au Monde Anne Roux": a told frame's name ran on over the inverted speaker the speakers read at its end
 * ("Monde Anne Roux"), which is no part of the outlet's name. The hit with its name cut before the speaker; as it was
 * where no such speaker ends it.
 */
function withoutInvertedSpeaker(hit: FrameHit, rels: readonly SpeechRelation[], body: string): FrameHit {
  if (hit.rule.frame !== "told") return hit;
  const speaker = rels.find((r) => r.inverted && r.entry.type === "named" && r.who.start > hit.name.start && r.who.end === hit.name.end);
  if (!speaker) return hit;
  const text = body.slice(hit.name.start, speaker.who.start).trimEnd();
  return text === "" ? hit : { ...hit, name: { start: hit.name.start, end: hit.name.start + text.length, text } };
}

/** Reads the attribution frames of one sentence; `rels` are the sentence's speech relations (a speaker a cited outlet relayed is reached through it). */
export function citeFrameHits(sentence: TextSpan, rels: SpeechRelation[], st: ArticleReadingState): void {
  const { body, masked, frames, lang, registry, book, cctx, isOwn, ownKey, attributions, syndication, relations, namedTitles } = st;
  // Attribution frames.
  const lists = matchFrames(masked, sentence.start, sentence.end, lang, registry.smallLetterNames).map((h) => withListedNames(masked, withRegisteredNextWord(masked, h, registry, lang.frames.language), lang, registry));
  const mixedLists = new Set(lists.filter((list) => list.length > 1 && !oneKindOfSource(list, st)).flat());
  // "La voce, ripresa dalla Reuters e da altri siti, …", "picked up by X and other outlets": a list closed by "and other …"
  // names some of those who spread the story, not where the article took it from.
  const spreadLists = new Set(lists.filter((list) => list.some((h) => h.rule.frame === "reported_by" || h.rule.frame === "cited_by") && closedByOthers(masked.slice(Math.max(...list.map((h) => h.name.end)), sentence.end), frames.language)).flat());
  const around: HitSurroundings = { sentence, rels, st, spreadLists };
  for (const read of lists.flat()) {
    // A list that spread the story is known by the hits as read; the rest is asked of the hit with its name cut.
    const hit = withoutInvertedSpeaker(read, rels, body);
    if (spreadLists.has(read) || CITES_NO_ONE.some((citesNoOne) => citesNoOne(hit, around))) continue;
    // "The Harbour Courier, citing X, said …", "O Diario Y, citando o X, afirmou …": the citing is the subject's, as
    // with the collective above; what the article cites is the subject, where the subject is an outlet.
    const asideSubjects = hit.rule.frame === "citing" && !hit.citing ? citingAsideSubjects(masked.slice(sentence.start, hit.span.start), masked.slice(hit.name.end, sentence.end)) : undefined;
    if (asideSubjects) {
      for (const s of asideSubjects) {
        // The name may follow an article and an outlet word ("La agencia EFE", "L'agence Reuters"): each stretch from a
        // capital to the subject's end is tried, and the best-evidenced one (the longest of equals) is the outlet.
        let subject: CitedDecision | undefined;
        let at = 0;
        const stretch = masked.slice(sentence.start + s.start, sentence.start + s.end);
        for (const w of stretch.matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)) {
          // The tail of a longer name is no name of its own ("Times" in "The Eastvale Times"): a stretch opens after a
          // word in small letters or an article, never after another capitalised word of the name.
          if (insideCapitalisedName(stretch.slice(0, w.index ?? 0), frames)) continue;
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
    if (!hit.rule.publication && namedTitles.some((t) => contains(t, hit.name))) continue;
    // "It quotes Jane Roe, an editor, as saying …": a quoting frame whose subject is the text described, no outlet.
    if (hit.rule.id === "en.quoted_self") {
      quotedBySelf(hit, st);
      continue;
    }
    // "«…», — заявил изданию Игорь Лапин.": where no one speaks before the verb, the name ending the clause after whom
    // was told is the verb's inverted subject, as the speakers read it: the speaker, who told "the publication". Only a
    // name the registry does not know, and no longer than a person's full name (PERSON_NAME_WORDS); "заявил изданию
    // «Коммерсантъ» Игорь Лапин" names the outlet apart.
    if (hit.rule.frame === "told" && !registry.byName(hit.name.text) && hit.name.text.trim().split(/\s+/u).length <= PERSON_NAME_WORDS && rels.some((r) => r.inverted && r.entry.type === "named" && r.verb.end <= hit.name.start && body.slice(r.who.start, r.who.end) === hit.name.text.trim()) && /^\s*(?:[.,;:!?)—–]|$)/u.test(masked.slice(hit.name.end, sentence.end))) continue;
    // "Thousands shared the hoax that the Weather Office had announced a storm": the name is the rumour's content.
    if (insideRumour(masked.slice(sentence.start, hit.name.start), frames)) continue;
    // "A fake statement from the Port Authority said": the issuer named was impersonated, neither a source nor a citation.
    if (issuerOfForgedDocument(masked.slice(sentence.start, hit.name.start), frames)) continue;
    // "The mill closes at noon, Tavia Orrin reports.": the article's own reporter signing off, no outlet cited.
    if (hit.rule.frame === "reported" && !registry.byName(hit.name.text) && isReporterSignOff(hit.name.text, masked.slice(sentence.start, hit.name.start), masked.slice(hit.name.end, sentence.end), masked, sentence.start, sentence.end, frames)) continue;
    const decision = decide(st, withRegisteredArticle(masked, hit, registry, frames, cctx.articleOutlets));
    // "ونقلت وكالة روسية عن مصدر" (a Russian agency quoted a source): no outlet is named, but the source it relays is read.
    if (decision?.type === "generic" && hit.citing) relayedSource(hit, hit.citing, st);
    if (!decision || decision.type === "place" || decision.type === "generic") continue;
    if (decision.type !== "outlet" || !decision.outlet) {
      // "según fuentes del Ministerio de Sanidad", "según fuentes cercanas a Ana Gil": the body or person whose unnamed
      // sources speak is where they work or whom they are close to, not a second source beside them.
      const within = (m: Span): boolean => contains(m, hit.name);
      if (book.entries().some((e) => e.type === "anonymous" && e.mentions.some(within))) continue;
      if (mixedLists.has(read)) continue;
      // "A harbour newspaper aligned with the Farmers Party is reporting": the name ends a description of the outlet
      // before it, which is the verb's subject; the party neither reports nor speaks.
      if (nameEndsNounDescription(masked.slice(sentence.start, hit.name.end), frames)) continue;
      // "The song started with Vela Mira Tosa", "appeared with Ana Gil": a publication frame names where something appeared;
      // a person there is whom it appeared with or opened on, no one the text relies on; so is whose staff a frame names,
      // and who did an outlet's news work ("Ana Gil spoke to the press", "Ana Gil found the file"), and whom a piece is
      // about ("its piece on Ana Gil").
      if (decision.type === "person" && (hit.rule.frame === "published_in" || hit.rule.staffOf || hit.rule.newsWork || hit.rule.topical)) continue;
      // "Ann Lisle of the University of Harwick said", "Ann Lisle of Harwick University said": the speakers read the person
      // as the verb's subject, and the body tied to them is where they work; neither the body nor the run of both names
      // is a second source.
      if (rels.some((r) => r.entry.type === "named" && r.who.end <= hit.name.end && tiesPersonToBody(masked.slice(r.who.end, hit.name.end), hit.name.start - r.who.end, frames))) continue;
      // "Seit Wochen berichtet das Staatsfernsehen": an adverbial opening the sentence before a report verb, or a form
      // of address, is nobody (names.ts capitalisedForItsPlace), unless the article named a person so.
      if (decision.type === "person" && !book.findNamed(decision.name) && capitalisedForItsPlace(decision.name, masked, hit.name.start + Math.max(0, body.slice(hit.name.start, hit.name.end).indexOf(decision.name)), frames)) continue;
      const nameSpan = textSpan(body, hit.name.start, hit.name.end);
      const entry = decision.type === "person" ? book.named(withoutRankInitials(decision.name), nameSpan) : book.organisation(decision.name, nameSpan, decision.type === "document" ? "document" : undefined);
      if (hit.rule.frame !== "told" && hit.rule.frame !== "first_appeared_in") book.rely(entry);
      continue;
    }
    // "the Ohio Courier-Gazette Weekly noted": the name the frames read as an outlet's is no person's, though the
    // speakers read it as the verb's subject; that reading is taken back where these words are its only mention. So is
    // the name with the frame's outlet noun before it ("berichtete die türkische Zeitung Vardar Haber": German
    // capitalises the noun, and the speakers read "Zeitung Vardar Haber" as a person's name).
    for (const r of [...rels]) {
      const within = (m: Span): boolean => contains(hit.name, m);
      const withNoun = (m: Span): boolean => m.start >= hit.span.start && m.start < hit.name.start && m.end === hit.name.end && outletNounBefore(body.slice(m.start, hit.name.start), hit.cue);
      // A registered name read whole ("uvedla Česká televize") holds no person, though the speakers took its first word
      // for one ("Česká"): the name going on in small letters ended their reading of it.
      const sameWords = within(r.who) ? r.entry.mentions.every(within) && ((refersTo(r.entry.name, decision.name) && refersTo(decision.name, r.entry.name)) || isRegisteredName(hit.name.text, registry)) : withNoun(r.who) && r.entry.mentions.every(withNoun);
      // The outlet a "told" frame names is whom was told, never the speaker, whatever kind of source the speakers read
      // it as ("„…“, – BNS penktadienį sakė J. Kairys": an agency's initials before the verb are no body that speaks).
      const toldOutlet = hit.rule.frame === "told" && r.entry.type === "organisation" && r.entry.mentions.every(within);
      if (!toldOutlet && (r.entry.type !== "named" || !sameWords)) continue;
      book.withdraw(r.entry);
      rels.splice(rels.indexOf(r), 1);
      relations.splice(relations.indexOf(r), 1);
    }
    const cited = decision.outlet;
    const rule = `${hit.rule.id}/${decision.rule}`;
    if (hit.rule.syndication && aboutThisArticle(masked.slice(sentence.start, hit.span.start), frames)) {
      if (!isOwn(hit.name.text, cited.key)) addSyndication(st, { outlet: cited.key, outletName: cited.name, evidence: textSpan(body, hit.span.start, hit.span.end), confidence: decision.confidence, rule });
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
    const secondHand = hit.citing && /^\s*(?:the\s+)?\p{Lu}/u.test(citedName) ? decide(st, hit, citedName) : undefined;
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
      const entry = relayedSource(hit, hit.citing, st);
      if (entry) {
        if (!entry.via) entry.via = cited.key;
        citingSource = entry.key;
      }
    }
    for (const r of inSentence) if (r.entry.key !== citingSource) r.entry.via = cited.key;
    // "X reported on Monday that …, according to a US official with direct knowledge", "according to officials, X
    // reported": an unnamed source in the sentence that gives the outlet's report is the one the outlet relied on, reached
    // through it — not a second source the article heard on its own. A named person may be the article's own interview.
    const inThisSentence = (m: Span): boolean => contains(sentence, m) && (m.end <= hit.span.start || m.start >= hit.span.end);
    for (const e of book.entries()) if (e.type === "anonymous" && e.relied && !e.via && !e.collective && e.mentions.some(inThisSentence)) e.via = cited.key;
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
