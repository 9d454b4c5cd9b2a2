/** Name entries: a name beside a speech verb read as a person (with the role written onto it), a body, or nobody. */
import { textSpan } from "../../core/spans.ts";
import { escapeRegExp, lettersWithoutCase } from "../../core/text.ts";
import { capitalisedInside, opensSentence } from "../sentenceCapitals.ts";
import { splitAffiliation } from "../affiliation.ts";
import { isCountryName, isPlace } from "../gazetteer.ts";
import { genitiveTailOfBody, isDemonymOnly, opensOnPublicationWord, uninflected } from "../cited.ts";
import { capitalisedForItsPlace, cleanName } from "../names.ts";
import { namesItsNounBefore, unitNounAtEnd } from "../nameOfItsNoun.ts";
import { isOrganisationWord, type SourceEntry } from "../sources.ts";
import { AFFILIATION_LINKS, compoundRole, isBodyKind, isMiddleName, isRoleNoun, isTitleWord, leadingOrganisation, leadingRole, titleBefore, titleWord } from "./lexicon.ts";
import { isKnownGivenName, termTags } from "../../core/nlp.ts";
import { perLanguage } from "../frames/common.ts";
import { afterOutletNoun, endsBeforeOutletNumber, isOutletName, isOutletNoun } from "./outletNames.ts";
import { placeThenName, ROLE_OF_OPENING } from "./placeThenName.ts";
import { pronounWords } from "./pronouns.ts";
import type { SpeakerContext, Subject } from "./types.ts";
import { bracketedAbbreviationFirst, runsSpelling } from "../bracketedAbbreviation.ts";

/** Elided prepositions and articles that may cling to a name (Italian, French). */
export const ELIDED_LEAD = /^(?:dall|dell|all|nell|sull|coll|l|d|qu)['’]/u;

/** A definite article in small letters right before a word, in the languages with frames. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(the|The|le|la|les|el|los|las|il|lo|die|der|das|dem|den|het|o|a|os|as)\s+$/u;

/** True for a name in a script without capitals whose language gives no other evidence for names (Arabic, Persian). */
export function caselessWithoutEvidence(name: string, ctx: SpeakerContext): boolean {
  return !ctx.lang.frames.speakerEvidence && lettersWithoutCase(name);
}

/** The first name the article writes after a title ("Bishop" → "Anna Lind" in "Bishop Anna Lind"), with the title when it is not an honorific. */
function fullNameAfterTitle(title: string, ctx: SpeakerContext): string | undefined {
  const m = new RegExp(`(?<![\\p{L}])${title}\\.?\\s+(${ctx.lang.frames.name})`, "u").exec(ctx.masked);
  const name = m?.[1] ? cleanName(m[1], ctx.lang.frames) : "";
  if (!name || name.split(/\s+/).length > 3 || isTitleWord(name.split(/\s+/)[0] ?? "", ctx.lang.frames)) return undefined;
  return titleWord(ctx.lang.frames).test(title) ? name : `${title} ${name}`;
}

/** A whole name that is a web address: words joined by dots, ending in a top-level domain in small letters ("Q.net", "Velmar.net"). */
const WEB_ADDRESS = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,13}$/u;

/** Most words of a body or portfolio between a role and a person's name ("Slavoje Bránice", "Lingkungan Hidup"). */
const BODY_AFTER_ROLE_WORDS = 4;

/** A name being read, with the role read off it so far; `roleWritten` says the role was written onto the name itself. */
interface NameParts {
  name: string;
  words: string[];
  role: string | undefined;
  roleWritten: boolean;
}

/** Most capitalised words of a field, body or place before a role noun written onto a name ("Velmar Harbour Deputy Port Captain Anna Koster"). */
const FIELD_WORDS_BEFORE_ROLE = 4;

/**
 * Where a role written onto a full name ends (the index of its last word), or undefined: the role ends on a role noun,
 * maybe after words for its field, body or place ("Infrastructure Minister Hendrika Valkhof", "Velmar Navy Assistant
 * Secretary Anna Maria Koster"), and two or three words of name follow; with a field before it, at most three.
 */
export function roleEndOnName(words: readonly string[], ctx: SpeakerContext): number | undefined {
  const article = words.length >= 4 && ctx.lang.frames.determiners.includes((words[0] as string).toLowerCase()) ? 1 : 0;
  if (words.length < 3 + article) return undefined;
  const starts = Array.from({ length: FIELD_WORDS_BEFORE_ROLE + 1 }, (_, k) => article + k);
  let roleEnd = starts.find((j) => words.length - j - 1 >= 2 && (j === article || words.length - j - 1 <= 3) && leadingRole(words[j] as string, ctx) && words.slice(article, j).every((w) => /^\p{Lu}/u.test(w)));
  // A role of two role words ("Chief Executive Hanna Vogt") ends on the last, as long as two words of name follow.
  while (roleEnd !== undefined && words.length - roleEnd - 2 >= 2 && leadingRole(words[roleEnd + 1] as string, ctx)) roleEnd++;
  return roleEnd === undefined ? undefined : titleRunEnd(words, roleEnd, ctx);
}

/** Words of a person's name after a title run, the nearest first: a given name and a surname, or with a middle name. */
const NAME_WORDS_AFTER_TITLES = [2, 3];

/**
 * A title run ("Kabid Humas Polda Kota Lama Kombes Dimas Prakoso": an office, the body it is of, then a rank): where a
 * second title or rank stands later in the capitalised run, right before the last two or three words, the role runs on
 * to it and the person is only those words. The rank is never the name's first word; one of two words ("Komisaris
 * Besar") is a role noun of the language written as two.
 */
function titleRunEnd(words: readonly string[], roleEnd: number, ctx: SpeakerContext): number {
  for (const n of NAME_WORDS_AFTER_TITLES) {
    const rank = words.length - n - 1;
    if (rank > roleEnd && endsRole(words, rank, ctx) && words.slice(roleEnd + 1, rank).every((w) => /^\p{Lu}/u.test(w))) return rank;
  }
  return roleEnd;
}

/** True when `words[at]` ends a role: a role word itself, or the last of a role noun the language writes as two words. */
function endsRole(words: readonly string[], at: number, ctx: SpeakerContext): boolean {
  if (leadingRole(words[at] as string, ctx)) return true;
  const pair = words.slice(Math.max(0, at - 1), at + 1).join(" ").toLowerCase();
  return at > 0 && ctx.lang.frames.roleNouns.includes(pair);
}

/**
 * A role written onto a full name, capitalised at a sentence's start or in German ("Bürgermeister Hans Müller", "Мэр
 * Игорь Петров", "Hafenmeisterin Ilse Brandt"), or onto the surname of a person the article has named: the role is kept
 * as the role, the person is the name after it. With its article before it ("Die Hafenmeisterin Ilse Brandt"), the role
 * is both words.
 */
function roleWrittenOnName(p: NameParts, ctx: SpeakerContext): NameParts {
  const { words } = p;
  const article = words.length >= 4 && ctx.lang.frames.determiners.includes((words[0] as string).toLowerCase()) ? 1 : 0;
  let roleEnd = roleEndOnName(words, ctx);
  // A compound role before a surname alone ("Betriebsratschef Kolb"): the compound is no one's first name. A role noun
  // written alone may be ("General Motors", "Meister Eckhart"), so only a compound splits off one word of name.
  if (roleEnd === undefined && words.length === 2 + article && compoundRole(words[article] as string, ctx)) roleEnd = article;
  // "Tom Vale … President Vale said", "Jan Nowak … Prezydent Nowak powiedział": a role before a surname the article has
  // already given to a person is that person's role; the name alone could be a firm's ("General Motors").
  if (roleEnd === undefined && words.length === 2 + article && leadingRole(words[article] as string, ctx) && ctx.book.findNamed(words[article + 1] as string)?.type === "named") roleEnd = article;
  if (roleEnd === undefined) return p;
  const held = officeHolder(words, roleEnd, ctx);
  // An honorific between the role and the name ("मुख्यमंत्री श्री हरीश जोशी", "Minister Dr Anna Berg") is neither's.
  const person = held.slice(held.findIndex((w, i) => i === held.length - 1 || !titleWord(ctx.lang.frames).test(w)));
  return { name: person.join(" "), words: person, role: p.role ?? words.slice(0, words.length - held.length).join(" "), roleWritten: true };
}

/**
 * The words naming the person after a role written onto a name that ends at `roleEnd`. A word in small letters after
 * the role ("Minister of Fisheries", "Ministro da Pesca") opens no name: the role runs on through it to the field or
 * body it is of, and a person is named only by a full name after that body ("Minister of Fisheries Tom Ridley"); the
 * body alone ("a former Minister of Fisheries said") leaves no words, and no one is named.
 */
function officeHolder(words: readonly string[], roleEnd: number, ctx: SpeakerContext): readonly string[] {
  const rest = words.slice(roleEnd + 1);
  if (!/^\p{Ll}/u.test(rest[0] ?? "")) return rest;
  const body = rest.findIndex((w) => /^\p{Lu}/u.test(w));
  if (body < 0) return [];
  const personWords = isMiddleName(rest[rest.length - 2] ?? "", ctx) ? 3 : 2;
  return rest.length - body > personWords ? rest.slice(-personWords) : [];
}

/**
 * "Die Bürgermeisterin von Nordheim Ilse Brand", "Mayor of Eastbrook Tom Halvik": where the name a role was written onto
 * opens on the role's "of" (a name pattern takes "von", "van", "de" inside a name), the place or body after it is the
 * role's and the person is the name after that, where the words say where the place ends (placeThenName); else the words
 * stay as read.
 */
function placeOfWrittenRole(p: NameParts, ctx: SpeakerContext): NameParts {
  const of = p.roleWritten ? ROLE_OF_OPENING.exec(p.name) : null;
  if (!of) return p;
  const split = placeThenName(p.name.slice(of[0].length), ctx);
  if (!split || p.name.slice(of[0].length + split.length).trim() !== split.name) return p;
  const place = p.name.slice(0, of[0].length + split.length).replace(/[\s,]+$/u, "");
  return { ...p, name: split.name, words: split.name.split(/\s+/u), role: p.role ? `${p.role} ${place}` : place };
}

/**
 * "trenér Slavoje Bránice Jan Novotný", "Menteri Lingkungan Hidup Andi Bunga": after a role, a body or portfolio, then
 * the person's given name and surname; the body belongs to the role (languages marked bodyAfterRole). A patronymic
 * before the surname ("Фёдор Ильич Громов") makes the name three words.
 */
function bodyAfterRole(p: NameParts, ctx: SpeakerContext): NameParts {
  const { words, role } = p;
  const personWords = isMiddleName(words[words.length - 2] ?? "", ctx) ? 3 : 2;
  if (role === undefined || !ctx.lang.frames.bodyAfterRole || words.length <= personWords || words.length > personWords + BODY_AFTER_ROLE_WORDS) return p;
  const person = words.slice(-personWords);
  return { ...p, name: person.join(" "), words: person, role: `${role} ${words.slice(0, -personWords).join(" ")}` };
}

/** "Hendrika Valkhof van Infrastructuur": the portfolio or place after a complete name belongs to the role (affiliation.ts). */
function affiliationAfterName(p: NameParts, ctx: SpeakerContext): NameParts {
  const affiliated = splitAffiliation(p.name, p.role !== undefined, ctx.lang.frames);
  if (!affiliated) return p;
  return { ...p, name: affiliated.name, words: affiliated.name.split(/\s+/), role: p.role ? `${p.role} ${affiliated.affiliation}` : p.role };
}

/** Words of a person's name before the body they are tied to: a given name and a surname, maybe a middle name. */
const PERSON_BEFORE_BODY_WORDS = [2, 3];

/** The words that tie a person to a body (`AFFILIATION_LINKS`), one word each. */
const AFFILIATION_LINK_WORDS: ReadonlySet<string> = new Set(AFFILIATION_LINKS.split("|"));

/**
 * "Ann Lisle of Harwick University", "Tom Dane of Brindlewood Capital": a full name, a word tying it to a body, and the
 * body's name, which holds one of the language's organisation words, run together as one name (a name pattern joins
 * words by "of", "de", "von"). The person is the name before the tie; the body is where they work, part of the role
 * where one is given. A name whose own words hold an organisation word ("Royal Bank of Scotland") stays whole.
 */
function bodyAfterFullName(p: NameParts, ctx: SpeakerContext): NameParts {
  const { words } = p;
  const at = words.findIndex((w, i) => PERSON_BEFORE_BODY_WORDS.includes(i) && AFFILIATION_LINK_WORDS.has(w));
  if (at < 0 || at === words.length - 1) return p;
  const [person, body] = [words.slice(0, at), words.slice(at + 1)];
  const organisational = (w: string): boolean => isOrganisationWord(w.toLowerCase(), ctx.lang.frames);
  if (!person.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || person.some(organisational) || !/^\p{Lu}/u.test(body[0] as string) || !body.some(organisational)) return p;
  const affiliation = words.slice(at).join(" ");
  return { ...p, name: person.join(" "), words: person, role: p.role ? `${p.role} ${affiliation}` : p.role };
}

/**
 * "ujar Hendra di Surabaya": where the person was is no part of their name; a body's name keeps its place ("Sąd
 * Rejonowy w Gdańsku", read as an organisation by nameEntry).
 */
function placeAfterName(p: NameParts, ctx: SpeakerContext): NameParts {
  const { words } = p;
  const placeAt = words.findIndex((w, i) => i > 0 && i < words.length - 1 && (ctx.lang.frames.placeParticles ?? []).includes(w));
  if (placeAt <= 0 || words.slice(0, placeAt).some((w) => ctx.lang.frames.organisationCues.includes(w.toLowerCase()) || leadingOrganisation(w, ctx))) return p;
  const person = words.slice(0, placeAt);
  return { ...p, name: person.join(" "), words: person };
}

/**
 * "Die SPD-Politikerin Anna Berger sagte": where nouns are capitalised, an article or a possessive and a noun before a
 * full name are a description, whether or not the role list knows the noun; the person is the name after it (as
 * namePrefix.ts reads "sagte seine Managerin Tessa Quaid").
 */
function nounBeforeName(p: NameParts, ctx: SpeakerContext): NameParts {
  const { words } = p;
  if (p.roleWritten || ctx.lang.frames.capitalisedNouns !== true || words.length < 4 || words.length > 5) return p;
  if (!commonNounReading(ctx.lang.frames).closed.has((words[0] as string).toLowerCase())) return p;
  const person = words.slice(2);
  // A full name is capitalised throughout: "Das Bundesamt für Seewege" is a body's name, and "für Seewege" nobody's.
  if (!person.every((w) => /^\p{Lu}/u.test(w))) return p;
  return { name: person.join(" "), words: person, role: p.role ?? words.slice(0, 2).join(" "), roleWritten: true };
}

/** A body's acronym in capitals (three letters at least: two capitals are often a person's initials, "JK", "BJ"). */
const BODY_ACRONYM = /^\p{Lu}{3,6}$/u;

/** A title's or a rank's abbreviation in capitals after other capitalised words ("Labour MP", "Coast Guard SACP"). */
const TITLE_ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * A body's acronym before a full name ("… of the Coast Guard VMS Anna Lind said", "речник … ЗСУ Олег Мирний"): the
 * acronym ends the role or body written before the person, it opens no name. Only before two capitalised words at
 * least, each with small letters (a full name, not "NATO Summit" nor another acronym). After other capitalised words
 * ("Labour MP Anna Vell", "Harbour Party TD Anna Vell", "mkoa wa Velo SACP Juma Kivuli") two capitals are a title or a
 * rank, no initials (those open a name): the words up to it are the person's party, body or place, and the title is
 * their role.
 */
function acronymBeforeName(p: NameParts): NameParts {
  const { words } = p;
  if (p.roleWritten || words.length < 3) return p;
  const at = words.findIndex((w, i) => i <= words.length - 3 && (i === 0 ? BODY_ACRONYM : TITLE_ACRONYM).test(w));
  if (at < 0) return p;
  const person = words.slice(at + 1);
  if (!person.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return p;
  if (at === 0) return { ...p, name: person.join(" "), words: person };
  return { name: person.join(" "), words: person, role: p.role ?? words[at], roleWritten: true };
}

/**
 * A title's abbreviation after a full name ("Paul Vell TD", "Anna Berg MP"): a postnominal title, the person's role, no
 * part of their name. Not after a body's words ("Velmont Harbour Service VHS" is the body and its acronym).
 */
function titleAfterName(p: NameParts, ctx: SpeakerContext): NameParts {
  const { words } = p;
  if (words.length < 3 || !TITLE_ACRONYM.test(words[words.length - 1] as string)) return p;
  const person = words.slice(0, -1);
  if (!person.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || person.some((w) => isOrganisationWord(w.toLowerCase(), ctx.lang.frames) || leadingOrganisation(w, ctx))) return p;
  return { ...p, name: person.join(" "), words: person, role: p.role ?? (words[words.length - 1] as string) };
}

/**
 * "Pohjolan Sanomille Virtanen kertoi" (Virtanen told Pohjolan Sanomat): a word in a case no speaker is named in
 * (`toldCaseEndings`, the Finnish allative) and the words before it are whom it was told; the person is what follows,
 * and with nothing after it ("vahvistaa Korvan Uutisille …") no one is named by these words. Where that word ends the
 * run after the verb ("sanoi Matti Virtanen Kaukolehdelle"), the person is before it (toldAfterPerson).
 */
function toldCaseWords(p: NameParts, ctx: SpeakerContext): NameParts {
  const endings = ctx.lang.frames.toldCaseEndings ?? [];
  let last = -1;
  p.words.forEach((w, i) => {
    const lower = w.toLowerCase();
    // A given name that ends so ("Michelle Obama") is the person's own.
    if (endings.some((e) => lower.length > e.length + 1 && lower.endsWith(e)) && !isKnownGivenName(w)) last = i;
  });
  if (last < 0) return p;
  const person = last === p.words.length - 1 && last > 0 ? toldAfterPerson(p.words, ctx) : p.words.slice(last + 1);
  return { ...p, name: person.join(" "), words: person };
}

/**
 * The person before whom they told, which ends the run ("sanoi Matti Virtanen Kaukolehdelle"). A word before it in the
 * genitive (`genitiveEnding`) or in capitals is the told name's own ("Matti Virtanen Pohjan Sanomille", "MTV
 * Uutisille"), unless it is a surname after a lone given name ("Anna Marin Iltalehdelle"); with no word left, no one is
 * named. A language whose genitive the frames do not give cannot tell the told name's words from the person's: no one.
 */
function toldAfterPerson(words: readonly string[], ctx: SpeakerContext): string[] {
  const genitive = toldNameGenitive(ctx.lang.frames);
  if (!genitive) return [];
  let told = words.length - 1;
  const surnameAfterGivenName = (at: number): boolean => at === 1 && isKnownGivenName(words[0] as string);
  if (told > 0 && (genitive.test(words[told - 1] as string) || BODY_ACRONYM.test(words[told - 1] as string)) && !surnameAfterGivenName(told - 1)) told--;
  return words.slice(0, told);
}

/** Per language: a capitalised word ending on its genitive (`genitiveEnding`), where the frames give one. */
const toldNameGenitive = perLanguage((frames) => (frames.genitiveEnding ? new RegExp(`^\\p{Lu}[\\p{L}-]*(?:${frames.genitiveEnding})$`, "u") : undefined));

/**
 * The body's noun written right before a name where the language puts it there (`bodyNounBeforeName`: "Công an Hà Tây",
 * the Hà Tây police), with the space after it, as the body text writes it; else undefined.
 */
function bodyNounBefore(at: number, ctx: SpeakerContext): string | undefined {
  if (!ctx.lang.frames.bodyNounBeforeName) return undefined;
  const before = ctx.body.slice(Math.max(0, at - 40), at);
  // The place's own noun may stand between ("công an tỉnh Hà Giang", the police of Hà Giang province).
  const unit = unitNounAtEnd(before, ctx.lang.frames) ?? "";
  const cue = [...ctx.lang.frames.organisationCues]
    .sort((a, b) => b.length - a.length)
    .map((c) => new RegExp(`(?:^|[^\\p{L}])(${escapeRegExp(c)}\\s+)$`, "iu").exec(before.slice(0, before.length - unit.length))?.[1])
    .find((m) => m !== undefined);
  return cue === undefined ? undefined : cue + unit;
}


/**
 * "Taarifa ya Juma Kimaro imesema …" (the statement of J. K. said): where a language writes a sentence's subject as a
 * statement's noun and the word that gives its owner (`statementOwnerLeads`), the capitalised run opening the sentence
 * takes the noun in; the statement is its owner's words, and the owner is the name after them (or nobody).
 */
function statementOwnerOnName(p: NameParts, ctx: SpeakerContext): NameParts {
  const leads = ctx.lang.frames.statementOwnerLeads ?? [];
  const lower = p.name.toLocaleLowerCase(ctx.lang.frames.language);
  const lead = leads.filter((l) => lower.startsWith(`${l} `)).sort((a, b) => b.length - a.length)[0];
  if (!lead) return p;
  const person = p.words.slice(lead.split(/\s+/).length);
  return { ...p, name: person.join(" "), words: person };
}

/** Per language: the subject's case ending closing a plain name's word (`subjectCaseEnding`), or nothing. */
const subjectCaseEnding = perLanguage((frames) => (frames.subjectCaseEnding ? new RegExp(`^(\\p{Lu}\\p{Ll}+?)(?:${frames.subjectCaseEnding})$`, "u") : undefined));

/**
 * "Ane Etxeberriak esan du" (Ane Etxeberria has said): where the language writes the subject's case onto the name's last
 * word (`subjectCaseEnding`, the Basque ergative), the ending is how the sentence uses the name, not the person's.
 */
function subjectCaseOnName(p: NameParts, ctx: SpeakerContext): NameParts {
  const ending = subjectCaseEnding(ctx.lang.frames);
  const last = p.words[p.words.length - 1];
  const stem = last && ending ? ending.exec(last)?.[1] : undefined;
  if (!stem) return p;
  const words = [...p.words.slice(0, -1), stem];
  return { ...p, name: words.join(" "), words };
}

/** What a name may carry that is no part of it, read off in order, each step on what the one before left. */
const NAME_PART_STEPS: readonly ((p: NameParts, ctx: SpeakerContext) => NameParts)[] = [statementOwnerOnName, toldCaseWords, acronymBeforeName, titleAfterName, roleWrittenOnName, placeOfWrittenRole, nounBeforeName, bodyAfterRole, affiliationAfterName, bodyAfterFullName, placeAfterName, subjectCaseOnName];

/**
 * True when a run of capitalised words ends on a role noun and no given name opens it ("Chief Records Officer", "Under
 * Secretary", "Deputy Registrar"): an office written with capitals, set off beside a name ("Tomas Verlaine, Deputy
 * Registrar, Chief Records Officer, said"), never its holder's name. A given name keeps a surname spelt like a role
 * ("Marta King", "Anna Mayor"). Only where capitals mark names and not every noun (German capitalises its nouns).
 */
export function officeTitleOnly(words: readonly string[], ctx: SpeakerContext): boolean {
  if (words.length < 2 || ctx.lang.frames.capitalisedNouns === true) return false;
  const last = words[words.length - 1] as string;
  if (!/^\p{Lu}\p{Ll}/u.test(last) || !isRoleNoun(last, ctx)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w)) && !words.slice(0, -1).some((w) => isKnownGivenName(w));
}

/** Resolves a name as a person or organisation source (never an outlet). */
export function nameEntry(raw: string, start: number, ctx: SpeakerContext, givenRole?: string): SourceEntry | undefined {
  // A web address ("na portalu Q.net napisał", "wrote on Velmar.net") is where words were posted, never who spoke.
  if (WEB_ADDRESS.test(raw.trim())) return undefined;
  // An elided preposition or article in small letters ("dall'Adnkronos", "dell'Ansa", "l'AFP") opens no person's name:
  // the name is what follows it.
  const cleaned = cleanName(raw, ctx.lang.frames).replace(ELIDED_LEAD, "");
  // Where the cleaned name starts in the body (its start in `raw`, or the start of `raw` where cleaning rewrote it).
  const cleanedAt = start + Math.max(0, raw.indexOf(cleaned));
  if (!cleaned || isOutletName(cleaned, ctx) || afterOutletNoun(cleanedAt, ctx) || endsBeforeOutletNumber(cleaned, cleanedAt + cleaned.length, ctx)) return undefined;
  // Outside English, a name of two words at least that the article writes elsewhere with an outlet word ("Yeni Kuzey
  // gazetesi … Yeni Kuzey, … başlıklı haberinde"), or that opens on a publication word of its language ("Dagbladet Norr",
  // "Tidningen Väst"), is a publication's, never a person's: the frames read it as the outlet. English reads people by
  // compromise's lexicon, and its outlet evidence takes "Li Wen, an editor at Harbour Daily" for an outlet's too.
  const foreign = ctx.lang.frames.language !== "en";
  if (foreign && cleaned.includes(" ") && (ctx.articleOutlets?.has(cleaned.toLowerCase()) || opensOnPublicationWord(cleaned, ctx.lang.frames))) return undefined;
  // One word ending such a name ("Kuzey" after "Yeni Kuzey gazetesi") is its short form, unless the article named a person so.
  if (foreign && !cleaned.includes(" ") && !ctx.book.findNamed(cleaned) && endsAnOutletName(cleaned, ctx)) return undefined;
  // Capitalised only as a sentence's first word, an elided article before a common noun ("L'entreprise a indiqué",
  // "L'agenzia ha riferito") is a description, not a name ("L'Oréal" stays one).
  if (/^\p{Lu}\p{Ll}{0,3}['’]\p{Ll}/u.test(cleaned)) return undefined;
  // Where nouns are capitalised, a name opening on an outlet noun ("Die Wochenzeitung Kellbacher Echo zitierte") is the
  // outlet the frames read, never a person.
  if (ctx.lang.frames.capitalisedNouns === true && opensOnOutletNoun(cleaned, ctx)) return undefined;
  // "Prezydent USA powiedział", "Президент Франции заявил": a role and the country or body it is of name the office, not
  // its holder.
  const written = cleaned.split(/\s+/);
  if (written.length >= 2 && leadingRole(written[0] as string, ctx) && namesOnlyWhose(written.slice(1), ctx)) return undefined;
  // A run that ends on a title ("Kabid Humas Polda Kota Lama Kombes", "Velmar Harbour Dr") stops before the name the title
  // introduces: it names no one.
  if (written.length >= 2 && titleWord(ctx.lang.frames).test(written[written.length - 1] as string)) return undefined;
  if (officeTitleOnly(written, ctx)) return undefined;
  const body = bodyNounBefore(cleanedAt, ctx);
  if (body !== undefined) {
    const at = cleanedAt - body.length;
    const end = cleanedAt + cleaned.length;
    return ctx.book.organisation(ctx.body.slice(at, end), textSpan(ctx.body, at, end));
  }
  if (namesItsNounBefore(ctx.body, cleanedAt, ctx.lang.frames)) return undefined;
  const parts = NAME_PART_STEPS.reduce((p, step) => step(p, ctx), { name: cleaned, words: written, role: givenRole, roleWritten: false });
  // An office and the body it heads, with no person's name left ("a former Minister of Fisheries", "Ketua Komisi Perikanan
  // Daerah (KPD)"): whoever holds it is named right after it, or no one is.
  if (parts.roleWritten && (parts.words.length === 0 || bodyByItsAcronym(written, parts.words.length, ctx.masked.slice(start + raw.length)))) {
    return holderAfterOffice(start + raw.length, cleaned, ctx)?.entry;
  }
  if (parts.words.length === 0) return undefined;
  const { name, words, role } = parts;
  // A kind of body written onto its name as one compound ("Reizigersvereniging Rover Noord", "Spoorbeheerder RailNed"):
  // the body is the name after it.
  // A kind of body written before its name as a word of its own ("Agensi Bluewave Entertainment", `bodyKinds`): the same.
  if (!parts.roleWritten && words.length >= 2 && (leadingOrganisation(words[0] as string, ctx) || isBodyKind(words[0] as string, ctx)) && !isPlace(words.slice(1).join(" "))) {
    const body = words.slice(1).join(" ");
    const at = start + raw.indexOf(body);
    return ctx.book.organisation(body, textSpan(ctx.body, at, at + body.length));
  }
  if (words.every((w) => ctx.lang.frames.nameStopwords.includes(w.toLowerCase()))) return undefined;
  // "Seit Wochen berichtet …", "Her Majesty is said to …": capitalised for their place, nobody's name.
  if (!ctx.book.findNamed(name) && capitalisedForItsPlace(name, ctx.masked, start + raw.indexOf(name), ctx.lang.frames)) return undefined;
  // "Pop-up warnt vor", "Start-up kündigt an": one word whose part after a hyphen opens in small letters is a
  // common noun written with a capital (a loan noun in German, a sentence's first word elsewhere); every part of a
  // hyphenated name is capitalised ("Hans-Peter", "Fani-Kayode").
  if (words.length === 1 && /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(name) && !ctx.book.findNamed(name)) return undefined;
  // "said European regulators had …": a nationality or regional adjective is the start of a group, never a person's
  // name, unless the article named someone so ("Judith French … French said").
  if (words.length === 1 && isDemonymOnly(name) && !ctx.book.findNamed(name)) return undefined;
  // An article or a pronoun that opens a sentence ("Das berichtet die Zeitung") is nobody.
  if (words.length === 1 && (ctx.lang.frames.determiners.includes(name.toLowerCase()) || pronounWords(ctx.lang.frames).includes(name.toLowerCase()))) return undefined;
  // A possessive inside ("the Quillon Ledger’s Person of the Year") makes a title or a role, not anybody's name.
  if (/[’']s\s/u.test(name)) return undefined;
  const offset = start + raw.indexOf(name);
  const span = textSpan(ctx.body, offset, offset + name.length);
  // A title or role word alone ("the Bishop said") is a person only through the full name the article gives them
  // ("Bishop Anna Lind"); without one it names nobody.
  // A role noun in the plural ("Scientists say") is a group nobody names: not a person, and no source to draw.
  if (words.length === 1 && /s$/u.test(name) && ctx.lang.frames.roleNouns.includes(name.toLowerCase().slice(0, -1))) return undefined;
  // With its article ("Le Président a affirmé", "a dit le Président"), a title is still only a title, unless the article
  // named someone so ("Bruno Le Maire … Le Maire a dit").
  const articled = words.length === 2 && ctx.lang.frames.determiners.includes((words[0] as string).toLowerCase()) && !ctx.book.findNamed(name);
  const title = words.length === 1 ? name : articled ? (words[1] as string) : undefined;
  if (title !== undefined && isTitleWord(title, ctx.lang.frames)) {
    // Where no letter tells a name from the next word ("المتحدث باسم", "the spokesman for"), the title stays nobody.
    if (caselessWithoutEvidence(title, ctx)) return undefined;
    const full = fullNameAfterTitle(title, ctx);
    return full ? ctx.book.named(full, span, role) : undefined;
  }
  // "a déclaré la Première ministre (Claire Vautrin)": a capitalised word right before a role noun in small letters is
  // the role's adjective; the person is the name after the role, if the text gives one.
  if (title !== undefined && !ctx.lang.frames.roleAfterName && !ctx.book.findNamed(name)) {
    const roleAfter = ROLE_NOUN_AFTER.exec(ctx.masked.slice(offset + name.length, offset + name.length + 40));
    if (roleAfter?.[1] && isRoleNoun(roleAfter[1], ctx)) return personAfterRole(`${title} ${roleAfter[1]}`, offset + name.length + roleAfter[0].length, ctx);
  }
  // A figure alone is nobody ("… bis Ende 2028 bestätigt": a year before the verb).
  if (words.every((w) => /^[\p{N}.,]+$/u.test(w))) return undefined;
  // "dass er den Satz 2019 nie geschrieben habe": where every noun is capitalised, a year or a figure after a word is no
  // part of a name, and the word without it may be a common noun after its article (commonNounNotName).
  const withoutFigures = words.filter((w) => !/^\p{N}+$/u.test(w));
  if (withoutFigures.length < words.length && commonNounNotName(withoutFigures, offset, role, ctx)) return undefined;
  // A person's name holds no number: "Quillon 7 News wrote" is an outlet (the frames read it), "Unit 12 said" a body.
  if (words.some((w) => /^\p{N}+$/u.test(w))) {
    return words.some((w) => ctx.lang.frames.outletCues.includes(w.toLowerCase())) ? undefined : ctx.book.organisation(name, span);
  }
  const lower = name.toLowerCase().split(/\s+/);
  // A person the article has named, or one given a title ("Dr Paris"), is that person even where the word is also a
  // place ("Dr Lena Paris … Paris said", "Mark London … London said").
  const titled = titleBefore(ctx.lang.frames).test(ctx.masked.slice(Math.max(0, offset - 12), offset));
  if (words.length === 1 && (ctx.book.findNamed(name)?.type === "named" || titled)) return ctx.book.named(name, span, role);
  // A word in capitals straight after a personal pronoun ("What he REALLY said") is the writer's emphasis: the pronoun
  // is the subject, and no body is called REALLY.
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(name) && afterPronoun(ctx.masked.slice(Math.max(0, offset - 24), offset), ctx)) return undefined;
  // An acronym nobody introduced ("ISIS said") is an organisation, not a person; so is a place that speaks ("Moscow
  // said", "Mainz said": its authorities), never a person called after the town.
  const acronym = words.length === 1 && /^\p{Lu}{2,}$/u.test(name) && !ctx.book.findNamed(name);
  // A role given to the name ("Houston, the company's spokesman, told …") makes it a person even where it is a place.
  // One word that is a compound ending in an organisation word ("Opetusministeriö", the ministry of education) is that body.
  const compoundBody = words.length === 1 && !role && leadingOrganisation(name, ctx);
  if (acronym || compoundBody || (!role && lexiconOrganisation(name, ctx)) || (isPlace(name) && !(role && words.length === 1))) return ctx.book.organisation(name, span);
  // A cue of several words ("guardia civil", "ministério público") is met as whole words of the name.
  const spaced = ` ${lower.join(" ")} `;
  if (ctx.lang.frames.organisationCues.some((c) => (c.includes(" ") ? spaced.includes(` ${c} `) : lower.includes(c)))) {
    // "повідомило Міністерство оборони": the body's field in the genitive, in small letters, is part of its name.
    const tail = genitiveTailOfBody(ctx.masked, offset, offset + name.length, ctx.lang.frames);
    return ctx.book.organisation(`${name}${tail}`, tail ? textSpan(ctx.body, offset, offset + name.length + tail.length) : span);
  }
  // One word that opens its sentence and is written with a capital nowhere inside a sentence of the article ("Semua
  // katanya …", "Total katanya …": all, the total) has its capital from its place, not as a name. Outside English no
  // lexicon tells a given name from a common word there, so it names nobody; a person the article names is read above.
  if (foreign && words.length === 1 && !role && opensSentence(ctx.masked, offset) && !capitalisedAsName(name, ctx)) return undefined;
  // In English the lexicon tells: such a word that it knows only as an adjective ("Funny tweets about the coin:", a
  // heading), an adverb ("Further comments read:") or a preposition ("From claims that X to rumours that Y, …") has its
  // capital from its place, never a name.
  if (!foreign && words.length === 1 && !role && opensSentence(ctx.masked, offset) && !capitalisedInside(name, ctx.masked) && describingOrLinkingOnly(name)) return undefined;
  // An adverb, preposition or conjunction opening the sentence is no name even where a role follows it: "Further, the
  // mayor said …" is the mayor speaking, not a Mr Further who is mayor. (Adjectives are surnames too: "Young, the mayor, said".)
  if (!foreign && words.length === 1 && role && opensSentence(ctx.masked, offset) && !capitalisedInside(name, ctx.masked) && describingOrLinkingOnly(name, LINKING_TAGS)) return undefined;
  // In a script without capitals and without the language's own evidence for names (speakerEvidence), nothing tells a
  // name from the words next to a speech verb ("بنادر روز دوشنبه", "the ports on Monday"): only a role that introduces
  // the words makes them someone.
  // A title before the name (`abbreviatedTitles`: "دکتر", "श्री") is such evidence too, as is a sentence that is only
  // the name and its verb introducing quoted words (namesSentenceBeforeQuotedWords).
  if (!role && !titled && caselessWithoutEvidence(name, ctx) && !namesSentenceBeforeQuotedWords(words, offset, offset + name.length, ctx)) return undefined;
  // One word after an article in small letters is a title or a body: English never writes "the" before a person's name
  // ("and the Sentinel said"); other languages may ("la Meloni"), so there only a name the registry knows with its
  // article is an outlet ("… und die Zeit berichteten").
  const articleBefore = words.length === 1 ? ARTICLE_BEFORE.exec(ctx.masked.slice(Math.max(0, offset - 6), offset))?.[1] : undefined;
  // "The Post also says": an English "the" opening the sentence before one word is a title's short form, as in running text.
  if (articleBefore && (articleBefore.toLowerCase() === "the" || ctx.registry.byName(`${articleBefore} ${name}`))) return undefined;
  // A sentence opening on an article and one noun ("Die Opposition kritisierte …", "Die Grünen forderten …") names a
  // group or a body: German never writes an article before a person's name in news copy (French, Dutch and Catalan do,
  // or have surnames that start with one: "Le Pen", "De Vries").
  if (commonNounNotName(words, offset, role, ctx)) return undefined;
  return ctx.book.named(name, span, role);
}

/** Per language that capitalises its nouns: the words that introduce a noun (determiners, possessives), lower case. */
const nounIntroducers = perLanguage((frames) => new Set([...frames.determiners, ...(frames.possessives ?? [])].map((w) => w.toLowerCase())));

/**
 * True when the article writes `name` with its capital inside a sentence, as a name is. Where the language capitalises
 * every noun ("Mitglieder kommentierten …" and "seine Mitglieder hätten …"), a capital after a determiner or a
 * possessive is the noun's own and no evidence of a name.
 */
function capitalisedAsName(name: string, ctx: SpeakerContext): boolean {
  const { frames } = ctx.lang;
  return capitalisedInside(name, ctx.masked, frames.nounsCapitalised ? nounIntroducers(frames) : undefined);
}

/** Words of a name in a script without capitals that `namesSentenceBeforeQuotedWords` reads: a given name and a family name, maybe a second of either. */
const QUOTING_NAME_WORDS = [2, 3];

/**
 * The Persian ezafe written onto a noun that heads a phrase ("سخنگوی", "خانه‌ی"): the noun is the word without it. The
 * Persian yeh (U+06CC) is written in no other language with frames; stripped from a name it only fails to match a noun.
 */
export const EZAFE = /\u200c?\u06cc$/u;

/**
 * Per language: a speech verb, then a colon, an opening quotation mark or the complementiser that opens reported words,
 * opening a text ("گفت: …", "نوشت: «…»", "बोले कि …").
 */
const speechVerbIntroducingQuotation = perLanguage((frames) => {
  const complementisers = (frames.complementisers ?? []).map(escapeRegExp).join("|") || "(?!)";
  return new RegExp(`^\\s+(?:${frames.speechVerbs.map(escapeRegExp).join("|")})\\s*(?:[:：]|[,،]?\\s*[«"“]|(?:${complementisers})(?![\\p{L}\\p{M}]))`, "u");
});

/**
 * In a script without capitals, the lexical evidence a sentence gives for a name: two or three words, none a word that
 * begins no name, are its whole subject before a speech verb that introduces the words it says with a colon, a
 * quotation mark or a complementiser ("<given name> <family name> گفت: «…»", "<given name> <family name> बोले कि …"). Adverbials of time or place stand between a subject and its
 * verb ("بنادر روز دوشنبه گفت"), never opening the sentence with nothing before them and a quotation after.
 */
function namesSentenceBeforeQuotedWords(words: readonly string[], start: number, end: number, ctx: SpeakerContext): boolean {
  if (!QUOTING_NAME_WORDS.includes(words.length)) return false;
  const { nameStopwords, anonymousHeads, organisationCues, outletCues } = ctx.lang.frames;
  const nouns = (w: string): string[] => [w, w.replace(EZAFE, "")];
  // A role, source, body or outlet noun among the words ("سخنگوی بیمارستان", the hospital's spokesman) makes them a description, no name.
  if (words.some((word) => nouns(word).some((w) => nameStopwords.includes(w) || isRoleNoun(w, ctx) || anonymousHeads.includes(w) || organisationCues.includes(w) || outletCues.includes(w)))) return false;
  return opensSentence(ctx.masked, start) && speechVerbIntroducingQuotation(ctx.lang.frames).test(ctx.masked.slice(end, end + 40));
}

/** The word classes of compromise's lexicon that link a sentence's parts and never name anyone. */
const LINKING_TAGS = ["Adverb", "Preposition", "Conjunction"];
/** Those and the adjectives: the classes that describe or link. */
const DESCRIBING_OR_LINKING_TAGS = ["Adjective", ...LINKING_TAGS];

/**
 * True when compromise's lexicon knows a word, in small letters, as one of `kinds` (an adjective, an adverb, a preposition or a
 * conjunction and not as a name ("funny", "angry", "further", "meanwhile", "from", "amid"; not "smith"): a describing
 * or linking word, never someone's name ("Further comments read: …" quotes comments, not a Mr Further).
 */
function describingOrLinkingOnly(word: string, kinds: readonly string[] = DESCRIBING_OR_LINKING_TAGS): boolean {
  const tags = termTags(word.toLowerCase())[0] ?? [];
  return kinds.some((t) => tags.includes(t)) && !tags.some((t) => t === "Person" || t === "FirstName" || t === "LastName" || t === "ProperNoun");
}

/**
 * True when the words in brackets after `words` shorten some run of them that reaches into their last `tail` words, each
 * word by its initial and maybe more of its letters ("Komisi Perikanan Daerah (KPD)", "Kepala Badan Reserse Perikanan
 * Daerah (Kabarespd)"; bracketedAbbreviation.ts "prefixes"): those words are a body's name the text abbreviates, never a
 * person's.
 */
export function bodyByItsAcronym(words: readonly string[], tail: number, after: string): boolean {
  const acronym = bracketedAbbreviationFirst(after)?.letters;
  if (!acronym) return false;
  // Two words at least, the last of them among the last `tail`.
  return runsSpelling(acronym, words, "prefixes").some((r) => r.last > r.first && r.last >= words.length - tail);
}

/**
 * The person named right after an office ("Ketua Komisi Perikanan Daerah (KPD), Bayu Pratama"), maybe past the body's
 * acronym in brackets and a comma: that person with the office as role; undefined where no full name follows.
 */
export function holderAfterOffice(at: number, office: string, ctx: SpeakerContext): Subject | undefined {
  // Past the body's acronym in brackets, if one follows, and a comma.
  const bracketEnd = bracketedAbbreviationFirst(ctx.masked.slice(at))?.end ?? 0;
  const from = at + bracketEnd + (/^\s*,?/u.exec(ctx.masked.slice(at + bracketEnd))?.[0].length ?? 0);
  const m = /^\s*/u.exec(ctx.masked.slice(from))?.[0].length ?? 0;
  const found = ctx.lang.nameAtStart.exec(ctx.masked.slice(from + m, from + m + 80))?.[1];
  const name = found ? cleanName(found, ctx.lang.frames) : "";
  if (!found || !FULL_NAME.test(name) || name.split(/\s+/u).length > 3) return undefined;
  const start = from + m + found.indexOf(name);
  return { entry: ctx.book.named(name, textSpan(ctx.body, start, start + name.length), office), span: { start, end: start + name.length } };
}

/**
 * True when words after a role say whose role it is and name no one: acronyms ("USA", "NATO") or one country's name,
 * also in a case form the declension gives back (cited.ts uninflected: "Francji" is "Francja", "Франции" "Франция").
 */
export function namesOnlyWhose(words: readonly string[], ctx: SpeakerContext): boolean {
  if (words.length === 0) return false;
  if (words.every((w) => /^\p{Lu}{2,}$/u.test(w))) return true;
  const { language } = ctx.lang.frames;
  const word = words[0] as string;
  return words.length === 1 && [word, ...uninflected(word, language)].some((form) => isCountryName(form, language));
}

/** True when one of the names the article writes with an outlet word ends in `word` ("yeni kuzey" for "Kuzey"). */
export function endsAnOutletName(word: string, ctx: SpeakerContext): boolean {
  const tail = ` ${word.toLowerCase()}`;
  for (const name of ctx.articleOutlets ?? []) if (name.endsWith(tail)) return true;
  return false;
}

/** True when a name's first word, after an article, is an outlet noun ("Zeitung", "Wochenzeitung"). */
function opensOnOutletNoun(name: string, ctx: SpeakerContext): boolean {
  const words = name.split(/\s+/);
  const first = ctx.lang.frames.determiners.includes((words[0] as string).toLowerCase()) ? words[1] : words[0];
  return first !== undefined && isOutletNoun(first, ctx);
}

/** A role noun in small letters right after a name, and the spaces after it (group 1 the noun). */
const ROLE_NOUN_AFTER = /^\s+(\p{Ll}[\p{L}-]*)\s*/u;

/** The person named right after a role ("Claire Vautrin" after "Première ministre"), with the role; undefined where no name follows. */
function personAfterRole(role: string, at: number, ctx: SpeakerContext): SourceEntry | undefined {
  const m = ctx.lang.nameAtStart.exec(ctx.masked.slice(at, at + 80));
  const name = m?.[1] ? cleanName(m[1], ctx.lang.frames) : "";
  if (!name || name.split(/\s+/).length < 2 || name.split(/\s+/).length > 3) return undefined;
  const start = at + (m?.[1] ?? "").indexOf(name);
  return ctx.book.named(name, textSpan(ctx.body, start, start + name.length), role);
}

/** Per language: its determiners and possessives (lower case), and what marks a common noun (`commonNounMarks`), compiled once. */
const commonNounReading = perLanguage((frames) => {
  const marks = frames.commonNounMarks;
  return {
    closed: new Set([...frames.determiners, ...(frames.possessives ?? [])]),
    suffix: marks ? new RegExp(`^\\p{Lu}\\p{L}{2,}(?:${marks.suffixes.join("|")})$`, "u") : /(?!)/u,
    adjectiveBefore: marks ? new RegExp(`(?:^|[^\\p{L}])(?:${marks.adjectiveBefore})\\s+$`, "u") : /(?!)/u,
  };
});

/**
 * "Facebook told reporters", "General Motors said": an English name whose every word compromise's lexicon knows as a
 * company's and none as a person's is that body speaking, never a person called so. Other languages have no such lexicon.
 */
function lexiconOrganisation(name: string, ctx: SpeakerContext): boolean {
  if (ctx.lang.frames.language !== "en") return false;
  const terms = termTags(name);
  return terms.length > 0 && terms.every((tags) => tags.includes("Organization") && !tags.includes("Person"));
}

/**
 * Where every noun is capitalised (German, `capitalisedNouns`), capitalised words that are a common noun and no
 * person's name: words that open on an article or a possessive ("Ihre Begründung lautete:", "Seine Antwort kam prompt:",
 * "Die Entscheidung"), a word with an ending only common nouns take ("Entscheidung", "Mehrheit"; `commonNounMarks`),
 * unless a given name opens the name ("Peter Hartung"), and one word right after an article, a possessive or an
 * attributive adjective in small letters ("die Mehrheit der Bürger sagte", "aussehender Männer erzählt"): German writes
 * none of these before a person's name in news copy (French, Dutch and Catalan write an article before some names, or
 * have surnames that open with one: "Le Pen", "De Vries"). A name the article gave with a given name or a title is read
 * before this ("Hartung sagte" after "Peter Hartung").
 */
function commonNounNotName(words: readonly string[], offset: number, role: string | undefined, ctx: SpeakerContext): boolean {
  if (ctx.lang.frames.capitalisedNouns !== true) return false;
  const { closed, suffix, adjectiveBefore } = commonNounReading(ctx.lang.frames);
  if (words.length >= 2 && closed.has((words[0] as string).toLowerCase())) return true;
  if (words.some((w) => suffix.test(w)) && !(words.length >= 2 && isKnownGivenName(words[0] as string))) return true;
  if (words.length !== 1 || role) return false;
  const before = ctx.masked.slice(Math.max(0, offset - 60), offset);
  const last = /(\p{L}+)\s+$/u.exec(before);
  // The article may open the sentence with its capital ("Ein Nutzer schrieb: …", "Eine Leserin meinte …"): still an article.
  const articleAt = last ? offset - before.length + last.index : -1;
  const lastWord = last?.[1] && (/^\p{Ll}/u.test(last[1]) || opensSentence(ctx.masked, articleAt)) ? last[1].toLowerCase() : undefined;
  return (lastWord !== undefined && closed.has(lastWord)) || adjectiveBefore.test(before) || articledPhraseBefore(before, closed, ctx);
}

/** Most words in small letters or figures between an article and its noun ("eine 180 kg schwere", "einen sehr alten"). */
const NOUN_PHRASE_INNER_WORDS = 4;

/**
 * True when the text before a word ends in an article or a possessive and then only words in small letters or figures,
 * none a speech verb ("über eine 180 kg schwere", "einen alten"): they open a noun phrase whose noun the word is. A verb
 * after the article ("Das sagte gestern") makes it a pronoun, and the word after it may be anyone's name.
 */
function articledPhraseBefore(before: string, closed: ReadonlySet<string>, ctx: SpeakerContext): boolean {
  const words = before.trimEnd().split(/\s+/u);
  for (let k = words.length - 2; k >= Math.max(0, words.length - 1 - NOUN_PHRASE_INNER_WORDS); k--) {
    const inner = words.slice(k + 1);
    if (!inner.every((w) => INNER_WORD.test(w))) return false;
    if (closed.has((words[k] as string).toLowerCase())) return inner.join(" ").search(ctx.lang.speechVerb) < 0;
  }
  return false;
}

/** A word inside a noun phrase before its noun: in small letters (an adjective, a unit) or a figure ("180", "1,5"), no punctuation after it. */
const INNER_WORD = /^(?:\p{Ll}[\p{L}-]*|\p{N}+(?:[.,]\p{N}+)*%?)$/u;

/** The source `name` at `start` names (nameEntry), with the words that name it; undefined where it names no one. */
export function nameSubject(name: string, start: number, ctx: SpeakerContext, role?: string): Subject | undefined {
  const entry = nameEntry(name, start, ctx, role);
  return entry ? { entry, span: { start, end: start + name.length } } : undefined;
}

/** The person `name` at `start` names (nameEntry); undefined where it names a body or no one. */
export function personSubject(name: string, start: number, ctx: SpeakerContext, role?: string): Subject | undefined {
  const found = nameSubject(name, start, ctx, role);
  return found?.entry.type === "named" ? found : undefined;
}

/** A full name: two capitalised words at least ("Ana Silva"), so "Procter and Gamble" or "Dow Jones and Company" never split. */
export const FULL_NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+)*\s+\p{Lu}[\p{L}’'-]*$/u;


/** True when the text before a word ends in one of the language's personal pronouns ("What he "). */
function afterPronoun(before: string, ctx: SpeakerContext): boolean {
  const last = /([\p{L}’']+)\s+$/u.exec(before)?.[1];
  return last !== undefined && pronounWords(ctx.lang.frames).includes(last.toLowerCase());
}

