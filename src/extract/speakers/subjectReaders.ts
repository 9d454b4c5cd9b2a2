/** Subject readers: the ordered ways the words ending before a speech verb name who speaks (pronoun, unnamed phrase, body, role, name). */
import { textSpan } from "../../core/spans.ts";
import { escapeRegExp, lettersWithoutCase } from "../../core/text.ts";
import { termTags } from "../../core/nlp.ts";
import { perLanguage } from "../frames/common.ts";
import { isPlace } from "../gazetteer.ts";
import { capitalisablePhrase } from "../names.ts";
import { anonymousAtEnd, BODY_FIELD_AFTER, definiteWords, isOrganisationWord, ORGANISATION_TAIL } from "../sources.ts";
import { definiteBodyReference, definiteRole } from "./backReference.ts";
import { namedAfterLead, namedByRoleElsewhere, namedThenRole } from "./caseless.ts";
import { AGENT_PREPOSITIONS, endsWithOthers } from "../coordination.ts";
import { coordinatedSubject } from "./coordinated.ts";
import { AFFILIATION_LINKS, isRoleNoun, leadingRole, opensOnCapitalisedPreposition, titleBefore, titleWord } from "./lexicon.ts";
import { firstReading } from "./firstReading.ts";
import { occupationPhrase, verbTakesIndefiniteObject } from "./occupationPhrase.ts";
import { endsAnOutletName, EZAFE, FULL_NAME, namesOnlyWhose, nameSubject, personSubject } from "./nameEntry.ts";
import { ownerAfterOf } from "./namePrefix.ts";
import { placeThenName, WORD_THEN_ROLE_OF } from "./placeThenName.ts";
import { afterOutletNoun, isOutletName } from "./outletNames.ts";
import { isDemonymOnly } from "../cited.ts";
import { outletNounWord } from "../outletNouns.ts";
import { pronounAt, pronounWords } from "./pronouns.ts";
import type { LanguageFrames, NounDescription } from "../frames/types.ts";
import type { SpeakerContext, Subject, SubjectReader, SubjectReading, SubjectText } from "./types.ts";

/** A pronoun ending the subject stands for the most salient source it agrees with; none, nobody. */
function pronounSubject(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  const pron = new RegExp(`(?:^|[^\\p{L}])(${pronounWords(ctx.lang.frames).join("|") || "(?!)"})$`, "iu").exec(s.text);
  if (!pron?.[1]) return undefined;
  const start = s.end - pron[1].length;
  return pronounAt(pron[1], start, s.end, ctx) ?? null;
}

/**
 * Per language: a relative pronoun that is the subject of the verb after it, ending a subject, with the spaces before it
 * ("des témoins qui | affirmaient", "testigos que | aseguraron"). One that is also an article ("die", "der") is left out:
 * there it opens the next noun as often.
 */
const relativeAtEnd = perLanguage((frames) => {
  const words = (frames.subjectRelatives ?? []).filter((w) => !frames.determiners.includes(w));
  return new RegExp(`\\s+(?:${words.map(escapeRegExp).join("|") || "(?!)"})$`, "iu");
});

/**
 * "A report circulating via social media claims", "a post shared on social media says": a bare phrase (no article or
 * number of its own) right after a preposition that follows another word of the subject is the preposition's object
 * (where the report went), never who speaks, as for a name (namedSubject). A preposition opening the subject ("In March
 * officials said") or a phrase with its own article ("one of the officials said") is left as it was.
 */
function objectOfPreposition(anon: { start: number; text: string }, s: SubjectText, ctx: SpeakerContext): boolean {
  const { prepositions, determiners } = ctx.lang.frames;
  const before = /(\p{L}+)\s+(\p{L}+)\s+$/u.exec(ctx.masked.slice(Math.max(s.from, anon.start - 60), anon.start));
  const first = anon.text.split(/\s+/u)[0]?.toLowerCase() ?? "";
  if (agentAfterVerb(ctx.masked.slice(Math.max(s.from, anon.start - 60), anon.start), ctx.lang.frames)) return true;
  if (!before?.[1] || !before[2]) return false;
  return !!prepositions?.includes(before[2].toLowerCase()) && !determiners.includes(before[1].toLowerCase()) && !determiners.includes(first) && !/\p{N}/u.test(first);
}

/**
 * "letters issued by senior officials within the police … clarify", "a post shared by the two officials says": a verb
 * form, then the preposition of a passive's agent (`AGENT_PREPOSITIONS`), makes the phrase after them that verb's agent,
 * whatever determiner it opens on; it never is the subject of a later verb. English only, whose tagger tells a verb form
 * from a noun: after a noun the agent is who wrote it ("A statement by senior officials said"), and may speak.
 */
function agentAfterVerb(before: string, frames: LanguageFrames): boolean {
  const { language, determiners } = frames;
  if (language !== "en") return false;
  // The phrase may have left its article to the words before it ("shared by the | two officials").
  const words = before.trim().split(/\s+/u);
  while (words.length > 0 && determiners.includes((words[words.length - 1] ?? "").toLowerCase())) words.pop();
  const [verb, preposition] = words.slice(-2);
  if (!verb || !preposition || !new RegExp(`^(?:${AGENT_PREPOSITIONS[language] ?? "(?!)"})$`, "iu").test(preposition)) return false;
  return (termTags(verb)[0] ?? []).includes("Verb");
}

/** An anonymous source's phrase ending the subject ("a senior official"), or its relative pronoun ("des témoins qui affirmaient"). */
function anonymousSubject(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  // The pronoun stands for the phrase and is no part of it.
  const end = s.end - (relativeAtEnd(ctx.lang.frames).exec(s.text)?.[0].length ?? 0);
  const anon = anonymousAtEnd(ctx.body, s.from, end, ctx.lang.frames) ?? (verbTakesIndefiniteObject(s.end, ctx) ? undefined : occupationPhrase(s.from, end, ctx, "end"));
  // "A spokeswoman for the Tallow Hospital said", "A spokesman for Nordvik Freight said": whom a spokesperson speaks for,
  // where it is a body or a name, is read as without "for" (organisationSubject, holderOfName); "a spokesperson for the
  // museum" is the unnamed spokesperson.
  if (anon?.tail?.startsWith("for ") && (/\s\p{Lu}/u.test(anon.text.slice(anon.text.length - anon.tail.length)) || organisationPhraseAtEnd(ctx.lang.frames).test(s.text.slice(0, end - s.from)))) return undefined;
  if (!anon || anon.end !== end) return undefined;
  // "the daughter of X, a member of the Varric dynasty and others | say": "others" speaks, a subject of its own; a
  // phrase's tail never runs over it.
  if (anon.tail && endsWithOthers(anon.tail, ctx.lang.frames.language)) return undefined;
  // Where a relative pronoun ends the subject ("misled by witnesses who said"), the phrase is its antecedent, whatever stands before it.
  if (end === s.end && objectOfPreposition(anon, s, ctx)) return null;
  return namedAfterHead(anon, ctx) ?? { entry: ctx.book.anonymous(anon), span: anon };
}

/** A person's full name of two or three capitalised words, right after an unnamed phrase's head and ending it. */
const NAME_AFTER_HEAD = /^\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})$/u;

/**
 * "Le porte-parole Jean Morel a confirmé", "El portavoz Luis Prado dijo": a full name right after the head of what reads
 * as an unnamed phrase names the person, the head their role, as after an inverted verb (subjectAfter namedAfterRole).
 * Undefined where anything but a full name follows the head ("a spokesman for the port").
 */
function namedAfterHead(anon: { start: number; text: string; head: string }, ctx: SpeakerContext): Subject | undefined {
  const at = anon.text.toLowerCase().lastIndexOf(anon.head.toLowerCase());
  if (at < 0) return undefined;
  const headEnd = at + anon.head.length;
  const m = NAME_AFTER_HEAD.exec(anon.text.slice(headEnd));
  // Only a person's role takes a name after it: "Жители Верхней Луки" (residents of a place) stay an unnamed collective.
  if (!m?.[1] || !isRoleNoun(anon.head, ctx)) return undefined;
  const role = anon.text.slice(0, headEnd).replace(/^(?:the|le|la|les|l['’]|el|los|las|il|lo|o|a|der|die|das)\s*/iu, "");
  return personSubject(m[1], anon.start + anon.text.length - m[1].length, ctx, role);
}

/** Most words (an article, describing words) before a role noun that opens its subject ("la nouvelle maire de"). */
const WORDS_BEFORE_ROLE = 3;

/**
 * "La maire de Villefranche Odile Marchand a tweeté", "The mayor of Eastbrook Tom Halvik said", "Die Bürgermeisterin von
 * Nordheim Ilse Brand sagte": a role noun opening the subject (after an article and describing words, or a comma), its
 * "of", a place or body and a person's name ending the subject. The person speaks, with the role and its place, where
 * the words say where the place ends (placeThenName, as after an inverted verb); read before an unnamed phrase, which
 * takes the role noun for an unnamed source and the place and name for its tail. Undefined where nothing splits them.
 */
function roleOfPlaceThenName(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  for (const m of s.text.matchAll(WORD_THEN_ROLE_OF)) {
    const word = m[1] ?? "";
    if (!leadingRole(word, ctx)) continue;
    // Only the role that opens the subject: in "un conseiller de la maire de X Anna Roy", the adviser speaks.
    const before = s.text.slice(0, m.index).replace(/^[^]*[,;:]/u, "").trim();
    const words = before ? before.split(/\s+/u) : [];
    const describes = (w: string): boolean => !(ctx.lang.frames.prepositions ?? []).includes(w.toLowerCase()) && !isRoleNoun(w, ctx) && !ctx.lang.frames.anonymousHeads.includes(w.toLowerCase());
    if (words.length > WORDS_BEFORE_ROLE || !words.every(describes)) return undefined;
    const after = (m.index ?? 0) + m[0].length;
    const split = placeThenName(s.text.slice(after), ctx);
    const rest = s.text.slice(after + (split?.length ?? 0));
    if (!split || rest.trim() !== split.name) return undefined;
    const role = s.text.slice(m.index, after + split.length).replace(/[\s,]+$/u, "");
    return personSubject(split.name, s.from + s.text.length - rest.trimStart().length, ctx, role);
  }
  return undefined;
}

/**
 * Per language: a word tying a person to a body ("of", "at", "from", "de", "von", `AFFILIATION_LINKS`), maybe the
 * body's article or an elided "l’", right before a capitalised word: where a body's name may open.
 */
const affiliationLink = perLanguage((frames) => {
  const articles = definiteWords(frames.language).map(escapeRegExp).join("|");
  return new RegExp(`\\s(?:${AFFILIATION_LINKS})\\s+(?:(?:${articles})\\s+|l['’]\\s*)?(?=\\p{Lu})`, "gu");
});

/**
 * Whether the words from the end of a person's name, `afterPerson`, open with a word tying the person to a body (and
 * maybe the body's article) and the body's name starts at or after `bodyFrom` (an offset into `afterPerson`): "Ann
 * Lisle| of the University of Harwick", where a frame read "the University of Harwick" or the whole run as its name.
 */
export function tiesPersonToBody(afterPerson: string, bodyFrom: number, frames: LanguageFrames): boolean {
  const tie = affiliationTieAtStart(frames).exec(afterPerson);
  return tie !== null && tie[0].length >= bodyFrom;
}

/** Per language: a word tying a person to a body and maybe the body's article, opening a text before a capital. */
const affiliationTieAtStart = perLanguage((frames) => {
  const articles = definiteWords(frames.language).map(escapeRegExp).join("|");
  return new RegExp(`^\\s+(?:${AFFILIATION_LINKS})\\s+(?:(?:${articles})\\s+|l['’]\\s*)?(?=\\p{Lu})`, "u");
});

/**
 * "Ann Lisle of the University of Harwick said", "Tom Dane at Brindlewood Capital said", "Ana Ruiz de la Universidad de
 * Sorvia dijo", "Anna Berg von der Universität Harwick sagte": a full name opening the subject, a word tying it to a
 * body, and the body's name ending it, with one of the language's organisation words. The person speaks; the body is
 * where they work, no speaker (read alone, the body's phrase ends the subject and took it). Undefined where the words
 * before the tie are no full name opening the subject, or the name after it holds no organisation word.
 */
function personOfBody(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  const { frames } = ctx.lang;
  for (const link of s.text.matchAll(affiliationLink(frames))) {
    const body = s.text.slice(link.index + link[0].length);
    // The body's name is the rest of the subject, and one of its words says it is a body.
    if (ctx.lang.nameAtEnd.exec(body)?.[1] !== body || !body.split(/\s+/u).some((w) => isOrganisationWord(w.toLowerCase(), frames))) continue;
    const before = s.text.slice(0, link.index);
    const person = ctx.lang.nameAtEnd.exec(before)?.[1];
    if (!person || !FULL_NAME.test(person)) continue;
    // The name opens the subject, maybe after a title or a role noun ("Professor", "la profesora").
    const lead = before.slice(0, before.length - person.length);
    const leadWords = lead.trim().split(/\s+/u).filter(Boolean);
    const opens = leadWords.length === 0 || /[,;:"“”«»—–(]$/u.test(lead.trim()) || titleBefore(frames).test(lead) || leadWords.every((w) => frames.determiners.includes(w.toLowerCase()) || isRoleNoun(w, ctx));
    if (!opens) continue;
    return personSubject(person, s.from + lead.length, ctx, s.role);
  }
  return undefined;
}

/**
 * "The port authority said", "Le ministère de la Défense a affirmé", "Il ministero della Difesa ha detto": a definite
 * phrase ending in one of the language's organisation words, or in one and the capitalised field or place it is "of".
 */
function organisationSubject(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  const org = organisationPhraseAtEnd(ctx.lang.frames).exec(s.text);
  if (!org?.[1]) return undefined;
  // "Jeshi la Polisi limesema" (the Police Force said): where the language's name joins its words by a connective spelt
  // like an article (Swahili "la", "ya"), the capitalised name the phrase ends is the body's whole name, read as a name.
  const wholeName = ctx.lang.nameAtEnd.exec(s.text)?.[1];
  if (wholeName && wholeName.length > org[1].length && /^\p{Lu}/u.test(wholeName)) return undefined;
  // "Le porte-parole du ministère a indiqué": a role before the body is who speaks, for the body.
  if (org[1].split(/\s+/u).slice(1, -1).some((w) => isRoleNoun(w, ctx))) return undefined;
  // "Jeshi la polisi limesema": an organisation word right before that connective opens the body's name; no article
  // follows a body's own noun.
  const opener = /(?:^|\s)((\p{L}+)\s+)$/u.exec(s.text.slice(0, s.text.length - org[1].length));
  const phrase = opener?.[1] && opener[2] && isOrganisationWord(opener[2].toLowerCase(), ctx.lang.frames) ? opener[1] + org[1] : org[1];
  const start = s.end - phrase.length;
  const name = phrase.replace(/^l['’]\s*/iu, "");
  return { entry: ctx.book.organisation(name, textSpan(ctx.body, s.end - name.length, s.end)), span: { start, end: s.end } };
}

/**
 * Per language: a definite article (or an elided "l’"), up to three words, an organisation word and maybe its field
 * (`BODY_FIELD_AFTER`), ending a text; a word may open with a capital, as a sentence's first word does.
 */
const organisationPhraseAtEnd = perLanguage((frames) => {
  const articles = definiteWords(frames.language).map(capitalisablePhrase).join("|");
  // Where compounds are one word, a compound ending in an organisation word ("Bundesverband"), as isOrganisationWord reads one.
  const compounds = frames.compoundNouns ? frames.organisationCues.filter((c) => c.length >= ORGANISATION_TAIL && !/\s/u.test(c)).map((c) => `\\p{Lu}\\p{L}*${escapeRegExp(c)}`) : [];
  const cues = [...frames.organisationCues.map(capitalisablePhrase), ...compounds].join("|");
  const nationality = CAPITALISED_NATIONALITY[frames.language];
  const after = nationality ? `(?:${BODY_FIELD_AFTER}|\\s+${nationality})?` : `(?:${BODY_FIELD_AFTER})?`;
  return new RegExp(`(?:^|\\s)((?:(?:${articles})\\s+|[Ll]['’]\\s*)(?:[\\p{L}-]+\\s+){0,3}(?:${cues})${after})$`, "u");
});

/**
 * Per language whose nationality adjectives follow the noun and are written small, one written with a capital all the
 * same ("le gouvernement Lagunais", "el Gobierno Mexicano"): after a body's noun it says whose body it is, and names no
 * person. Known by the endings of such adjectives, capitalised.
 */
const CAPITALISED_NATIONALITY: Readonly<Record<string, string>> = {
  fr: "\\p{Lu}\\p{Ll}+(?:ais|aise|ois|oise|ien|ienne|ain|aine|éen|éenne|ite|in|ine)",
  es: "\\p{Lu}\\p{Ll}+(?:ano|ana|ense|eño|eña|és|esa|ino|ina|eno|ena)",
};

/**
 * Languages whose news prose puts no article before a person's name (Italian and Portuguese do: "la Rossi", "o Silva";
 * German may, "die Merkel"): "The Palace said", "la Diputación asegura" is a body speaking.
 */
const NO_ARTICLE_BEFORE_PERSONS: ReadonlySet<string> = new Set(["es", "fr", "ca", "en"]);

/**
 * True when an English word after "the" may name a person: one the lexicon knows as a noun for a person ("Queen",
 * "Archbishop", "Baroness"), or an abbreviation in capitals ("The PM said", "the CEO"), which stands for a role as often
 * as for a body. Neither is read as a body.
 */
function personNoun(word: string, language: string): boolean {
  return language === "en" && (/^\p{Lu}{2,}$/u.test(word) || (termTags(word)[0] ?? []).includes("Actor"));
}

/** A role noun (group 1) and the "of" of its portfolio, ending a text ("le ministre de", "el ministro del"). */
const PORTFOLIO_OF = /(\p{Ll}+)\s+(?:de|du|des|del|d['’])\s*$/u;

/** Per language: a definite article (or an elided "l’") and one capitalised word (group 1), ending a text. */
const definiteOneWordAtEnd = perLanguage((frames) => {
  const articles = definiteWords(frames.language).map(capitalisablePhrase).join("|");
  return new RegExp(`(?:^|\\s)(?:(?:${articles || "(?!)"})\\s+|[Ll]['’]\\s*)(\\p{Lu}[\\p{L}-]+)$`, "u");
});

/**
 * "Mientras tanto, la Diputación asegura", "le Quai a indiqué", "The Palace said": where the press puts no article
 * before a person's name, one capitalised word after "the" is a body, never a person. A role written with a capital ("el Papa") is left
 * to the role readers.
 */
function definiteOneWordBody(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  if (!NO_ARTICLE_BEFORE_PERSONS.has(ctx.lang.frames.language)) return undefined;
  const m = definiteOneWordAtEnd(ctx.lang.frames).exec(s.text);
  const word = m?.[1];
  if (!m || !word || isRoleNoun(word.toLowerCase(), ctx) || personNoun(word, ctx.lang.frames.language)) return undefined;
  // "The Serbian recalls that …": a nationality adjective used as a noun stands for a person the text calls so, never a
  // body called by the adjective.
  if (isDemonymOnly(word)) return undefined;
  // "Claire Le Vaillant a déclaré", "Ana La Rosa asegura": an article written with a capital right after a capitalised
  // word, with no comma between, is a particle of a family name, and the whole name a person's; at a sentence's or a
  // clause's start ("Le Quai a indiqué", "Hier, Le Quai …") it stays an article.
  if (/^\s*\p{Lu}/u.test(m[0]) && /(?:^|\s)\p{Lu}[\p{L}’'-]*\s+$/u.test(s.text.slice(0, s.text.length - m[0].trimStart().length))) return undefined;
  // "le ministre de la Santé a déclaré": the capitalised word is the role's portfolio, and the minister, whom
  // the text does not name, speaks; no body called "Communication" does.
  const portfolioRole = PORTFOLIO_OF.exec(s.text.slice(0, s.text.length - m[0].length))?.[1];
  if (portfolioRole !== undefined && isRoleNoun(portfolioRole.toLowerCase(), ctx)) return null;
  const start = s.end - word.length;
  // '"…" by the Nordic states': after a preposition the article and its word are the preposition's object (there the
  // noun "states", not the verb), as for a name (namedSubject); nobody speaks.
  const wordBefore = /(\p{L}+)\s+$/u.exec(ctx.masked.slice(Math.max(0, s.end - m[0].trim().length - 30), s.end - m[0].trim().length))?.[1]?.toLowerCase();
  if (wordBefore && ctx.lang.frames.prepositions?.includes(wordBefore)) return null;
  // "l'AFP a affirmé", "le Quotidien a présenté ses excuses": an outlet speaks through its pages, which the frames read.
  const written = m[0].trim();
  const outletNamed = (name: string): boolean => isOutletName(name, ctx) || (ctx.articleOutlets?.has(name.toLowerCase()) ?? false) || endsAnOutletName(name, ctx);
  if (outletNamed(word) || outletNamed(written) || afterOutletNoun(start, ctx)) return undefined;
  return { entry: ctx.book.organisation(word, textSpan(ctx.body, start, s.end)), span: { start, end: s.end } };
}

/**
 * "…," police said", "The club was empty, Jakarta police said": a body the language names without an article
 * (`bareBodies`), alone or after at most two words of its own, opening its clause (after the text's start, a comma, a
 * quotation or a dash).
 */
function bareBodySubject(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  const nouns = ctx.lang.frames.bareBodies ?? [];
  if (nouns.length === 0) return undefined;
  const m = bareBodyAtEnd(ctx.lang.frames).exec(s.text);
  if (!m?.[1]) return undefined;
  // "…, which prosecutors said came from abroad": a relative pronoun before the body opens the clause; no part of its name.
  const relative = new RegExp(`^(?:${[...(ctx.lang.frames.subjectRelatives ?? []), ...(ctx.lang.frames.thingRelatives ?? [])].map(escapeRegExp).join("|") || "(?!)"})\\s+`, "iu").exec(m[1])?.[0] ?? "";
  const name = m[1].slice(relative.length);
  const start = s.end - name.length;
  return { entry: ctx.book.organisation(name, textSpan(ctx.body, start, s.end)), span: { start, end: s.end } };
}

/**
 * Per language: a bare body (`bareBodies`) and up to two words of its own ending a text, after its start or a clause
 * mark. A speech verb is none of its words: in "…, said the authorities told him" the verb is the clause's and the
 * body its object's subject, so "said the authorities" names no body.
 */
const bareBodyAtEnd = perLanguage((frames) => {
  const verbs = frames.speechVerbs.map(escapeRegExp).join("|");
  const ownWord = verbs ? `(?!(?:${verbs})\\s)[\\p{L}-]+\\s+` : "[\\p{L}-]+\\s+";
  return new RegExp(`(?:^|[,;:"“”«»—–]\\s*)((?:${ownWord}){0,2}(?:${(frames.bareBodies ?? []).map(escapeRegExp).join("|") || "(?!)"}))$`, "u");
});

/**
 * A name ending the subject, with a role an appositive gave or one straight before it ("Opposition leader Per Moen
 * said"), as one person, two people ("Jan Novak and Ana Silva said") or a member of a named body. After a preposition the
 * name is its object ("Tourism operators on Mirror Lake say"): nobody is named.
 */
function namedSubject(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  // "Mayor Tobin Hale's alleged origins": a name in the possessive owns the noun after the word read as the verb (an
  // adjective there: "alleged", "reported", "stated"); the written press does not contract "has" onto a name before it.
  if (/\p{L}['’]s$/u.test(s.text.trimEnd())) return null;
  const nm = ctx.lang.nameAtEnd.exec(s.text);
  if (!nm?.[1]) return undefined;
  const { from, end } = s;
  const start = end - nm[1].length;
  const wordBefore = /([\p{L}]+)\s+$/u.exec(ctx.masked.slice(Math.max(from, start - 30), start))?.[1];
  // "Till Radio Norrvik säger Karin Lund": a name run opening on a preposition is the preposition's object; in a
  // verb-second language the phrase fills the place before the verb and the speaker follows the verb.
  if (opensOnFrontedPreposition(nm[1], ctx)) return null;
  // "A spokesman for Acme Corp said", "A lawyer for Tom Jenkins said": after a preposition the name is its object; the
  // speaker is the role or source noun that holds it, unnamed ("Tourism operators on Mirror Lake say": nobody).
  if (wordBefore && ctx.lang.frames.prepositions?.includes(wordBefore)) return holderOfName(nm[1], from, start, end, ctx) ?? null;
  // "A spokesperson for the Evening Lark said": after a preposition and an article the name is the object too; the
  // speaker is the role or source noun that holds it, unnamed, else nobody.
  const objectOf = prepositionAndArticleBefore(ctx.lang.frames).exec(ctx.masked.slice(Math.max(from, start - 30), start));
  if (objectOf?.[1] && ctx.lang.frames.prepositions?.includes(objectOf[1].toLowerCase())) return unnamedHolderOf(from, start, end, ctx) ?? null;
  // "Ende des Jahres sagte der Bürgermeister": after a genitive's article the name is whose or what's the noun before it;
  // "Zeitungen in mehreren Ländern berichteten": where nouns are capitalised, small words after a preposition only
  // describe the name, which stays the preposition's object. Nobody is named; the speaker follows the verb.
  if (genitiveOrModifiedObject(ctx.masked.slice(Math.max(from, start - 60), start), ctx.lang.frames)) return null;
  // "The publicist of singer Ross Halloran says": the name is whose publicist, and the publicist goes unnamed.
  if (ownerAfterOf(ctx.masked.slice(Math.max(from, start - 80), start), ctx)) return null;
  const member = memberOfNamedBody(from, start, end, ctx);
  if (member) return member;
  const group = groupOfName(nm[1], start, end, ctx);
  if (group) return group;
  const before = /((?:[\p{L}\p{M}’'-]+\s+){1,3})$/u.exec(ctx.masked.slice(from, start))?.[1]?.trim();
  // "prezydent Francji powiedział", "der Präsident der USA sagte": right after a role noun (and its genitive's article), a
  // country or an acronym is whose role it is, and no one is named.
  if (before && roleRightBefore(before, ctx) && namesOnlyWhose(nm[1].split(/\s+/), ctx)) return null;
  // In a script without capitals the role must stand right before the name: a verb-final clause puts its object between
  // the subject and the verb ("<role> <name> <object> জানিয়েছেন"), and nothing else tells the name's last word.
  const beforeWords = before?.split(/\s+/) ?? [];
  const roleBefore = lettersWithoutCase(nm[1]) ? isRoleNoun(beforeWords[beforeWords.length - 1] ?? "", ctx) : beforeWords.some((w) => isRoleNoun(w, ctx));
  const lead = before && roleBefore ? before : undefined;
  // One such word after a role is as often the first half of a compound verb ("<role> অনুরোধ জানিয়েছেন", made a request)
  // as a surname: a name only where the article named that person in full before.
  if (lead && lettersWithoutCase(nm[1]) && !/\s/u.test(nm[1].trim()) && !ctx.book.findNamed(nm[1].trim())) return null;
  // Words after a role may be the verb's object ("<role> সতর্কতা জারি করে অনুরোধ জানিয়েছেন"): in a script without
  // capitals they are a name only where the verb opens what was said (a comma, a colon, a quotation mark) or the
  // document it was said in (a determiner: "<role> <name> স্বাক্ষরিত এক বিজ্ঞপ্তিতে", in a statement signed by).
  if (lead && lettersWithoutCase(nm[1]) && !verbOpensWords(ctx.lang.frames).test(ctx.masked.slice(end, end + 60))) return null;
  // "the senator representing Lake North said": a name after a role and a participle is the participle's object (a
  // constituency, a body), never the role's holder.
  if (lead && objectOfRolesParticiple(lead, ctx)) return null;
  const pair = coordinatedSubject(nm[1], start, ctx.masked.slice(from, start), ctx, s.role ?? lead);
  if (pair !== undefined) return pair;
  if (!s.role && !lead && pluralGroupOpener(nm[1], start, end, ctx)) {
    return unnamedGroup(nm[1], nm[1], start, end, ctx);
  }
  return nameSubject(nm[1], start, ctx, s.role ?? lead) ?? null;
}

/** Per language: a speech verb, then a comma, a colon, a quotation mark or a determiner, opening a text. */
const verbOpensWords = perLanguage((frames) => new RegExp(`^\\s*(?:${frames.speechVerbs.map(escapeRegExp).join("|")})\\s*(?:[,،:：«"“‘]|(?:${frames.determiners.map(escapeRegExp).join("|") || "(?!)"})\\s)`, "u"));

/**
 * True where a verb-second language (`verbSecond`) puts a phrase opening on a capitalised preposition before the verb
 * ("Till Radio Norrvik säger …", "Gegenüber Radio Nordheim sagte …"): the name run is the preposition's object.
 */
/** Most words in small letters between a preposition and the name it governs ("durch betrunkene", "in mehreren großen"). */
const MODIFIERS_AFTER_PREPOSITION = 3;

/**
 * True where the words before a name make it a genitive attribute (a genitive-only article right before it: "des
 * Monats") or, in a language that capitalises its nouns, a preposition's object past words in small letters ("in
 * mehreren Ländern"): never the subject of the verb after it.
 */
function genitiveOrModifiedObject(before: string, frames: LanguageFrames): boolean {
  const words = /((?:[\p{L}-]+\s+)+)$/u.exec(before)?.[1]?.trim().split(/\s+/u).reverse() ?? [];
  if (words[0] && frames.genitiveArticles?.includes(words[0].toLowerCase())) return true;
  if (!frames.nounsCapitalised) return false;
  for (const [i, word] of words.entries()) {
    if (i > 0 && (frames.prepositions ?? []).includes(word.toLowerCase())) return true;
    if (i >= MODIFIERS_AFTER_PREPOSITION || !/^\p{Ll}/u.test(word)) return false;
  }
  return false;
}

function opensOnFrontedPreposition(name: string, ctx: SpeakerContext): boolean {
  return Boolean(ctx.lang.frames.verbSecond) && opensOnCapitalisedPreposition(name, ctx.lang.frames);
}

/**
 * True when the (up to three) words before a name hold a role noun and end in an English participle in small letters
 * that is no role noun ("the senator representing", "the member elected"): the name is the participle's object, a
 * constituency or a body, and no holder of the role. compromise's lexicon tells the verb form; other languages are left
 * as they were.
 */
export function objectOfRolesParticiple(words: string, ctx: SpeakerContext): boolean {
  if (ctx.lang.frames.language !== "en") return false;
  const list = words.trim().split(/\s+/u);
  const last = list.pop() ?? "";
  if (!/^\p{Ll}+$/u.test(last) || isRoleNoun(last, ctx) || !list.some((w) => isRoleNoun(w, ctx))) return false;
  const tags = termTags(last)[0] ?? [];
  return tags.includes("Verb") && (tags.includes("Gerund") || tags.includes("PastTense")) && !tags.includes("Noun");
}

/** True when `words` end in a role noun, or in one and an article ("prezydent", "Präsident der"). */
function roleRightBefore(words: string, ctx: SpeakerContext): boolean {
  const list = words.split(/\s+/u);
  const last = list.pop() ?? "";
  if (leadingRole(last, ctx)) return true;
  return ctx.lang.frames.determiners.includes(last.toLowerCase()) && list.length > 0 && leadingRole(list.pop() as string, ctx);
}

/** Per language: a preposition (group 1) and an article ending a text, right before a name ("for the ", "de la "). */
const prepositionAndArticleBefore = perLanguage((frames) => new RegExp(`(?:^|\\s)([\\p{L}]+)\\s+(?:${frames.determiners.map(escapeRegExp).join("|") || "(?!)"})\\s+$`, "iu"));

/**
 * "A spokesperson for the Evening Lark said", "The spokesman for the Velmar Port Authority said": an article, at most
 * two describing words and a role or source noun, then the preposition and (`articleBeforeName`) an article before the name (`nameStart`): the
 * speaker is that unnamed person, whose phrase holds the name. Undefined where no such phrase opens the subject.
 */
function unnamedHolderOf(from: number, nameStart: number, end: number, ctx: SpeakerContext, articleBeforeName = true): Subject | undefined {
  const determiners = ctx.lang.frames.determiners.map(escapeRegExp).join("|") || "(?!)";
  const article = articleBeforeName ? `(?:${determiners})\\s+` : "";
  const holder = new RegExp(`(?:^|\\s)((?:${determiners})\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(\\p{Ll}[\\p{L}-]*))\\s+[\\p{L}]+\\s+${article}$`, "iu").exec(ctx.masked.slice(from, nameStart));
  const head = holder?.[2];
  if (!holder?.[1] || !head || !(isRoleNoun(head, ctx) || ctx.lang.frames.anonymousHeads.includes(head))) return undefined;
  const start = from + holder.index + holder[0].length - holder[0].trimStart().length;
  const opener = (holder[1].split(/\s+/u)[0] ?? "").toLowerCase();
  const phrase = { start, end, text: ctx.body.slice(start, end), head, modifiers: holder[1].split(/\s+/u).slice(1, -1), definite: definiteWords(ctx.lang.frames.language).includes(opener), plural: false };
  return { entry: ctx.book.anonymous(phrase), span: { start, end } };
}

/**
 * The speaker whose phrase holds a name written straight after a preposition ("A spokesman for Acme Corp"): the body
 * itself where the name reads as one and is no place (as "A spokesman for the Acme Corp" reads, organisationSubject), else
 * the unnamed holder; undefined where no role or source noun holds the name.
 */
function holderOfName(name: string, from: number, start: number, end: number, ctx: SpeakerContext): Subject | undefined {
  const holder = unnamedHolderOf(from, start, end, ctx, false);
  if (!holder) return undefined;
  // A place is where the holder works ("The mayor of Springfield said"), never the body that speaks.
  const body = isPlace(name) ? undefined : nameSubject(name, start, ctx);
  return body?.entry.type === "organisation" ? body : holder;
}

/** A plural noun opening a sentence, "of" and a name (group 1 the noun): "Friends of Anna Holt", "Supporters of Tom Vale". */
const PLURAL_OF_NAME = /^(\p{Lu}\p{Ll}+s)\s+of\s+\p{Lu}/u;

/**
 * "Supporters of Tom Vale said": a plural common noun that is capitalised only because it opens the sentence, then "of"
 * and a name, is an unnamed group of that person's or body's, never a person called "Supporters of Tom Vale". English
 * only, as pluralGroupOpener reads the noun.
 */
function groupOfName(name: string, start: number, end: number, ctx: SpeakerContext): Subject | undefined {
  const noun = PLURAL_OF_NAME.exec(name)?.[1];
  if (!noun || !pluralGroupOpener(noun, start, start + noun.length, ctx)) return undefined;
  return unnamedGroup(name, noun, start, end, ctx);
}

/** An unnamed group of people as the subject: the words `text` at [start, end), headed by the plural noun `head`. */
function unnamedGroup(text: string, head: string, start: number, end: number, ctx: SpeakerContext): Subject {
  return { entry: ctx.book.anonymous({ start, end, text, head: head.toLowerCase(), modifiers: [], definite: false, plural: true }), span: { start, end } };
}

/** Verb forms after a subject that agree with one person only: "Sims says", "Banks has said". */
const SINGULAR_AGREEMENT = /^\s+(?:says|has|is|was|tells|adds|writes|claims|insists|notes|posts|tweets)(?![\p{L}])/u;

/**
 * "Netizens say", "Conservationists said": one word capitalised only because it opens the sentence, which the lexicon
 * knows as a plural common noun and not as a person's or a place's name, and no singular verb after it, is an unnamed
 * group speaking, never one named person. A name the article gave before ("Anna Banks … Banks said") stays the person.
 * English only: compromise's lexicon is what knows a plural noun from a surname.
 */
function pluralGroupOpener(word: string, start: number, end: number, ctx: SpeakerContext): boolean {
  if (ctx.lang.frames.language !== "en" || !/^\p{Lu}\p{Ll}+s$/u.test(word) || ctx.book.findNamed(word)) return false;
  // A role noun's plural ("Scientists say") is left to nameEntry, which names no one; a surname the article writes after
  // a given name or a title ("Dr Anna Wells … Wells said") is that person's.
  if (isRoleNoun(word.slice(0, -1), ctx) || new RegExp(`\\p{Lu}\\p{L}*\\s+${word}(?!\\p{L})`, "u").test(ctx.masked)) return false;
  if (!/(?:^|[.!?:]\s|[\n"“”«»—–]\s*)\s*$/u.test(ctx.masked.slice(Math.max(0, start - 3), start)) && start > 0) return false;
  if (SINGULAR_AGREEMENT.test(ctx.masked.slice(end, end + 20))) return false;
  // "Fans who saw the show said": a word a relative clause describes is left to describedSubject, which names no one.
  const { subjectRelatives = [], restrictiveRelatives = [] } = ctx.lang.frames;
  const next = /^\s+(\p{L}+)/u.exec(ctx.masked.slice(end, end + 20))?.[1]?.toLowerCase() ?? "";
  if ([...subjectRelatives, ...restrictiveRelatives].includes(next)) return false;
  const tags = termTags(word)[0] ?? [];
  return tags.includes("Plural") && !tags.some((t) => t === "Person" || t === "ProperNoun" || t === "Place" || t === "Organization");
}

/** Most words of a name between a title and the role noun after it, in a script without capitals ("دکتر رضا کامرانی پزشک"). */
const TITLED_NAME_WORDS = 3;

/**
 * "دکتر <given name> <family name> پزشک بیمارستان … گفت" (Dr X, physician at the … hospital, said): in a script without
 * capitals a title (`abbreviatedTitles`, `titles`) marks the words after it as a person's name, and the first role noun
 * after two words of it ends the name; the role runs on with whom it serves up to the verb, as Persian writes a role
 * after the name without a comma. Read before the role alone, which would take the role's body for the name. Undefined
 * where no title opens such a subject.
 */
function titledNameThenRole(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  if (!lettersWithoutCase(s.text) || /\p{P}/u.test(s.text.trim())) return undefined;
  const words = [...s.text.matchAll(/[^\s\p{P}]+/gu)];
  const { nameStopwords, organisationCues, anonymousHeads } = ctx.lang.frames;
  const t = words.findIndex((w) => titleWord(ctx.lang.frames).test(w[0]) || (ctx.lang.frames.titles ?? []).includes(w[0]));
  if (t < 0) return undefined;
  const role = (w: string): boolean => isRoleNoun(w, ctx) || isRoleNoun(w.replace(EZAFE, ""), ctx);
  for (let r = t + 3; r <= t + 1 + TITLED_NAME_WORDS && r < words.length; r++) {
    if (!role((words[r] as RegExpMatchArray)[0])) continue;
    const name = words.slice(t + 1, r).map((w) => w[0]);
    if (name.some((w) => nameStopwords.includes(w) || role(w) || organisationCues.includes(w) || anonymousHeads.includes(w))) return undefined;
    const first = words[t + 1] as RegExpMatchArray;
    const at = s.from + (first.index ?? 0);
    return personSubject(name.join(" "), at, ctx, s.text.slice((words[r] as RegExpMatchArray).index).trim());
  }
  return undefined;
}

/**
 * A language's noun descriptions as one expression source: each describing word, then one of its prepositions and the
 * space before the name, or none after a preposition that ends in an apostrophe ("de l'Union").
 */
function nounDescriptionSource(descriptions: readonly NounDescription[]): string {
  const preposition = (p: string) => (/['’]$/u.test(p) ? `${escapeRegExp(p.slice(0, -1)).replace(/ /g, "\\s+")}['’]` : `${escapeRegExp(p).replace(/ /g, "\\s+")}\\s+`);
  const alternatives = descriptions.map((d) => `(?:${d.words.join("|")})\\s+(?:${[...d.prepositions].sort((a, b) => b.length - a.length).map(preposition).join("|")})`);
  return alternatives.length > 0 ? alternatives.join("|") : "(?!)";
}

/**
 * Per language: an article or determiner, a noun in small letters and its description (`nounDescriptions`) before a
 * name ending the text (group 1: the noun).
 */
const describedNounBeforeName = perLanguage((frames) => {
  const articles = [...new Set([...definiteWords(frames.language), "a", "an", ...frames.determiners])].map(capitalisablePhrase).join("|");
  return new RegExp(`(?:^|[^\\p{L}])(?:${articles})\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(\\p{Ll}[\\p{L}-]*)\\s+(?:${nounDescriptionSource(frames.nounDescriptions ?? [])})(?:the\\s+)?\\p{Lu}[^,;:.!?]*$`, "u");
});

/**
 * True where a text ends on a name inside the description of an outlet or a body before it (`nounDescriptions`): "A
 * harbour newspaper aligned with the Farmers Party", "a tabloid owned by Velmar Holdings". That outlet or body, unnamed,
 * is what the verb after the text belongs to, never the name.
 */
export function nameEndsNounDescription(text: string, frames: LanguageFrames): boolean {
  if (!frames.nounDescriptions) return false;
  const noun = describedNounBeforeName(frames).exec(text)?.[1];
  return noun !== undefined && (outletNounWord(frames).test(noun) || isOrganisationWord(noun, frames));
}

/** "A harbour newspaper aligned with the Farmers Party is reporting …": no one named speaks (nameEndsNounDescription). */
function nameInNounDescription(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  return nameEndsNounDescription(s.text, ctx.lang.frames) ? null : undefined;
}

/**
 * The ways a subject that ends the text before a verb is read, in order: the first that decides (a subject, or that no
 * source speaks) is the reading. A pronoun before a phrase, a phrase before a name: "the port authority" is an
 * organisation even where a role noun ends it, and "the mayor" is the person given that role (definiteRole).
 */
const SUBJECT_READERS: readonly SubjectReader<SubjectText>[] = [
  pronounSubject,
  nameInNounDescription,
  titledNameThenRole,
  (s, ctx) => namedAfterLead(s.from, s.end, ctx),
  (s, ctx) => namedThenRole(s.from, s.end, ctx),
  // One word alone before the verb ("לוי אמר"): a person where the article writes it after a title or a role elsewhere.
  (s, ctx) => (/^\s*\S+\s*$/u.test(s.text) ? namedByRoleElsewhere(s.from, s.end, ctx) : undefined),
  roleOfPlaceThenName,
  anonymousSubject,
  personOfBody,
  definiteBodyReference,
  organisationSubject,
  bareBodySubject,
  (s, ctx) => definiteRole(s.text, s.end, ctx),
  (s, ctx) => (ctx.lang.frames.roleAfterName ? nameThenRole(s.text, s.end, ctx) : undefined),
  definiteOneWordBody,
  namedSubject,
];

/** Who speaks in the subject ending the text before a verb, by the first of the subject readers that decides. */
export function readSubject(s: SubjectText, ctx: SpeakerContext): Subject | undefined {
  return firstReading(SUBJECT_READERS, s, ctx);
}

/** Most words in small letters a role after a name may have before its role noun ("minisztériumi szóvivő"). */
const POSTPOSED_ROLE_WORDS = 2;

/**
 * "Kovács Anna gyermekorvos", "Tóth Réka minisztériumi szóvivő" before a speech verb (`roleAfterName`): the named person,
 * with the role. Only where the last word is one of the language's role nouns, so an object in small letters is never read
 * as a role.
 */
function nameThenRole(text: string, end: number, ctx: SpeakerContext): Subject | undefined {
  const m = new RegExp(`\\s((?:\\p{Ll}[\\p{L}-]*\\s+){0,${POSTPOSED_ROLE_WORDS}}\\p{Ll}[\\p{L}-]*)$`, "u").exec(text);
  if (!m?.[1]) return undefined;
  const words = m[1].trim().split(/\s+/);
  if (!isRoleNoun(words[words.length - 1] as string, ctx)) return undefined;
  const before = text.slice(0, m.index).trimEnd();
  const nm = ctx.lang.nameAtEnd.exec(before);
  if (!nm?.[1] || nm[1].trim().split(/\s+/).length < 2) return undefined;
  const s = end - (text.length - before.length) - nm[1].length;
  return personSubject(nm[1], s, ctx, m[1].trim());
}

/** Per language, a preposition and a body's kind ending a text ("de l'hôpital "): asked for every named subject. */
const bodyBeforeName = perLanguage((frames) => new RegExp(`(?:^|\\s)(?:${(frames.prepositions ?? []).map(escapeRegExp).join("|")})\\s+(?:l['’]|(?:the|la|le|el|il|lo|o|a)\\s+)?(\\p{Ll}[\\p{L}-]*)\\s+$`, "u"));

/** Indefinite articles that open a description of someone unnamed ("un infirmier", "a nurse", "una enfermera"). */
const INDEFINITE = "un|une|a|an|uno|una|um|uma|ein|eine|einer|een";

/**
 * "Un infirmier de l'hôpital Ibn Rochd raconte", "a nurse at the hospital Santa Rita said": the name after a body's kind
 * and its preposition names the body, and the speaker is the unnamed person the words before it describe, belonging to
 * that body. Undefined where no such description opens the subject.
 */
function memberOfNamedBody(from: number, nameStart: number, end: number, ctx: SpeakerContext): Subject | undefined {
  const preps = ctx.lang.frames.prepositions ?? [];
  if (preps.length === 0) return undefined;
  const before = ctx.masked.slice(from, nameStart);
  const body = bodyBeforeName(ctx.lang.frames).exec(before);
  if (!body?.[1] || !ctx.lang.frames.organisationCues.includes(body[1])) return undefined;
  const person = new RegExp(`(?:^|\\s)((?:${INDEFINITE})\\s+(\\p{Ll}[\\p{L}-]*))(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}$`, "iu").exec(before.slice(0, body.index));
  if (!person?.[1] || !person[2]) return undefined;
  const start = from + person.index + person[0].length - person[0].trimStart().length;
  const phrase = { start, end, text: ctx.body.slice(start, end), head: person[2], modifiers: [], definite: false, plural: false };
  return { entry: ctx.book.anonymous(phrase), span: { start, end } };
}
