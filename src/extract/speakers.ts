/** Speakers: who a speech verb belongs to ("X said", "said X", "X, a Baghdad-based expert, told …", "he told …"), and people introduced by an appositive role. */
import type { OutletRegistry } from "../core/outlets.ts";
import type { Span } from "../core/spans.ts";
import { textSpan } from "../core/spans.ts";
import { allMatches, escapeRegExp, phraseAlternation } from "../core/text.ts";
import nlp from "../core/nlp.ts";
import { caselessSubject } from "./caselessSpeakers.ts";
import { conjunction } from "./coordination.ts";
import { splitAffiliation } from "./affiliation.ts";
import { isPlace } from "./gazetteer.ts";
import { honorificsOf, perLanguage, SURNAME_TITLES } from "./frames/common.ts";
import type { LanguageFrames } from "./frames/types.ts";
import { isDemonymOnly, uninflected } from "./cited.ts";
import { datelineLength } from "./dateline.ts";
import { capitalisablePhrase, cleanName, OPINION_QUOTE_MARKS, VERB_GAP, type CompiledLanguage } from "./names.ts";
import { outletNounsFor } from "./outletNouns.ts";
import { anonymousAtEnd, anonymousAtStart, bareBodyAtStart, BODY_FIELD_AFTER, definiteWords, ORGANISATION_TAIL, describedAnonymous, organisationAfterVerb, isCitingAside, isDefinite, type SourceBook, type SourceEntry } from "./sources.ts";

/** A speech verb with the source it belongs to. */
export interface SpeechRelation {
  entry: SourceEntry;
  verb: Span;
  who: Span;
  /** True for "said X" (the speaker after the verb). */
  inverted: boolean;
  verbText: string;
}

/** Who a speech verb belongs to: the source, the words that name it, and a second person named with it ("X and Y said"). */
interface Subject {
  entry: SourceEntry;
  span: Span;
  also?: SourceEntry;
}

/** Context for reading speakers in one article. */
export interface SpeakerContext {
  body: string;
  /** The body with quoted words blanked out, so a speaker's own words never yield speakers. */
  masked: string;
  lang: CompiledLanguage;
  registry: OutletRegistry;
  book: SourceBook;
}

const INTERVIEW_VERBS = new Set(["told", "tells"]);
/**
 * After a verb of telling, "to" and a verb ("Residents told to stay indoors", a headline's passive): its subject is who
 * was told. "told to the court" (an article or a pronoun after "to") is still the subject's telling.
 */
const TOLD_TO = /^\s+to\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|me|him|us|them)(?![\p{L}]))\p{Ll}/u;
/** Elided prepositions and articles that may cling to a name (Italian, French). */
const ELIDED_LEAD = /^(?:dall|dell|all|nell|sull|coll|l|d|qu)['’]/u;
/** A sentence an opinion lead can stand in: it holds a mark the lead's quotation opens with (names.ts `opinionLead`). */
const OPENING_MARK = new RegExp(`[${OPINION_QUOTE_MARKS}]`, "u");
/** A definite article in small letters right before a word, in the languages with frames. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(the|The|le|la|les|el|los|las|il|lo|die|der|das|dem|den|het|o|a|os|as)\s+$/u;
/** How many words into an appositive its role noun may stand. */
const ROLE_REACH = 5;
/** Longest aside between commas stepped over between a subject and its verb. */
const ASIDE_WORDS = 6;

function isOutletName(name: string, ctx: SpeakerContext): boolean {
  if (ctx.lang.descriptorFull.test(name)) return true;
  const words = name.split(/\s+/);
  for (let i = 0; i < words.length; i++) if (ctx.registry.byName(words.slice(i).join(" ")) && !(i > 0 && i === words.length - 1 && givenNameAt(words, i - 1, ctx))) return true;
  // A declined form of a registry name ("Gegenüber der Deutschen Presse-Agentur sagte …").
  return uninflected(name, ctx.lang.frames.language).some((n) => ctx.registry.byName(n) !== undefined);
}

/**
 * True when words[at] is a given name right before a surname that is also an outlet's short name ("Ada Guardian",
 * "Gloria Sun"): a person, as "Tom Mirror" is; "Manchester Guardian" or "Toronto Sun" open on a place, never a given name.
 * English only: compromise's lexicon of given names is what knows one.
 */
function givenNameAt(words: readonly string[], at: number, ctx: SpeakerContext): boolean {
  if (ctx.lang.frames.language !== "en" || !/^\p{Lu}\p{Ll}+$/u.test(words[at] ?? "")) return false;
  const terms = nlp(words.join(" ")).terms().json() as { terms: { tags: string[] }[] }[];
  return terms.length === words.length && (terms[at]?.terms[0]?.tags ?? []).includes("FirstName");
}

/**
 * The language's role nouns with their plurals, which a role shared by two people takes ("Carla Diaz and Omar Haddad,
 * economists at …", "economistas", "economisti", "Ökonomen", "Sprecherinnen"): the endings the languages with frames
 * make plurals with, tried on every noun; a plural form that is another word of the language would need the noun
 * itself in front of it, which a role noun list does not hold.
 */
const roleNounForms = perLanguage((frames) => {
  const forms = new Set<string>();
  for (const r of frames.roleNouns) {
    forms.add(r);
    // A noun ending in -e takes -n in German and Dutch plurals and German weak cases ("des Experten", "de experten").
    // The Scandinavian definite neuter takes -et ("kommunalrådet", "statsrådet"), as the common gender takes -en.
    for (const plural of [`${r}s`, `${r}es`, `${r}en`, `${r}et`, `${r}nen`, ...(r.endsWith("e") ? [`${r}n`] : []), r.replace(/[aeo]$/u, "i"), r.replace(/a$/u, "e"), r.replace(/z$/u, "ces")]) forms.add(plural);
  }
  return forms;
});

/** True when a word is one of the language's role nouns, singular or plural. */
export function isRoleNoun(word: string, ctx: SpeakerContext): boolean {
  return roleNounForms(ctx.lang.frames).has(word.toLowerCase());
}

/** Per language: an outlet noun, with at most one adjective after it, right before a name ("le quotidien régional "). */
const outletNounBefore = perLanguage((frames) => {
  const nouns = outletNounsFor(frames.language).before.map((n) => escapeRegExp(n).replace(/\s+/g, "\\s+"));
  return nouns.length > 0 ? new RegExp(`(?:^|[^\\p{L}])(?:${nouns.join("|")})(?:\\s+\\p{Ll}[\\p{L}-]*)?\\s+$`, "iu") : /(?!)/u;
});

/**
 * True when a publication noun stands right before the name ("Le quotidien régional La Voix du Nord affirme", "the
 * newspaper Quillon Ledger said"): a publication, never a person, whatever the name looks like.
 */
function afterOutletNoun(start: number, ctx: SpeakerContext): boolean {
  return outletNounBefore(ctx.lang.frames).test(ctx.masked.slice(Math.max(0, start - 60), start));
}

/** A role appositive: "a Baghdad-based terrorism expert", "co-author of …"; returns the role without its article, or undefined when no role noun is in it. */
export function roleOf(text: string, ctx: SpeakerContext): string | undefined {
  const t = text.trim().split(/\s+(?:who|whose|which|that|qui|dont)\b/u)[0]?.trim() ?? "";
  // The role noun comes early ("a Velmar-based terrorism expert"); one deep in a clause ("the Daily ran photos of the young
  // leader") is that clause's, not the person's.
  const words = t.toLowerCase().split(/[\s,]+/).slice(0, ROLE_REACH);
  if (!words.some((w) => isRoleNoun(w, ctx)) && !ctx.lang.frames.roleNouns.some((r) => words.some((w) => w.endsWith(`-${r}`))) && !phraseRoleIn(words, ctx)) return undefined;
  return t.replace(/^(?:a|an|the|un|une|le|la)\s+/iu, "").replace(/[,.]$/, "");
}

/** Per language: its role nouns of more than one word ("tổng giám đốc", "juru bicara"), each as its words. */
const phraseRoles = perLanguage((frames) => frames.roleNouns.filter((r) => /\s/u.test(r)).map((r) => r.split(/\s+/u)));

/**
 * True when the words (lower case) hold a role noun of several words in a row: Vietnamese writes every syllable apart, so
 * its roles ("tổng giám đốc", general director) are never one word, and Indonesian's "juru bicara" is two.
 */
function phraseRoleIn(words: readonly string[], ctx: SpeakerContext): boolean {
  return phraseRoles(ctx.lang.frames).some((r) => words.some((_, i) => r.every((p, j) => words[i + j] === p)));
}

/** True for a title or role word ("Bishop", "Dr", "Minister"): the language's role nouns and the honorifics. */
/** True for a name in a script without capitals whose language gives no other evidence for names (Arabic, Persian). */
function caselessWithoutEvidence(name: string, ctx: SpeakerContext): boolean {
  return !ctx.lang.frames.speakerEvidence && /\p{L}/u.test(name) && !/[\p{Lu}\p{Ll}]/u.test(name);
}

/** True when a capitalised word is a role noun, or a compound ending in one ("Hafenmeisterin" ends in "meisterin"). */
function leadingRole(word: string, ctx: SpeakerContext): boolean {
  const w = word.toLowerCase();
  return (
    isRoleNoun(w, ctx) ||
    ctx.lang.frames.roleNouns.some((r) => r.length >= MIN_ROLE_TAIL && w.endsWith(r)) ||
    endsInRoleNoun(w, ctx) ||
    (w.length >= MIN_ROLE_TAIL && (ctx.lang.frames.roleSuffixes ?? []).some((x) => w.endsWith(x)))
  );
}

/**
 * True when a word in small letters is a compound ending in a role noun of four letters or more, with enough of the word
 * before it ("vorstandschef", "betriebsratschef"), where the language writes compounds as one word.
 */
function endsInRoleNoun(w: string, ctx: SpeakerContext): boolean {
  if (ctx.lang.frames.compoundNouns !== true) return false;
  // The role noun's inflected forms too: "Marineexperten" after "des" or "dem" ends in "Experten".
  for (const r of roleNounForms(ctx.lang.frames)) if (r.length >= 4 && w.length >= r.length + 4 && w.endsWith(r)) return true;
  return false;
}

/** True when a capitalised word is a compound ending in one of the language's role nouns ("Betriebsratschef"). */
function compoundRole(word: string, ctx: SpeakerContext): boolean {
  return /^\p{Lu}/u.test(word) && endsInRoleNoun(word.toLowerCase(), ctx);
}

/** True when a capitalised word is a compound ending in one of the language's organisation words ("Reizigersvereniging"). */
function leadingOrganisation(word: string, ctx: SpeakerContext): boolean {
  const w = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && ctx.lang.frames.organisationCues.some((c) => c.length >= MIN_ROLE_TAIL && w.length > c.length && w.endsWith(c));
}

/** True when a word is one of the language's nouns for a kind of body written before the body's name (`bodyKinds`). */
function isBodyKind(word: string, ctx: SpeakerContext): boolean {
  return (ctx.lang.frames.bodyKinds ?? []).includes(word.toLowerCase());
}

/**
 * "Pihak agensi, Bluewave Entertainment, membantah": the text before a name set off by commas ends in a kind of body
 * (`bodyKinds`), after at most two words in small letters that open the clause: the name is that body's.
 */
function bodyKindBefore(lead: string, ctx: SpeakerContext): boolean {
  const ws = lead.trim().split(/\s+/u);
  return ws.length <= 3 && isBodyKind(ws[ws.length - 1] as string, ctx) && ws.slice(1).every((w) => /^\p{Ll}/u.test(w));
}

/** Shortest role noun that may end a compound ("…meister", "…sprecher"): shorter ones end too many ordinary words. */
const MIN_ROLE_TAIL = 6;

/** An honorific ending the text right before a name ("Dr Paris", "said lead researcher Dr Paris"). */
const titleBefore = perLanguage((frames) => new RegExp(`(?:^|[^\\p{L}])(?:${honorificsOf(frames)})\\.?\\s+$`, "u"));

/** Per language: a title (an honorific, "Dr", "Sheikh", the language's "Bi") as a whole word. */
const titleWord = perLanguage((frames) => new RegExp(`^(?:${honorificsOf(frames)})$`, "u"));

/** A word that is one of the language's role nouns or a title ("chief", "Minister", "Dr"): a name after it is a person's. */
export function isTitleWord(word: string, frames: LanguageFrames): boolean {
  return frames.roleNouns.includes(word.toLowerCase()) || titleWord(frames).test(word);
}

/** The first name the article writes after a title ("Bishop" → "Anna Lind" in "Bishop Anna Lind"), with the title when it is not an honorific. */
function fullNameAfterTitle(title: string, ctx: SpeakerContext): string | undefined {
  const m = new RegExp(`(?<![\\p{L}])${title}\\.?\\s+(${ctx.lang.frames.name})`, "u").exec(ctx.masked);
  const name = m?.[1] ? cleanName(m[1], ctx.lang.frames) : "";
  if (!name || name.split(/\s+/).length > 3 || isTitleWord(name.split(/\s+/)[0] ?? "", ctx.lang.frames)) return undefined;
  return titleWord(ctx.lang.frames).test(title) ? name : `${title} ${name}`;
}

/** Most words of a body or portfolio between a role and a person's name ("Slavoje Bránice", "Lingkungan Hidup"). */
const BODY_AFTER_ROLE_WORDS = 3;

/** True when a capitalised word is a middle name by its ending, a patronymic ("Ильич", "Петровна": `middleNameEndings`). */
function isMiddleName(word: string, ctx: SpeakerContext): boolean {
  const w = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && (ctx.lang.frames.middleNameEndings ?? []).some((e) => w.length > e.length + 2 && w.endsWith(e));
}

/** Most words of a genitive body between a role and the person's name, in small letters or capitals ("Заречной области"). */
const GENITIVE_BODY_WORDS = 4;

/**
 * After a role, the body it heads and then the person (`bodyAfterRole`: "губернатор Заречной области Аркадий Белоусов",
 * "речник Центру Тарас Мельничук"): how many characters of `text` the body takes, the person being the last given name
 * and surname (with a patronymic, three words) before the clause ends or a word in small letters follows. A capitalised
 * word in the genitive after a role is the body's, never a person on its own. Zero where no body stands there.
 */
function genitiveBodyLength(text: string, ctx: SpeakerContext): number {
  if (!ctx.lang.frames.bodyAfterRole) return 0;
  const clause = /^[^.,;:!?()«»"“”—–\n]*/u.exec(text)?.[0] ?? "";
  const words = [...clause.matchAll(/[\p{L}\p{N}’'-]+/gu)];
  const cap = (k: number) => /^\p{Lu}/u.test(words[k]?.[0] ?? "");
  const and = new RegExp(`^${conjunction(ctx.lang.frames.language)}$`, "u");
  for (let k = 1; k <= GENITIVE_BODY_WORDS && k + 1 < words.length; k++) {
    const body = words.slice(0, k).map((w) => w[0]);
    if (body.some((w) => and.test(w) || isRoleNoun(w, ctx))) return 0;
    // A given name and a patronymic are no body: "Фёдор Ильич Громов" is one person.
    if (isMiddleName(words[k]?.[0] ?? "", ctx) && cap(k - 1)) continue;
    if (!cap(k) || !cap(k + 1)) continue;
    const size = isMiddleName(words[k + 1]?.[0] ?? "", ctx) && cap(k + 2) ? 3 : 2;
    const after = words[k + size];
    if (after && !/^\p{Ll}/u.test(after[0])) continue;
    return words[k]?.index ?? 0;
  }
  return 0;
}

/** Resolves a name as a person or organisation source (never an outlet). */
export function nameEntry(raw: string, start: number, ctx: SpeakerContext, role?: string): SourceEntry | undefined {
  // An elided preposition or article in small letters ("dall'Adnkronos", "dell'Ansa", "l'AFP") opens no person's name:
  // the name is what follows it.
  let name = cleanName(raw, ctx.lang.frames).replace(ELIDED_LEAD, "");
  if (!name || isOutletName(name, ctx) || afterOutletNoun(start + Math.max(0, raw.indexOf(name)), ctx)) return undefined;
  // Capitalised only as a sentence's first word, an elided article before a common noun ("L'entreprise a indiqué",
  // "L'agenzia ha riferito") is a description, not a name ("L'Oréal" stays one).
  if (/^\p{Lu}\p{Ll}{0,3}['’]\p{Ll}/u.test(name)) return undefined;
  let words = name.split(/\s+/);
  // A role written onto a full name, capitalised at a sentence's start or in German ("Bürgermeister Hans Müller",
  // "Мэр Игорь Петров", "Hafenmeisterin Ilse Brandt"): the role is kept as the role, the person is the name after it.
  // With its article before it ("Die Hafenmeisterin Ilse Brandt"), the role is both words.
  const article = words.length >= 4 && ctx.lang.frames.determiners.includes((words[0] as string).toLowerCase()) ? 1 : 0;
  // The role may have a word for its field before it ("Infrastructure Minister Hendrika Valkhof"): the role ends on
  // its role noun, and two or three words of name follow.
  let roleEnd = words.length >= 3 + article ? [0, 1].map((k) => article + k).find((j) => words.length - j - 1 >= 2 && (j === article || words.length - j - 1 <= 3) && leadingRole(words[j] as string, ctx)) : undefined;
  // A role of two role words ("Chief Executive Hanna Vogt") ends on the last, as long as two words of name follow.
  while (roleEnd !== undefined && words.length - roleEnd - 2 >= 2 && leadingRole(words[roleEnd + 1] as string, ctx)) roleEnd++;
  // A compound role before a surname alone ("Betriebsratschef Kolb"): the compound is no one's first name. A role noun
  // written alone may be ("General Motors", "Meister Eckhart"), so only a compound splits off one word of name.
  if (roleEnd === undefined && words.length === 2 + article && compoundRole(words[article] as string, ctx)) roleEnd = article;
  if (roleEnd !== undefined) {
    role ??= words.slice(0, roleEnd + 1).join(" ");
    name = words.slice(roleEnd + 1).join(" ");
    words = words.slice(roleEnd + 1);
  }
  // "trenér Slavoje Bránice Jan Novotný", "Menteri Lingkungan Hidup Andi Bunga": after a role, a body or portfolio, then
  // the person's given name and surname; the body belongs to the role (languages marked bodyAfterRole).
  // A patronymic before the surname ("Фёдор Ильич Громов") makes the name three words.
  const personWords = isMiddleName(words[words.length - 2] ?? "", ctx) ? 3 : 2;
  if (role !== undefined && ctx.lang.frames.bodyAfterRole && words.length > personWords && words.length <= personWords + BODY_AFTER_ROLE_WORDS) {
    role = `${role} ${words.slice(0, -personWords).join(" ")}`;
    words = words.slice(-personWords);
    name = words.join(" ");
  }
  // "Hendrika Valkhof van Infrastructuur": the portfolio or place after a complete name belongs to the role (affiliation.ts).
  const affiliated = splitAffiliation(name, role !== undefined, ctx.lang.frames);
  if (affiliated) {
    name = affiliated.name;
    words = name.split(/\s+/);
    if (role) role = `${role} ${affiliated.affiliation}`;
  }
  // "ujar Hendra di Surabaya": where the person was is no part of their name; a body's name keeps its place
  // ("Sąd Rejonowy w Gdańsku", read as an organisation below).
  const placeAt = words.findIndex((w, i) => i > 0 && i < words.length - 1 && (ctx.lang.frames.placeParticles ?? []).includes(w));
  if (placeAt > 0 && !words.slice(0, placeAt).some((w) => ctx.lang.frames.organisationCues.includes(w.toLowerCase()) || leadingOrganisation(w, ctx))) {
    words = words.slice(0, placeAt);
    name = words.join(" ");
  }
  // A kind of body written onto its name as one compound ("Reizigersvereniging Rover Noord", "Spoorbeheerder RailNed"):
  // the body is the name after it.
  // A kind of body written before its name as a word of its own ("Agensi Bluewave Entertainment", `bodyKinds`): the same.
  if (roleEnd === undefined && words.length >= 2 && (leadingOrganisation(words[0] as string, ctx) || isBodyKind(words[0] as string, ctx)) && !isPlace(words.slice(1).join(" "))) {
    const body = words.slice(1).join(" ");
    const at = start + raw.indexOf(body);
    return ctx.book.organisation(body, textSpan(ctx.body, at, at + body.length));
  }
  if (words.every((w) => ctx.lang.frames.nameStopwords.includes(w.toLowerCase()))) return undefined;
  // "said European regulators had …": a nationality or regional adjective is the start of a group, never a person's
  // name, unless the article named someone so ("Judith French … French said").
  if (words.length === 1 && isDemonymOnly(name) && !ctx.book.findNamed(name)) return undefined;
  // An article or a pronoun that opens a sentence ("Das berichtet die Zeitung") is nobody.
  if (words.length === 1 && (ctx.lang.frames.determiners.includes(name.toLowerCase()) || [...ctx.lang.frames.pronouns.singular, ...ctx.lang.frames.pronouns.plural].includes(name.toLowerCase()))) return undefined;
  // A possessive inside ("the Quillon Ledger’s Person of the Year") makes a title or a role, not anybody's name.
  if (/[’']s\s/u.test(name)) return undefined;
  const offset = start + raw.indexOf(name);
  const span = textSpan(ctx.body, offset, offset + name.length);
  // A title or role word alone ("the Bishop said") is a person only through the full name the article gives them
  // ("Bishop Anna Lind"); without one it names nobody.
  // A role noun in the plural ("Scientists say") is a group nobody names: not a person, and no source to draw.
  if (words.length === 1 && /s$/u.test(name) && ctx.lang.frames.roleNouns.includes(name.toLowerCase().slice(0, -1))) return undefined;
  if (words.length === 1 && isTitleWord(name, ctx.lang.frames)) {
    // Where no letter tells a name from the next word ("المتحدث باسم", "the spokesman for"), the title stays nobody.
    if (caselessWithoutEvidence(name, ctx)) return undefined;
    const full = fullNameAfterTitle(name, ctx);
    return full ? ctx.book.named(full, span, role) : undefined;
  }
  // A figure alone is nobody ("… bis Ende 2028 bestätigt": a year before the verb).
  if (words.every((w) => /^[\p{N}.,]+$/u.test(w))) return undefined;
  // A person's name holds no number: "Quillon 7 News wrote" is an outlet (the frames read it), "Unit 12 said" a body.
  if (words.some((w) => /^\p{N}+$/u.test(w))) {
    return words.some((w) => ctx.lang.frames.outletCues.includes(w.toLowerCase())) ? undefined : ctx.book.organisation(name, span);
  }
  const lower = name.toLowerCase().split(/\s+/);
  // A person the article has named, or one given a title ("Dr Paris"), is that person even where the word is also a
  // place ("Dr Lena Paris … Paris said", "Mark London … London said").
  const titled = titleBefore(ctx.lang.frames).test(ctx.masked.slice(Math.max(0, offset - 12), offset));
  if (words.length === 1 && (ctx.book.findNamed(name)?.type === "named" || titled)) return ctx.book.named(name, span, role);
  // An acronym nobody introduced ("ISIS said") is an organisation, not a person; so is a place that speaks ("Moscow
  // said", "Mainz said": its authorities), never a person called after the town.
  const acronym = words.length === 1 && /^\p{Lu}{2,}$/u.test(name) && !ctx.book.findNamed(name);
  // A role given to the name ("Houston, the company's spokesman, told …") makes it a person even where it is a place.
  // One word that is a compound ending in an organisation word ("Opetusministeriö", the ministry of education) is that body.
  const compoundBody = words.length === 1 && !role && leadingOrganisation(name, ctx);
  if (acronym || compoundBody || (isPlace(name) && !(role && words.length === 1)) || ctx.lang.frames.organisationCues.some((c) => lower.includes(c))) return ctx.book.organisation(name, span);
  // In a script without capitals and without the language's own evidence for names (speakerEvidence), nothing tells a
  // name from the words next to a speech verb ("بنادر روز دوشنبه", "the ports on Monday"): only a role that introduces
  // the words makes them someone.
  if (!role && caselessWithoutEvidence(name, ctx)) return undefined;
  // One word after an article in small letters is a title or a body: English never writes "the" before a person's name
  // ("and the Sentinel said"); other languages may ("la Meloni"), so there only a name the registry knows with its
  // article is an outlet ("… und die Zeit berichteten").
  const articleBefore = words.length === 1 ? ARTICLE_BEFORE.exec(ctx.masked.slice(Math.max(0, offset - 6), offset))?.[1] : undefined;
  // "The Post also says": an English "the" opening the sentence before one word is a title's short form, as in running text.
  if (articleBefore && (articleBefore.toLowerCase() === "the" || ctx.registry.byName(`${articleBefore} ${name}`))) return undefined;
  // A sentence opening on an article and one noun ("Die Opposition kritisierte …", "Die Grünen forderten …") names a
  // group or a body: German never writes an article before a person's name in news copy (French, Dutch and Catalan do,
  // or have surnames that start with one: "Le Pen", "De Vries").
  if (words.length === 2 && (ARTICLE_NEVER_IN_NAME[ctx.lang.frames.language] ?? []).includes((words[0] as string).toLowerCase())) return undefined;
  return ctx.book.named(name, span, role);
}

/** Per language, articles that never open a person's name (see nameEntry). */
const ARTICLE_NEVER_IN_NAME: Readonly<Record<string, readonly string[]>> = { de: ["der", "die", "das", "den", "dem", "des"] };

/** A full name: two capitalised words at least ("Ana Silva"), so "Procter and Gamble" or "Dow Jones and Company" never split. */
const FULL_NAME = /^\p{Lu}[\p{L}’'.-]*(?:\s+[\p{L}’'.-]+)*\s+\p{Lu}[\p{L}’'-]*$/u;

/** Two people as one subject, each a full name and each read as a person ("Jan Novak and Ana Silva said"); else undefined. */
function twoPeople(first: { raw: string; start: number }, second: { raw: string; start: number }, ctx: SpeakerContext, role?: string): Subject | undefined {
  if (!FULL_NAME.test(first.raw.trim()) || !FULL_NAME.test(second.raw.trim())) return undefined;
  if (isOutletName(first.raw, ctx) || isOutletName(second.raw, ctx)) return undefined;
  const a = nameEntry(first.raw, first.start, ctx, role);
  const b = a?.type === "named" ? nameEntry(second.raw, second.start, ctx, role) : undefined;
  if (a?.type !== "named" || b?.type !== "named") return undefined;
  return { entry: a, span: { start: first.start, end: second.start + second.raw.length }, also: b };
}

/**
 * Two names a conjunction joins as one subject: two people (twoPeople), two organisations ("The EU and NATO said"), or
 * nobody (null). Never one source: read whole, "Google and Facebook" or "Marsh and Becker" would be one person nobody
 * named, and one part alone half of who spoke. An outlet among them speaks through its pages, which the frames read.
 */
function coordinatedPair(listedFirst: { raw: string; start: number }, second: { raw: string; start: number }, ctx: SpeakerContext, role?: string): Subject | null {
  // The list's article opening the sentence ("The EU and NATO said") belongs to the first name, no part of it.
  const article = /^(\p{L}+)\s+(?=\p{Lu})/u.exec(listedFirst.raw);
  const first = article?.[1] && ctx.lang.frames.determiners.includes(article[1].toLowerCase()) ? { raw: listedFirst.raw.slice(article[0].length), start: listedFirst.start + article[0].length } : listedFirst;
  if (isOutletName(first.raw, ctx) || isOutletName(second.raw, ctx)) return null;
  const people = twoPeople(first, second, ctx, role);
  if (people) return people;
  const a = nameEntry(first.raw, first.start, ctx);
  const b = a?.type === "organisation" ? nameEntry(second.raw, second.start, ctx) : undefined;
  if (a?.type !== "organisation" || b?.type !== "organisation") return null;
  return { entry: a, span: { start: first.start, end: second.start + second.raw.length }, also: b };
}

/** True when nothing but a clause mark or the text's start, and maybe a determiner, stands before a subject's first name. */
function opensClause(before: string, ctx: SpeakerContext): boolean {
  const word = /(?:^|\s)(\p{L}+)\s*$/u.exec(before);
  const lead = word?.[1] && ctx.lang.frames.determiners.includes(word[1].toLowerCase()) ? before.slice(0, word.index) : before;
  return /(?:^|[,;:"“”«»—–(])\s*$/u.test(lead);
}

/**
 * A subject of two names joined by "and" (coordinatedPair): the language's name pattern may take both as one name
 * ("Maria Lopez and Tom Becker", "Google and Facebook"), end at the second ("Renault und Stellantis teilten mit", where
 * "und" joins no name), or end at the first after an inverted verb (`after`: "teilten Renault und Stellantis mit").
 * Undefined where no conjunction joins the name to another, or the whole is one place ("Bosnia and Herzegovina"); a name
 * before the conjunction that does not open the clause ("in May and Tom Becker said") is no part of the subject.
 */
function coordinatedSubject(name: string, start: number, textBefore: string, ctx: SpeakerContext, role?: string, after = ""): SubjectReading {
  const and = conjunction(ctx.lang.frames.language);
  const inside = new RegExp(`^(.+?)\\s+${and}\\s+(.+)$`, "u").exec(name);
  if (inside?.[1] && inside[2]) {
    if (isPlace(name) || isOutletName(name, ctx)) return undefined;
    return coordinatedPair({ raw: inside[1], start }, { raw: inside[2], start: start + name.length - inside[2].length }, ctx, role);
  }
  const following = new RegExp(`^\\s+${and}\\s+`, "u").exec(after);
  const next = following ? ctx.lang.nameAtStart.exec(after.slice(following[0].length))?.[1]?.replace(/[.,]$/u, "") : undefined;
  if (following && next) return coordinatedPair({ raw: name, start }, { raw: next, start: start + name.length + following[0].length }, ctx, role);
  const joined = new RegExp(`\\s${and}\\s+(?:(?:${ctx.lang.frames.determiners.map(escapeRegExp).join("|")})\\s+)?$`, "u").exec(textBefore);
  if (!joined) return undefined;
  const left = ctx.lang.nameAtEnd.exec(textBefore.slice(0, joined.index));
  if (!left?.[1]) return undefined;
  const leftStart = start - textBefore.length + joined.index - left[1].length;
  const pair = coordinatedPair({ raw: left[1], start: leftStart }, { raw: name, start }, ctx, role);
  return pair ?? (opensClause(textBefore.slice(0, joined.index - left[1].length), ctx) ? null : undefined);
}

/** A name, then a role set off by a dash (and a closing dash or none) ending a subject: "Matt Reed – the editor of X –". */
const DASHED_ROLE = /^(.*\S)\s+[-–—]\s+([^-–—]+?)(?:\s+[-–—])?$/u;

/**
 * A subject whose role is set off by dashes, as commas set off an appositive ("Matt Reed - the editor of the Post's
 * newsletter said", "Ana Ruiz — a nurse at the clinic — said"): the person is the name before the dash, with that role.
 */
function dashedRole(text: string, from: number, ctx: SpeakerContext): Subject | undefined {
  const m = DASHED_ROLE.exec(text);
  // The role is a description in small letters ("the editor of …"), the name a full one: "LYON — Officials said" is a
  // dateline and a subject.
  if (!m?.[1] || !m[2] || !/^\p{Ll}/u.test(m[2])) return undefined;
  const role = roleOf(m[2], ctx);
  const name = role ? ctx.lang.nameAtEnd.exec(m[1])?.[1] : undefined;
  if (!role || !name || !FULL_NAME.test(name)) return undefined;
  const s = from + m[1].length - name.length;
  const entry = nameEntry(name, s, ctx, role);
  return entry ? { entry, span: { start: s, end: s + name.length } } : undefined;
}

/** A reading of who speaks: the subject, `null` where the words decide that no source speaks, undefined where they say nothing. */
type SubjectReading = Subject | null | undefined;

/** The text before a speech verb that its subject ends: from `from` to `end` of the masked body, and a role an appositive gave. */
interface SubjectText {
  from: number;
  end: number;
  text: string;
  role?: string;
}

/**
 * Where the subject before a verb ends: an adverb, an auxiliary or an object pronoun ("Une source hospitalière nous
 * confie", `beforeVerbWords`), a link that reports the speech at one remove ("is reported to have said",
 * `hedgedSpeechLinks`), a verb aside, a short aside in brackets ("Jan Mol (VVD) zei") and a relative clause of a
 * verb-final language (`relativeClauseBeforeVerb`) stand between a subject and its verb and are stepped over.
 */
function subjectEnd(from: number, to: number, ctx: SpeakerContext): number {
  let end = from + ctx.masked.slice(from, to).replace(ctx.lang.beforeVerbWord, "").replace(ctx.lang.hedgedSpeechLink, "").trimEnd().length;
  const aside = verbAside(ctx.lang.frames)?.exec(ctx.masked.slice(from, end));
  if (aside && aside.index > 0) end = from + ctx.masked.slice(from, from + aside.index).trimEnd().length;
  const bracketed = /\s*\([^()\n]{1,40}\)$/u.exec(ctx.masked.slice(from, end));
  if (bracketed) end -= bracketed[0].length;
  const relative = ctx.lang.relativeClauseBeforeVerb.exec(ctx.masked.slice(from, end));
  if (relative && relative.index > 0) end = from + relative.index;
  return end;
}

/**
 * "Un cadre de la direction qui a requis l'anonymat résume", "A harbour engineer who spoke on condition of anonymity
 * said": the subject is the noun phrase the clause describes, unnamed whatever its noun. Else where the subject ends
 * once the clause is cut off, or undefined where there is no such clause.
 */
function unnamedByClause(from: number, end: number, ctx: SpeakerContext): Subject | { end: number } | undefined {
  const clause = anonymityClauseAt(ctx.masked.slice(from, end), ctx, "end");
  if (!clause) return undefined;
  const cut = from + ctx.masked.slice(from, from + (clause.index ?? 0)).trimEnd().length;
  const p = anonymousAtEnd(ctx.body, from, cut, ctx.lang.frames) ?? describedAnonymous(ctx.body, from, cut, ctx.lang.frames);
  return p && p.end === cut ? { entry: ctx.book.anonymous(p), span: p } : { end: cut };
}

/**
 * "confirmed by the mayor, Ana Berg, who said:", "pelo utilizador @X, que escreveu no X:": the relative pronoun stands for
 * the noun phrase before its comma, which speaks. A publication ("le site X, qui dit") speaks through its pages, which the
 * frames read: never a person. Undefined where no relative pronoun ends the text.
 */
function relativeAntecedent(s: SubjectText, ctx: SpeakerContext, asides: number): SubjectReading {
  const comma = relativeSubjectComma(s.text, ctx.lang.frames);
  if (comma === undefined) return undefined;
  const antecedent = subjectBefore(s.from, s.from + comma, ctx, asides + 1);
  const publication = (at: number) => afterOutletNoun(at, ctx) || bareOutletNounBefore(ctx).test(ctx.masked.slice(Math.max(0, at - 40), at));
  return antecedent && !publication(antecedent.span.start) ? antecedent : null;
}

/**
 * A subject with an appositive between commas before its verb ("Anna Berg, the harbour master, said"): the subject
 * before the appositive with the role it gives; a role before the name ("A spokeswoman for Nordstern, Ines Varga, said");
 * or a short aside in small letters stepped over once ("Anna Berg, in a statement, said"). The text unchanged where no
 * comma ends it; null where the comma ends something else.
 */
function besideAppositive(s: SubjectText, ctx: SpeakerContext, asides: number): SubjectText | Subject | null {
  let { text, end } = s;
  const { from } = s;
  // After an aside stepped over ("A diplomat in Lowmere, speaking on condition of anonymity, said"), the subject may
  // stand alone before its comma, the sentence's first words.
  if (text.endsWith(",") && asides > 0 && !text.slice(0, -1).includes(",")) {
    end = from + text.length - 1;
    text = text.slice(0, -1);
  }
  if (!text.endsWith(",")) return { from, end, text };
  const inner = text.slice(0, -1);
  const comma = inner.lastIndexOf(",");
  if (comma < 0) return null;
  const appositive = inner.slice(comma + 1);
  const preposed = ctx.lang.nameAtEnd.exec(inner);
  if (preposed?.[1] && preposed[1].trim() === appositive.trim()) {
    const lead = inner.slice(0, comma);
    const pre = roleOf(lead.slice(lead.lastIndexOf(",") + 1), ctx);
    if (!pre && bodyKindBefore(lead.slice(lead.lastIndexOf(",") + 1), ctx)) {
      const name = appositive.trim();
      const at = from + comma + 1 + (appositive.length - appositive.trimStart().length);
      return { entry: ctx.book.organisation(name, textSpan(ctx.body, at, at + name.length)), span: { start: at, end: at + name.length } };
    }
    // "His agent, Tessa Quaid, said", "Su representante, Tessa Quaid, dijo": an article or a possessive and a noun in small
    // letters, set off before a full name, describe the person whatever the noun; the name is the speaker.
    const described = pre ?? (FULL_NAME.test(appositive.trim()) ? describedLead(lead.slice(lead.lastIndexOf(",") + 1), ctx) : undefined);
    if (described) {
      const at = from + comma + 1 + (appositive.length - appositive.trimStart().length);
      const entry = nameEntry(appositive.trim(), at, ctx, described);
      return entry ? { entry, span: { start: at, end: at + appositive.trim().length } } : null;
    }
  }
  // "Tessa Quaid, Halloran's agent, said": a possessor's name and a noun in small letters describe the person before
  // them, as "the band's agent" does, whatever the noun.
  const role = roleOf(appositive, ctx) ?? (/^\s*\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s/u.test(appositive) ? describedLead(appositive, ctx) : undefined);
  if (!role && asides === 0 && /^\s*\p{Ll}/u.test(appositive) && appositive.trim().split(/\s+/).length <= ASIDE_WORDS && !/^\s*(?:who|which|qui)\b/u.test(appositive)) {
    const subject = subjectBefore(from, from + comma + 1, ctx, asides + 1);
    // "The Harbour Courier, citing X, said": who speaks citing another's report is an outlet reporting (the frames
    // read it), not a person, unless a role says so ("Dr Anna Berg, citing a study, said").
    return (subject?.entry.type === "named" && !subject.entry.role && isCitingAside(appositive) ? undefined : subject) ?? null;
  }
  if (!role && !/^\s*(?:who|which|qui|a|an|the|co-)/u.test(appositive)) return null;
  return { from, end: from + comma, text: ctx.masked.slice(from, from + comma), ...(role ? { role } : {}) };
}

/** Most words of a description set off before a name ("Un élu régional italien"). */
const DESCRIPTION_LEAD_WORDS = 4;

/**
 * The description that opens a subject before a name set off by commas, when it is one: an article, a possessive or a
 * possessor's name ("The band's", "Halloran's"), then words in small letters, a noun and its adjectives, short enough to be
 * a description ("His agent", "Un élu régional italien"). Returned without a leading indefinite article.
 */
function describedLead(lead: string, ctx: SpeakerContext): string | undefined {
  const text = lead.trim();
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > DESCRIPTION_LEAD_WORDS) return undefined;
  const lower = text.toLowerCase();
  const opener = [...(ctx.lang.frames.possessives ?? []), ...ctx.lang.frames.determiners].find((d) => lower.startsWith(`${d} `));
  const possessor = /^(?:the\s+)?\p{L}[\p{L}-]*(?:['’]s|s['’])\s/iu.exec(text)?.[0];
  const head = opener ?? possessor;
  if (!head) return undefined;
  const rest = text.slice(head.length).trim().split(/\s+/u);
  if (rest.length === 0 || !rest.every((w) => /^\p{Ll}[\p{L}’'-]*$/u.test(w))) return undefined;
  return text.replace(/^(?:a|an|un|une|uno|una|um|uma|ein|eine|een)\s+/iu, "");
}

/** A pronoun ending the subject stands for the most salient source it agrees with; none, nobody. */
function pronounSubject(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  const pron = new RegExp(`(?:^|[^\\p{L}])(${[...ctx.lang.frames.pronouns.singular, ...ctx.lang.frames.pronouns.plural].join("|") || "(?!)"})$`, "iu").exec(s.text);
  if (!pron?.[1]) return undefined;
  const start = s.end - pron[1].length;
  const entry = ctx.book.pronoun(pron[1], textSpan(ctx.body, start, s.end));
  return entry ? { entry, span: { start, end: s.end } } : null;
}

/** An anonymous source's phrase ending the subject ("a senior official"). */
function anonymousSubject(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  const anon = anonymousAtEnd(ctx.body, s.from, s.end, ctx.lang.frames);
  return anon && anon.end === s.end ? { entry: ctx.book.anonymous(anon), span: anon } : undefined;
}

/**
 * "The port authority said", "Le ministère de la Défense a affirmé", "Il ministero della Difesa ha detto": a definite
 * phrase ending in one of the language's organisation words, or in one and the capitalised field or place it is "of".
 */
function organisationSubject(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  const org = organisationPhraseAtEnd(ctx.lang.frames).exec(s.text);
  if (!org?.[1]) return undefined;
  // "Le porte-parole du ministère a indiqué": a role before the body is who speaks, for the body.
  if (org[1].split(/\s+/u).slice(1, -1).some((w) => isRoleNoun(w, ctx))) return undefined;
  const start = s.end - org[1].length;
  const name = org[1].replace(/^l['’]\s*/iu, "");
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
  return new RegExp(`(?:^|\\s)((?:(?:${articles})\\s+|[Ll]['’]\\s*)(?:[\\p{L}-]+\\s+){0,3}(?:${cues})(?:${BODY_FIELD_AFTER})?)$`, "u");
});

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
  const start = s.end - m[1].length;
  return { entry: ctx.book.organisation(m[1], textSpan(ctx.body, start, s.end)), span: { start, end: s.end } };
}

/** Per language: a bare body (`bareBodies`) and up to two words of its own ending a text, after its start or a clause mark. */
const bareBodyAtEnd = perLanguage(
  (frames) => new RegExp(`(?:^|[,;:"“”«»—–]\\s*)((?:[\\p{L}-]+\\s+){0,2}(?:${(frames.bareBodies ?? []).map(escapeRegExp).join("|") || "(?!)"}))$`, "u"),
);

/**
 * A name ending the subject, with a role an appositive gave or one straight before it ("Opposition leader Per Moen
 * said"), as one person, two people ("Jan Novak and Ana Silva said") or a member of a named body. After a preposition the
 * name is its object ("Tourism operators on Mirror Lake say"): nobody is named.
 */
function namedSubject(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  const nm = ctx.lang.nameAtEnd.exec(s.text);
  if (!nm?.[1]) return undefined;
  const { from, end } = s;
  const start = end - nm[1].length;
  const wordBefore = /([\p{L}]+)\s+$/u.exec(ctx.masked.slice(Math.max(from, start - 30), start))?.[1];
  if (wordBefore && ctx.lang.frames.prepositions?.includes(wordBefore)) return null;
  // "The publicist of singer Ross Halloran says": the name is whose publicist, and the publicist goes unnamed.
  if (ownerAfterOf(ctx.masked.slice(Math.max(from, start - 80), start), ctx)) return null;
  const member = memberOfNamedBody(from, start, end, ctx);
  if (member) return member;
  const before = /((?:[\p{L}’'-]+\s+){1,3})$/u.exec(ctx.masked.slice(from, start))?.[1]?.trim();
  const lead = before && before.split(/\s+/).some((w) => isRoleNoun(w, ctx)) ? before : undefined;
  const pair = coordinatedSubject(nm[1], start, ctx.masked.slice(from, start), ctx, s.role ?? lead);
  if (pair !== undefined) return pair;
  if (!s.role && !lead && pluralGroupOpener(nm[1], start, end, ctx)) {
    const head = nm[1].toLowerCase();
    return { entry: ctx.book.anonymous({ start, end, text: nm[1], head, modifiers: [], definite: false, plural: true }), span: { start, end } };
  }
  const entry = nameEntry(nm[1], start, ctx, s.role ?? lead);
  return entry ? { entry, span: { start, end } } : null;
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
  const tags = (nlp(word).terms().json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  return tags.includes("Plural") && !tags.some((t) => t === "Person" || t === "ProperNoun" || t === "Place" || t === "Organization");
}

/**
 * The ways a subject that ends the text before a verb is read, in order: the first that decides (a subject, or that no
 * source speaks) is the reading. A pronoun before a phrase, a phrase before a name: "the port authority" is an
 * organisation even where a role noun ends it, and "the mayor" is the person given that role (definiteRole).
 */
const SUBJECT_READERS: readonly ((s: SubjectText, ctx: SpeakerContext) => SubjectReading)[] = [
  pronounSubject,
  anonymousSubject,
  organisationSubject,
  bareBodySubject,
  (s, ctx) => definiteRole(s.text, s.end, ctx),
  (s, ctx) => (ctx.lang.frames.roleAfterName ? nameThenRole(s.text, s.end, ctx) : undefined),
  namedSubject,
];

/** The subject that ends `masked[from, to)`: pronoun, anonymous phrase, organisation, role or name, skipping what stands between it and its verb. */
function subjectBefore(from: number, to: number, ctx: SpeakerContext, asides = 0): Subject | undefined {
  let end = subjectEnd(from, to, ctx);
  const clause = unnamedByClause(from, end, ctx);
  if (clause && "entry" in clause) return clause;
  if (clause) end = clause.end;
  // An unnamed source's phrase may hold the clause ("A source who works at the agency"): that reading keeps its words.
  const restrictive = restrictiveClause(ctx.lang.frames)?.exec(ctx.masked.slice(from, end));
  if (restrictive && restrictive.index > 0 && anonymousAtEnd(ctx.body, from, end, ctx.lang.frames)?.end !== end) return describedSubject(from, from + restrictive.index, ctx, asides);
  const plain: SubjectText = { from, end, text: ctx.masked.slice(from, end) };
  if (asides === 0) {
    const antecedent = relativeAntecedent(plain, ctx, asides);
    if (antecedent !== undefined) return antecedent ?? undefined;
  }
  const dashed = dashedRole(plain.text, from, ctx);
  if (dashed) return dashed;
  const shaped = besideAppositive(plain, ctx, asides);
  if (shaped === null || "entry" in shaped) return shaped ?? undefined;
  for (const read of SUBJECT_READERS) {
    const reading = read(shaped, ctx);
    if (reading !== undefined) return reading ?? undefined;
  }
  return undefined;
}

/** Most words a restrictive relative clause between a subject and its verb may have ("who works at the agency"). */
const RESTRICTIVE_CLAUSE_WORDS = 8;

/** The language's restrictive relative clause (`restrictiveRelatives`, no comma) ending a text; never matches without. */
const restrictiveClause = perLanguage((frames) =>
  frames.restrictiveRelatives?.length ? new RegExp(`\\s+(?:${frames.restrictiveRelatives.map(escapeRegExp).join("|")})\\s+(?:[^\\s,.;:!?"“”]+\\s+){0,${RESTRICTIVE_CLAUSE_WORDS - 1}}[^\\s,.;:!?"“”]+$`, "iu") : null,
);

/**
 * The subject a restrictive relative clause describes ("A friend who works at the agency told me", "Jana Berg who
 * chairs the board said"), which ends at `cut`: read as any subject; else an indefinite noun phrase the clause describes
 * is a person left unnamed, as an anonymity clause leaves one ("a friend", "a man").
 */
function describedSubject(from: number, cut: number, ctx: SpeakerContext, asides: number): Subject | undefined {
  const subject = subjectBefore(from, cut, ctx, asides);
  // One capitalised word before the clause opens the sentence more often than it names someone ("Fans who saw the show said").
  if (subject && (subject.entry.type !== "named" || /\s/u.test(subject.entry.name))) return subject;
  const p = describedAnonymous(ctx.body, from, cut, ctx.lang.frames);
  const first = p?.text.split(/\s+/u)[0] ?? "";
  return p && p.end === cut && !isDefinite(first, ctx.lang.frames.language) ? { entry: ctx.book.anonymous(p), span: p } : undefined;
}

/** The language's asides between a subject and its verb (`verbAsides`), as one pattern that must end the text. */
const verbAside = perLanguage((frames) => (frames.verbAsides?.length ? new RegExp(`\\s(?:${frames.verbAsides.join("|")})\\s*$`, "u") : null));

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
  const entry = nameEntry(nm[1], s, ctx, m[1].trim());
  return entry?.type === "named" ? { entry, span: { start: s, end: s + nm[1].length } } : undefined;
}

/** A definite article, at most two words in small letters, and a last word: "the mayor", "the new health minister", "die Ministerin". */
const DEFINITE_ROLE_SUBJECT = /(?:^|\s)(?<det>[\p{L}]+)\s+(?:[\p{Ll}-]+\s+){0,2}(?<role>[\p{L}-]+)$/u;

/**
 * "The mayor said", "die Ministerin sagte": a subject that is a definite role names the person the article introduced
 * with that role before (roleHolder). Undefined where the words are no definite role or no one was so introduced.
 */
function definiteRole(text: string, end: number, ctx: SpeakerContext): Subject | undefined {
  const m = DEFINITE_ROLE_SUBJECT.exec(text);
  const det = m?.groups?.det;
  const role = m?.groups?.role;
  if (!m || !det || !role || !isDefinite(det, ctx.lang.frames.language) || !(isRoleNoun(role, ctx) || isRoleVariant(role, ctx))) return undefined;
  // A capitalised title ("The Bishop said") is read as a name, through the full name the article gives (nameEntry).
  if (/^\p{Lu}/u.test(role) && isTitleWord(role, ctx.lang.frames)) return undefined;
  return roleHolder(role, { start: end - role.length, end }, ctx);
}

/** Per language: a comma and a subject relative pronoun ending a text (", who", ", que"). */
const relativeAtEnd = perLanguage((frames) => (frames.subjectRelatives?.length ? new RegExp(`,\\s*(?:${frames.subjectRelatives.map(escapeRegExp).join("|")})$`, "u") : null));

/** Where the comma before a closing subject relative pronoun stands in `text` (", who" ending it), if one does. */
function relativeSubjectComma(text: string, frames: LanguageFrames): number | undefined {
  const m = relativeAtEnd(frames)?.exec(text);
  return m ? m.index : undefined;
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

/** A capitalised name of up to four words, then up to three words in small letters (a role), then a capital: "Harbour Gazette editor A…". */
const OWNER_THEN_ROLE = /^((?:[Tt]he\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3})\s+((?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}’'-]*)\s+(?=\p{Lu})/u;
/** Small-letter words a role may run on with before the name it introduces ("представитель порта", "the spokesman for the port"). */
const ROLE_TAIL_WORDS = 4;

/** A role that ends on "of" in some language ("il sindaco di", "the mayor of", "le maire de"): a place or body follows. */
const ROLE_OF = /\s(?:of|di|de|del|della|dello|dei|degli|delle|du|des|do|da|dos|das|von|van|der)(?:\s+(?:the|la|le|les|el|los|las|il|lo|gli|die|das|a|o|os|as))?$/u;
/** A full name of two or three capitalised words that ends the clause. */
const FOLLOWING_NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}\s*(?:[.,;:!?)—–]|$)`;
/**
 * After such a role: the place or body (one to three capitalised words, as many as leave a name after them), an
 * adjective of the role written after the body (group 2: "la ministra del Lavoro tedesca Katrin Vollmer"), a comma or a
 * space, then a following name.
 */
const PLACE_THEN_NAME = new RegExp(String.raw`^(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})(\s+\p{Ll}[\p{L}’'-]*)?(?:,\s*|\s+)(?=${FOLLOWING_NAME})`, "u");

/** The words of a role's body up to a comma, and a following name after it: "the Riverland parks agency, Ann Ray." */
const BODY_THEN_APPOSITIVE = new RegExp(String.raw`^([^,.;:!?"“”()«»\n]{1,80}),\s*(?=${FOLLOWING_NAME})`, "u");

/** Small words inside a person's name, between its capitalised parts ("Jan de Vries", "Ursula von der Leyen", "Luis de Guindos"). */
const NAME_PARTICLES = "van der|van den|van de|von der|von|van|de la|de|da|di|du|dos|das|del|della|der|ter|ten|bin|ibn";
/** Words that tie a named person to their body ("analyst Mark Oxford of Oxford Aviation", "Ana Ruiz de la Universidad X"). */
const AFFILIATION_LINKS = "of|at|from|de|du|des|di|del|della|da|do|von|van";
/** After a role noun: its small-letter tail (group 1) and a full name (group 2) that ends the clause, opens a quotation ("laut dem Experten X „…“") or that a small word or an affiliation follows. */
const NAME_AFTER_ROLE = new RegExp(`^((?:\\s+\\p{Ll}[\\p{L}’'-]*){0,${ROLE_TAIL_WORDS}}),?\\s+(\\p{Lu}[\\p{L}’'-]+(?:(?:\\s+(?:${NAME_PARTICLES}))?\\s+\\p{Lu}[\\p{L}’'-]+){1,2})(?=\\s*(?:[,.;:!?)—–"“”„«»‚‘]|$)|\\s+(?:${AFFILIATION_LINKS})\\s+(?:the\\s+)?\\p{Lu}|\\s+\\p{Ll})`, "u");

/**
 * A role noun that reads as an anonymous source but introduces a name ("so der Sprecher Tim Vogel", "dijo el portavoz,
 * Luis Prado", "заявил представитель порта Иван Петров", "sagte Ministeriumssprecher Konrad Effenberger am Donnerstag"):
 * the person named, with the role. Only a full name that ends the clause, or that a word in small letters or an
 * affiliation follows, so "said the spokesman on Monday" stays the unnamed spokesman.
 */
function namedAfterRole(anon: { start: number; end: number; text: string }, to: number, ctx: SpeakerContext): Subject | undefined {
  const m = NAME_AFTER_ROLE.exec(ctx.masked.slice(anon.end, to));
  if (!m?.[2]) return undefined;
  const nameStart = anon.end + m[0].length - m[2].length;
  const role = `${anon.text}${m[1] ?? ""}`.trim();
  const entry = nameEntry(m[2], nameStart, ctx, role);
  return entry?.type === "named" ? { entry, span: { start: nameStart, end: nameStart + m[2].length } } : undefined;
}

/** Most words of a name after a title in a script without capitals ("سالم بن علي الحمادي"). */
const TITLED_NAME_WORDS = 4;

/**
 * A person named after a title in a script without capitals ("العقيد سالم الحمادي", "الدكتورة ليلى حسن"): the title is one
 * of the language's `titles`, the name the words after it up to punctuation, a word that is never part of a name
 * (`nameStopwords`), or a word with the preposition ل written on ("لـ«الخليج»", "للصحفيين"). Without a title, only a
 * name the article already gave in full ("الحمادي" after "سالم الحمادي"). Nothing else: no letter tells a name there.
 */
export function titledName(from: number, to: number, ctx: SpeakerContext): { entry: SourceEntry; span: Span } | undefined {
  const text = ctx.masked.slice(from, to);
  const lead = text.length - text.trimStart().length;
  const ws: { word: string; start: number }[] = [];
  for (const m of text.slice(lead).matchAll(/([^\s\p{P}]+)(\s*)/gu)) {
    const word = m[1] as string;
    if ((m.index ?? 0) > 0 && /\p{P}/u.test(text.slice(lead + (m.index ?? 0) - 1, lead + (m.index ?? 0)))) break;
    if (ws.length > TITLED_NAME_WORDS || ctx.lang.frames.nameStopwords.includes(word) || /^ل(?:ـ|ل)/u.test(word)) break;
    ws.push({ word, start: from + lead + (m.index ?? 0) });
    // Punctuation right after a word ends the name there.
    if (/^\s*\p{P}/u.test(text.slice(lead + (m.index ?? 0) + word.length))) break;
  }
  const first = ws[0];
  if (!first || /[\p{Lu}\p{Ll}]/u.test(first.word)) return undefined;
  const span = (a: { start: number }, b: { word: string; start: number }): Span => ({ start: a.start, end: b.start + b.word.length });
  if ((ctx.lang.frames.titles ?? []).includes(first.word) && ws.length >= 2) {
    const rest = ws.slice(1);
    const where = span(rest[0] as (typeof rest)[number], rest[rest.length - 1] as (typeof rest)[number]);
    const entry = ctx.book.named(rest.map((w) => w.word).join(" "), textSpan(ctx.body, where.start, where.end), first.word);
    return { entry, span: where };
  }
  const known = ctx.book.findNamed(first.word);
  if (known?.type === "named" && known.name !== first.word) {
    const where = span(first, first);
    known.mentions.push(textSpan(ctx.body, where.start, where.end));
    return { entry: known, span: where };
  }
  return undefined;
}

/** Most words of a body a role speaks for ("باسم وزارة الخارجية"): a construct chain ends on its definite word. */
const ROLE_BODY_WORDS = 3;

/**
 * A person named beside a role in a script without capitals (Arabic): "المتحدث باسم الشركة كريم بن سليمان" (the role, whom
 * it speaks for, the name), "كريم بن سليمان، المتحدث باسم الشركة" (the name, a comma, the role), or a name its joiner shows
 * ("كريم بن سليمان"). The name runs to punctuation, a stop word or a word with the preposition ل written on; it has two
 * words at least and its first carries no article. Undefined where no such shape stands at `from`.
 */
function namedBesideRole(from: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const { roleLinks = [], definitePrefix, nameJoiners = [] } = ctx.lang.frames;
  if (!definitePrefix) return undefined;
  const text = ctx.masked.slice(from, to);
  const ws: { word: string; start: number; punct: string }[] = [];
  for (const m of text.matchAll(/([^\s\p{P}]+)(\s*\p{P}*)/gu)) ws.push({ word: m[1] as string, start: from + (m.index ?? 0), punct: (m[2] ?? "").trim() });
  const nameFrom = (k: number): number => {
    let e = k;
    while (e < ws.length && e - k < TITLED_NAME_WORDS) {
      const w = ws[e] as (typeof ws)[number];
      // "لوكالة", "للصحفيين": the preposition ل written on a word opens whom the person spoke to.
      const toWhom = /^ل(?:ـ|ل)/u.test(w.word) || (w.word.startsWith("ل") && ctx.lang.frames.outletCues.includes(w.word.slice(1)));
      if (ctx.lang.frames.nameStopwords.includes(w.word) || toWhom || isRoleNoun(w.word, ctx)) break;
      e++;
      if (w.punct) break;
    }
    return e;
  };
  const person = (k: number, e: number, role?: string): Subject | undefined => {
    const words = ws.slice(k, e);
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last || words.length < 2 || first.word.startsWith(definitePrefix)) return undefined;
    const span = { start: first.start, end: last.start + last.word.length };
    return { entry: ctx.book.named(words.map((w) => w.word).join(" "), textSpan(ctx.body, span.start, span.end), role), span };
  };
  const head = ws[0];
  if (!head) return undefined;
  if (isRoleNoun(head.word, ctx) && !head.punct) {
    let k = 1;
    if (roleLinks.includes(ws[1]?.word ?? "")) {
      k = 2;
      while (k < ws.length && k - 2 < ROLE_BODY_WORDS && !(ws[k] as (typeof ws)[number]).word.startsWith(definitePrefix) && !(ws[k] as (typeof ws)[number]).punct) k++;
      k++;
    }
    const role = ws.slice(0, k).map((w) => w.word).join(" ");
    return person(k, nameFrom(k), role);
  }
  const e = nameFrom(0);
  const last = ws[e - 1];
  // The name, a comma, then the role: "كريم بن سليمان، المتحدث باسم الشركة".
  if (last && /^[،,]/u.test(last.punct) && isRoleNoun(ws[e]?.word ?? "", ctx)) {
    const end = ws.slice(e).findIndex((w) => w.punct);
    const role = ws.slice(e, end < 0 ? ws.length : e + end + 1).map((w) => w.word).join(" ");
    return person(0, e, role);
  }
  if (ws.slice(1, e - 1).some((w) => nameJoiners.includes(w.word))) return person(0, e);
  return undefined;
}

/** Per language: an outlet noun without its article ending a text ("du site "). */
const bareOutletNounIn = perLanguage((frames) => new RegExp(`(?:^|[^\\p{L}])(?:${interviewerNouns(frames)})\\s+$`, "iu"));
const bareOutletNounBefore = (ctx: SpeakerContext): RegExp => bareOutletNounIn(ctx.lang.frames);

/** Per language: whom the speaker told before an inverted subject (`toldPrepositions`: "à l'AFP ", "au journal "). */
const interviewerIn = perLanguage((frames) => {
  // An elided article ("à l'", "all'") runs into the name; any other preposition is a word of its own.
  const prepositions = [...(frames.toldPrepositions ?? [])].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/\s+/g, "\\s+") + (/['’]$/u.test(p) ? "" : "\\s+"));
  // "ha confirmado a este diario una fuente": the article's own paper (`articleSelf` before an outlet noun) was told too.
  const self = (frames.articleSelf ?? []).filter((w) => !/\s/u.test(w)).map(escapeRegExp);
  const selfBefore = self.length ? `(?:(?:${self.join("|")})\\s+)?` : "";
  return prepositions.length ? new RegExp(`^(?:${prepositions.join("|")})(?:\\p{Lu}[\\p{L}.-]*|${selfBefore}(?:${interviewerNouns(frames)}))\\s+`, "u") : /(?!)/u;
});
const interviewerBefore = (ctx: SpeakerContext): RegExp => interviewerIn(ctx.lang.frames);

/** A capitalised word and up to three words after it, in either case: the longest an outlet's name told to may run on in small letters. */
const OUTLET_WORDS = /^\p{Lu}[\p{L}.-]*(?:\s+[\p{L}.-]+){0,3}/u;
/** A run of capitalised words, with short joining words in small letters between them ("La Gaceta del Sur", "El Observador Económico Marta Ibáñez"). */
const CAPITALISED_RUN = /^\p{Lu}[\p{L}.-]*(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}.-]*)*/u;

/**
 * How much of `text` whom the speaker told takes, given the `matched` length the interviewer pattern read (the preposition
 * and one capitalised word): an outlet's name often runs over several words ("dijo a La Gaceta del Sur una fuente", "dijo a
 * El Observador Económico Marta Ibáñez"), which one word would leave glued to the speaker's. The name runs to the longest
 * start of the capitalised run that is an outlet the registry or the case knows; else, where small letters follow the run
 * (the speaker's article), to the run's end; else the one word.
 */
function toldNameLength(text: string, matched: number, ctx: SpeakerContext): number {
  const object = text.slice(0, matched).trimEnd();
  const word = /\p{Lu}[\p{L}.-]*$/u.exec(object);
  if (!word) return matched;
  const at = word.index;
  // A name the registry or the case knows may go on in small letters ("pro Vědecký svět", "dla Gazety wrocławskiej").
  const written = OUTLET_WORDS.exec(text.slice(at))?.[0] ?? "";
  const writtenEnds = [...written.matchAll(/[\p{L}.-]+/gu)].map((m) => (m.index ?? 0) + m[0].length).reverse();
  for (const end of writtenEnds) if (end > word[0].length && /^\s+\p{Ll}/u.test(text.slice(at + end)) && isOutletName(written.slice(0, end), ctx)) return at + end + (/^\s*/u.exec(text.slice(at + end))?.[0].length ?? 0);
  const run = CAPITALISED_RUN.exec(text.slice(at))?.[0] ?? "";
  if (run.length <= word[0].length) return matched;
  const ends = [...run.matchAll(/\p{Lu}[\p{L}.-]*/gu)].map((m) => (m.index ?? 0) + m[0].length).reverse();
  for (const end of ends) if (end > word[0].length && isOutletName(run.slice(0, end), ctx)) return at + end + (/^\s*/u.exec(text.slice(at + end))?.[0].length ?? 0);
  const after = /^\s+(?=\p{Ll})/u.exec(text.slice(at + run.length));
  return after ? at + run.length + after[0].length : matched;
}

/** The language's outlet nouns without their article ("journal", "quotidien", "agence"), as whom a speaker told after a `toldPrepositions` one. */
function interviewerNouns(frames: LanguageFrames): string {
  const article = new RegExp(`^(?:(?:${frames.determiners.map(escapeRegExp).join("|") || "(?!)"})\\s+|\\p{Ll}{1,3}['’])`, "u");
  const nouns = outletNounsFor(frames.language).before.map((n) => n.replace(article, "")).filter((n) => /^\p{Ll}/u.test(n));
  return nouns.length ? nouns.map((n) => escapeRegExp(n).replace(/\s+/g, "\\s+")).join("|") : "(?!)";
}

/** A title before a surname (SURNAME_TITLES), after an article ("el Sr. Villalba"): a person, by the name the article gives them elsewhere in full. */
const SURNAME_TITLE = new RegExp(`^(?:(?:el|la|le|il|la|the)\\s+)?(?:${SURNAME_TITLES})\\s+(?=\\p{Lu})`, "u");
/**
 * Per language: up to two capitalised words (a role, group 1) and an honorific before a name ("Forschungsleiter Dr. Anna
 * Berg"), or a capitalised role noun and up to three words that complete it ("Meya wa kubuni Bi. Zawadi Mshamba", "Waziri
 * wa Afya Dkt. Neema Kitwana": group 2, kept where its first word is a role noun).
 */
const roleAndTitle = perLanguage((frames) => new RegExp(`^(?:((?:\\p{Lu}[\\p{L}-]*\\s+){0,2})|(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){1,3}\\s+))(?:${honorificsOf(frames)})\\.?\\s+(?=\\p{Lu})`, "u"));
/** Per language: a sentence cut at an honorific's full stop ("… said Prof. | Anna Berg.", "… alisema Bi. | Zawadi Mshamba."). */
const honorificCut = perLanguage((frames) => new RegExp(`(?:^|\\s)(?:${honorificsOf(frames)})\\.\\s*$`, "u"));
/** A sentence cut at an abbreviated title's full stop ("dijo el Sr. | Villalba"). */
const CUT_TITLE = /(?:^|\s)(?:M|Sr|Sra|Srta|Sig|Dott|Dra)\.\s*$/u;
/** A role noun after its definite article that ends the clause ("a déclaré le ministre.", "ha detto il sindaco in un'intervista"). */
const DEFINITE_ROLE = /^(?:the|le|la|l['’]|il|lo|el|o|a|der|die|de)\s*(\p{Ll}[\p{L}-]+)(?=\s*(?:[.,;:!?)]|$)|\s+\p{Ll})/u;
/** Most characters between a role noun and the name it introduces ("le ministre de la Santé, Karim Benslimane"). */
const ROLE_NAME_REACH = 60;

/**
 * A speaker an inverted verb names by reference to one the article named before: a title and a surname ("a déclaré M.
 * Benslimane"), or a role alone ("ha detto il sindaco") that the article gave a named person ("Il sindaco di Valbruna,
 * Paolo Ferrante, …", whether or not that sentence had them speak). A role no one named before is left to the other readings.
 */
function referredSpeaker(start: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const text = ctx.masked.slice(start, to);
  const titled = SURNAME_TITLE.exec(text);
  if (titled) {
    const nm = /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}/u.exec(text.slice(titled[0].length));
    if (!nm) return undefined;
    const at = start + titled[0].length;
    if (isOutletName(nm[0], ctx)) return undefined;
    return { entry: ctx.book.named(nm[0], textSpan(ctx.body, at, at + nm[0].length)), span: { start: at, end: at + nm[0].length } };
  }
  const role = DEFINITE_ROLE.exec(text);
  const noun = role?.[1];
  if (role && noun && (isRoleNoun(noun, ctx) || isRoleVariant(noun, ctx))) {
    // "A webpage claimed the pontiff had backed X": a role followed by its own finite verb is the subject of what was
    // said, not an inverted speaker (as anonymousAfter reads "said the newspaper would …").
    const next = /^\s+([\p{L}’']+)/u.exec(text.slice(role[0].length))?.[1]?.toLowerCase();
    if (next && FINITE_AFTER.has(next) && ctx.lang.frames.auxiliaries?.includes(next)) return undefined;
    return roleHolder(noun, { start: start + role[0].length - noun.length, end: start + role[0].length }, ctx);
  }
  const bare = ctx.lang.frames.bareRoleRefers ? BARE_ROLE.exec(text) : null;
  const bareNoun = bare?.[1];
  if (!bare || !bareNoun || !isRoleNoun(bareNoun, ctx)) return undefined;
  return roleHolder(bareNoun, { start: start + bare.index, end: start + bare.index + bareNoun.length }, ctx);
}

/** A role noun in small letters with at most the body it heads in small letters after it, ending the clause ("губернатор области."). */
const BARE_ROLE = new RegExp(`^\\s*(\\p{Ll}[\\p{L}-]+)(?:\\s+\\p{Ll}[\\p{L}-]+){0,${GENITIVE_BODY_WORDS}}(?=\\s*(?:[.,;:!?)]|$))`, "u");

/**
 * The person a role noun at `span` refers back to: the latest one the article's sources hold with that role, else the
 * latest named right after that role before `span` ("Il sindaco di Valbruna, Paolo Ferrante, …", whether or not that
 * sentence had them speak). A noun that stands for titles in other words (`roleVariants`: "the pontiff" after "Pope …")
 * refers to the one person so titled (titledHolder). None where no one was introduced so.
 */
function roleHolder(noun: string, span: Span, ctx: SpeakerContext): Subject | undefined {
  const titles = ctx.lang.frames.roleVariants?.[noun.toLowerCase()];
  if (titles) return titledHolder(titles, span, ctx);
  const known = ctx.book
    .entries()
    .filter((e) => e.type === "named" && e.role !== undefined && new RegExp(`(?<!\\p{L})${escapeRegExp(noun)}(?!\\p{L})`, "iu").test(e.role))
    .pop();
  if (known) {
    known.mentions.push(textSpan(ctx.body, span.start, span.end));
    return { entry: known, span };
  }
  const before = ctx.masked.slice(0, span.start);
  // The role may have been a title before the name ("Bishop Anna Lind", then "the bishop said"): its first letter either case.
  const intro = new RegExp(`(?<!\\p{L})${capitalisablePhrase(noun)}(?!\\p{L})[^.!?\\n«»"“”]{0,${ROLE_NAME_REACH}}?(?:,\\s*|\\s+)(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,2})(?=\\s*[,.;:)]|\\s+\\p{Ll})`, "gu");
  const last = [...before.matchAll(intro)].pop();
  const name = last?.[1];
  if (!last || !name || isOutletName(name, ctx) || isPlace(name)) return undefined;
  const at = (last.index ?? 0) + last[0].length - name.length;
  const entry = ctx.book.named(name, textSpan(ctx.body, at, at + name.length), last[0].slice(0, last[0].length - name.length).replace(/[,\s]+$/u, ""));
  entry.mentions.push(textSpan(ctx.body, span.start, span.end));
  return { entry, span };
}

/** True when a word is a role noun that stands for titles in other words (`roleVariants`: "pontiff"). */
function isRoleVariant(word: string, ctx: SpeakerContext): boolean {
  return ctx.lang.frames.roleVariants?.[word.toLowerCase()] !== undefined;
}

/**
 * The one person the article gives one of `titles` before `span`: a source holding it as a role, or a name written
 * straight after it as a capitalised title ("Pope Francis", "King Oswin Dale"). None where the article so titles nobody
 * or two people: "the pontiff" is who the text calls so only when no one else could be.
 */
function titledHolder(titles: readonly string[], span: Span, ctx: SpeakerContext): Subject | undefined {
  const titled = new RegExp(`(?<!\\p{L})(?:${titles.map(escapeRegExp).join("|")})(?!\\p{L})`, "iu");
  const people = new Set(ctx.book.entries().filter((e) => e.type === "named" && ((e.role !== undefined && titled.test(e.role)) || titled.test(e.name.split(/\s+/u)[0] ?? ""))));
  const written = new RegExp(`(?<![\\p{L}])(?:${titles.map((t) => t.replace(/^\p{Ll}/u, (c) => c.toUpperCase())).map(escapeRegExp).join("|")})\\s+\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2}`, "gu");
  const named: { text: string; at: number }[] = [];
  for (const m of ctx.masked.slice(0, span.start).matchAll(written)) {
    const known = ctx.book.findNamed(m[0]);
    if (known && known.type === "named") people.add(known);
    else if (!named.some((n) => n.text === m[0])) named.push({ text: m[0], at: m.index ?? 0 });
  }
  if (people.size + named.length !== 1) return undefined;
  const only = named[0];
  const entry = [...people][0] ?? (only ? nameEntry(only.text, only.at, ctx) : undefined);
  if (entry?.type !== "named") return undefined;
  entry.mentions.push(textSpan(ctx.body, span.start, span.end));
  return { entry, span };
}

/**
 * One of the language's anonymity clauses in `text` (compiled in names.ts): at its `start`, ending it at its `end` (with
 * the commas that set it off), or after at least one word `inside` it. Undefined where none stands there.
 */
function anonymityClauseAt(text: string, ctx: SpeakerContext, where: "start" | "end" | "inside"): { index: number; text: string } | undefined {
  if (!ctx.lang.frames.anonymityClauses) return undefined;
  // Only the stretch where such a clause can stand is read: a speaker's phrase and its clause are short, and the text
  // runs to the sentence's start or end, which in a hostile page is tens of thousands of words, read once per verb.
  const offset = where === "end" ? Math.max(0, text.length - CLAUSE_WINDOW) : 0;
  const window = where === "end" ? text.slice(offset) : text.slice(0, CLAUSE_WINDOW);
  for (const m of allMatches(ctx.lang.anonymityClause, window)) {
    const at = offset + (m.index ?? 0);
    const end = at + m[0].length;
    if (where === "start" ? /^\s*$/u.test(text.slice(0, at)) : where === "end" ? at > 0 && /^\s*$/u.test(text.slice(end)) : /\p{L}/u.test(text.slice(0, at))) return { index: at, text: m[0] };
  }
  return undefined;
}

/** Characters of a speaker's phrase read for an anonymity clause (the clause and the words it describes fit well within). */
const CLAUSE_WINDOW = 300;

/**
 * A person named with a role after a cue for a source ("according to consultant Walter Times", "selon l'économiste Marc
 * Lebrun"), read as an inverted speaker is: the role names a person, so the name is theirs, never an outlet's, whatever
 * its words. Undefined unless a role noun and a capitalised name stand there.
 */
export function rolePersonAfter(from: number, to: number, ctx: SpeakerContext): SourceEntry | undefined {
  // The role may be written with a capital, as German writes every noun ("laut Ministerin Katrin Vollmer").
  const words = /^\s*((?:[\p{L}’'-]+\s+){1,4})\p{Lu}/u.exec(ctx.masked.slice(from, to))?.[1];
  // A compound role counts as its role noun does ("laut Arbeitsministerin Katrin Vollmer").
  if (!words?.split(/\s+/u).some((w) => isRoleNoun(w.replace(ELIDED_LEAD, ""), ctx) || compoundRole(w, ctx))) return undefined;
  const found = subjectAfter(from, to, ctx);
  if (found?.entry.type !== "named" || !found.entry.role || !/^\p{Lu}/u.test(ctx.body.slice(found.span.start))) return undefined;
  found.entry.role = found.entry.role.replace(ELIDED_LEAD, "").replace(/^(?:the|le|la|les|el|il|lo|o|a|der|die|das)\s+/iu, "");
  return found.entry;
}

/** Auxiliaries and modals that only a clause's own subject stands before (not "to", "not", a pronoun). */
const FINITE_AFTER = new Set(["must", "will", "would", "can", "could", "should", "may", "might", "shall", "was", "were", "is", "are", "has", "have", "had", "did", "does", "do"]);

/** A capitalised word and a short aside in brackets after it (group 1), near the start of an inverted speaker. */
const BRACKETED_AFTER_NAME = /^[^()\n]*?\p{Lu}[\p{L}’'-]*(\s*\([^()\n]{1,40}\))/u;
/** Characters after a speech verb within which the speaker's name and its bracketed aside stand. */
const ASIDE_REACH = 120;

/**
 * Where the subject after an inverted verb stands in `masked[from, to)`: past whom the speaker told (French "à l'AFP",
 * a Russian outlet in guillemets, "powiedział nam") and a clause that the speaker is not to be named; up to a short
 * aside in brackets after the name or such a clause after it. `unnamed` says an anonymity clause was there.
 */
function invertedSubjectBounds(from: number, to: number, ctx: SpeakerContext): { start: number; to: number; unnamed: boolean } {
  // The sentence may have been cut at a title's full stop ("… said Prof. | Anna Berg."): the name runs on past it.
  const upToCut = ctx.masked.slice(from, to);
  if (honorificCut(ctx.lang.frames).test(upToCut) || CUT_TITLE.test(upToCut)) to += /^[^.!?\n]*/u.exec(ctx.masked.slice(to))?.[0].length ?? 0;
  let lead = ctx.masked.slice(from, to).length - ctx.masked.slice(from, to).trimStart().length;
  // French puts the interviewer before an inverted subject: "a déclaré à l'AFP Claire Dubois", "a déclaré au journal le
  // colonel Salem al-Hammadi" (an outlet noun standing for the outlet).
  const interviewer = interviewerBefore(ctx).exec(ctx.masked.slice(from + lead, to));
  if (interviewer) lead += toldNameLength(ctx.masked.slice(from + lead, to), interviewer[0].length, ctx);
  // Russian and Ukrainian name the outlet told in guillemets, in the dative, before the speaker ("сообщил «Северному
  // вестнику» источник в министерстве"): the name in guillemets is whom the speaker told, never part of the speaker.
  else lead += /^«[^«»\n]{1,60}»\s+(?=\p{Ll})/u.exec(ctx.masked.slice(from + lead, to))?.[0].length ?? 0;
  // "ha scritto su X il consigliere": where the words were posted stands before the speaker.
  lead += ctx.lang.mediumPhrase.exec(ctx.masked.slice(from + lead, to))?.[0].length ?? 0;
  // "powiedział nam urzędnik": the pronoun of whom the speaker told stands before the speaker.
  const told = ctx.lang.toldPronoun.exec(ctx.masked.slice(from + lead, to))?.[0].length ?? 0;
  lead += told;
  // After a noun of whom was told, a name in guillemets is that outlet's, whatever follows it ("заявил изданию
  // «Коммерсантъ» Игорь Лапин"): the speaker is after it.
  if (told > 0) lead += /^«[^«»\n]{1,60}»\s+(?=\p{L})/u.exec(ctx.masked.slice(from + lead, to))?.[0].length ?? 0;
  // A clause that says the speaker is not to be named, before the speaker ("a déclaré sous couvert d'anonymat un
  // responsable") or after it ("said a port clerk who asked not to be named"): no part of the speaker, and the words
  // before it, whatever their noun, an anonymous source.
  const opening = anonymityClauseAt(ctx.masked.slice(from + lead, to), ctx, "start");
  if (opening) lead += opening.text.length;
  const start = from + lead;
  // A short aside in brackets right after the speaker's name ("sagte die Abgeordnete Eva Roth (Grüne)", "said Jan Mol
  // (VVD) on Monday"): the name ends before it, as if the clause did.
  const aside = BRACKETED_AFTER_NAME.exec(ctx.masked.slice(start, Math.min(to, start + ASIDE_REACH)));
  if (aside?.[1]) to = start + aside.index + aside[0].length - aside[1].length;
  const closing = anonymityClauseAt(ctx.masked.slice(start, to), ctx, "inside");
  if (closing) to = start + (closing.index ?? 0);
  return { start, to, unnamed: Boolean(opening || closing) };
}

/** The words after an inverted verb still to read as a named speaker: from `nameStart`, with the role read before it so far. */
interface NamePrefix {
  nameStart: number;
  text: string;
  leadRole?: string;
}

/** `prefix` with its first `length` characters read as (part of) the role before the name. */
function takeRole(prefix: NamePrefix, length: number, leadRole: string | undefined): NamePrefix {
  return { nameStart: prefix.nameStart + length, text: prefix.text.slice(length), ...(leadRole ? { leadRole } : {}) };
}

/** At most three words in small letters (an account's noun: "la cuenta", "o perfil") and the @ of a handle written with a capital. */
const HANDLE_AFTER_WORDS = /^((?:\p{Ll}[\p{L}’'-]*\s+){0,3})@(?=\p{Lu})/u;

/**
 * A social-media handle after the verb ("escribió la cuenta @AlertaNorte", "escreveu o perfil @AlertaNorte no X"): the
 * handle is who wrote, the words before it what it is; the name starts after the @.
 */
function handleAfterVerb(p: NamePrefix): NamePrefix {
  const handle = HANDLE_AFTER_WORDS.exec(p.text);
  if (!handle) return p;
  return takeRole(p, handle[0].length, handle[1]?.trim() || undefined);
}

/**
 * A role before the name ("said council leader Stephen Cowan", "заявил глава администрации Игорь Петров"): only when
 * those words hold one of the language's role nouns, so "said on Tuesday" never makes Tuesday a speaker. Where compounds
 * are one word, a role is often written onto its field in small letters ("energiminister", "trafikminister").
 */
function roleNounsBeforeName(p: NamePrefix, ctx: SpeakerContext): NamePrefix {
  const pre = /^((?:\p{Ll}[\p{L}’'-]*\s+){1,4})(?=\p{Lu})/u.exec(p.text)?.[1];
  if (!pre?.trim().split(/\s+/).some((w) => isRoleNoun(w, ctx) || endsInRoleNoun(w, ctx))) return p;
  return takeRole(p, pre.length, pre.trim());
}

/**
 * Per language: words in small letters (group 1) before a full name that ends the clause, or that a preposition of
 * where the person is from follows (`fromParticles`: "neurolog Tomáš Král z fakultní nemocnice").
 */
const describedName = perLanguage((frames) => {
  const from = frames.fromParticles?.length ? `|\\s+(?:${phraseAlternation(frames.fromParticles)})\\s+(?=\\p{L})` : "";
  return new RegExp(`^((?:\\p{Ll}[\\p{L}’'-]*\\s+){1,5}?(?:\\p{Ll}[\\p{L}’'-]*,\\s+)?)(?=\\p{Lu}[\\p{L}’'-]+\\s+\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?(?:\\s*(?:[.,;!?]|$)${from}))`, "u");
});

/**
 * Words in small letters before a full name ("ha detto la capitana del porto Ilse Brandt", "dijo la capitana del
 * puerto, Ilse Brandt"): a description of the speaker whatever its nouns, when two capitalised words or more follow and
 * end the clause; "said on Tuesday" is followed by no such name. An article alone describes no one: where nouns are
 * capitalised it is the role's ("sagte die Abgeordnete Jana Weller"), which then goes with it; before a name it is
 * nobody's role.
 */
function descriptionBeforeName(p: NamePrefix, ctx: SpeakerContext): NamePrefix {
  if (p.leadRole) return p;
  const described = describedName(ctx.lang.frames).exec(p.text)?.[1];
  if (!described) return p;
  const words = described.replace(/,\s*$/u, "").trim();
  const taken = takeRole(p, described.length, words);
  const possessives = ctx.lang.frames.possessives ?? [];
  if (!words.split(/\s+/u).every((w) => ctx.lang.frames.determiners.includes(w.toLowerCase()) || possessives.includes(w.toLowerCase()))) return taken;
  const capitalised = /^(\p{Lu}[\p{L}-]*)\s+(?=\p{Lu})/u.exec(taken.text);
  // Where every noun is capitalised, an article or a possessive and three capitalised words ending the clause are a noun
  // and a full name ("sagte seine Managerin Tessa Quaid"), whether or not the role list knows the noun.
  const nounThenName = ctx.lang.frames.capitalisedNouns === true && /^\p{Lu}[\p{L}-]*\s+\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+\s*(?:[.,;:!?)]|$)/u.test(taken.text);
  if (capitalised?.[1] && (leadingRole(capitalised[1], ctx) || nounThenName)) return takeRole(taken, capitalised[0].length, `${words} ${capitalised[1]}`);
  return takeRole(taken, 0, undefined);
}

/** The body a role heads, in the genitive, before the person ("заявил губернатор Заречной области Аркадий Белоусов"). */
function genitiveBodyOfRole(p: NamePrefix, ctx: SpeakerContext): NamePrefix {
  const body = p.leadRole ? genitiveBodyLength(p.text, ctx) : 0;
  return body > 0 ? takeRole(p, body, `${p.leadRole} ${p.text.slice(0, body).trim()}`) : p;
}

/**
 * A role noun written with a capital before the name ("sagte Ministerin Katrin Vollmer", "laut Sprecherin Eva Roth"):
 * German capitalises every noun, and its name pattern keeps such nouns out of names (`GENERIC_NOUNS`), so without this
 * the name would be read from nowhere. Only a role noun itself, with a capitalised word after it, and only where the name
 * pattern cannot start at the role (elsewhere "said Pope Francis" is read whole, the role within the name).
 */
function capitalisedRoleBeforeName(p: NamePrefix, ctx: SpeakerContext): NamePrefix {
  if (p.leadRole) return p;
  const role = /^(\p{Lu}[\p{L}-]+)\s+(?=\p{Lu}[\p{L}’'-]+)/u.exec(p.text);
  if (!role?.[1] || !isRoleNoun(role[1], ctx) || ctx.lang.nameAtStart.test(p.text)) return p;
  return takeRole(p, role[0].length, role[1]);
}

/** A capitalised role and a title before the name ("sagte Forschungsleiter Dr. Anna Berg"): the name starts after the title. */
function titleAfterRole(p: NamePrefix, ctx: SpeakerContext): NamePrefix {
  const titled = roleAndTitle(ctx.lang.frames).exec(p.text);
  if (!titled) return p;
  const described = titled[2]?.trim();
  if (described && !isRoleNoun(described.split(/\s+/u)[0] as string, ctx)) return p;
  return takeRole(p, titled[0].length, p.leadRole ?? (titled[1]?.trim() || described || undefined));
}

/**
 * A role of a place or a body ("il sindaco di Coruche, Francisco Mota", "the mayor of Ellon, Ann Ray"): the capitalised
 * words after the preposition complete the role, and the speaker is the name after them, or nobody named (null). Without
 * a comma the split is the reader's guess: only where the gazetteer knows the place, or, in English, where what follows
 * reads as a person's name ("Minister of Foreign Affairs Ann Ray").
 */
function placeOfRole(p: NamePrefix, ctx: SpeakerContext): NamePrefix | null {
  let prefix = p;
  const capitalRole = prefix.leadRole ? undefined : /^(\p{Lu}[\p{L}-]+\s+\p{Ll}+)\s+(?=\p{Lu})/u.exec(prefix.text);
  if (capitalRole?.[1] && ROLE_OF.test(capitalRole[1]) && isRoleNoun(capitalRole[1].split(/\s+/u)[0] as string, ctx)) prefix = takeRole(prefix, capitalRole[0].length, capitalRole[1]);
  if (!prefix.leadRole || !ROLE_OF.test(prefix.leadRole)) return prefix;
  const of = PLACE_THEN_NAME.exec(prefix.text);
  const ofWhat = of?.[1];
  // A body of more words, set off from the name by a comma ("the head of the Riverland parks agency, Ann Ray"): the comma
  // closes the role, and the name after it is the speaker's.
  const body = of ? undefined : BODY_THEN_APPOSITIVE.exec(prefix.text);
  if (body?.[1]) return takeRole(prefix, body[0].length, `${prefix.leadRole} ${body[1].trim()}`);
  const portfolio = (ctx.lang.frames.portfolios ?? []).includes((ofWhat?.split(/\s+/u)[0] ?? "").toLowerCase());
  // An adjective after the body is the role's only where the body is a portfolio ("del Lavoro tedesca"); after a place it
  // may start the clause's next words.
  if (!of || !ofWhat || (of[2] && !portfolio) || (!of[0].includes(",") && !isPlace(ofWhat) && !portfolio && !(ctx.lang.frames.language === "en" && nlp(prefix.text.slice(of[0].length)).people().found))) return null;
  return takeRole(prefix, of[0].length, `${prefix.leadRole} ${ofWhat}${of[2] ?? ""}`);
}

/**
 * A body's or an outlet's name and a role in small letters before the person ("said The Harbour Gazette editor Ana
 * Berg", "said Valley Courier editor Ana Berg"): the name before the role is whose role it is, never the speaker.
 */
function ownerOfRole(p: NamePrefix, ctx: SpeakerContext): NamePrefix {
  const owned = p.leadRole ? undefined : OWNER_THEN_ROLE.exec(p.text);
  if (!owned?.[1] || !owned[2] || !isRoleNoun(owned[2].split(/\s+/u).pop() as string, ctx)) return p;
  return takeRole(p, owned[0].length, `${owned[1]} ${owned[2]}`);
}

/**
 * A possessor and what is theirs before the name ("said Halloran's publicist, Tessa Quaid", "said the band's agent Tessa
 * Quaid"): the possessive makes the words after it a description of someone else, whatever the noun, so the possessor is
 * never the speaker. The speaker is the name after the description, with it as the role; without a name after it, no one
 * is named (null).
 */
function possessorOfRole(p: NamePrefix): NamePrefix | null {
  const owned = p.leadRole ? undefined : POSSESSOR_THEN_NOUN.exec(p.text);
  if (!owned?.[1]) return p;
  if (!/^\p{Lu}/u.test(p.text.slice(owned[0].length))) return null;
  return takeRole(p, owned[0].length, owned[1].replace(/,$/u, ""));
}

/**
 * "says that scientists in Oxford confirmed …", "claims that doctors in Madrid said …": a name straight after a
 * preposition is its object, never the speaker, whatever role noun came before it (a role's own place or body, "the mayor
 * of Ellon, Ann Ray", was read by placeOfRole before). So is a name after a noun's "of" and a title in small letters
 * ("says the publicist of singer Ross Halloran"): whose publicist, not who speaks.
 */
function objectOfPreposition(p: NamePrefix, ctx: SpeakerContext): NamePrefix | null {
  const last = p.leadRole ? /([\p{L}’'-]+)$/u.exec(p.leadRole)?.[1] : undefined;
  if (last && ctx.lang.frames.prepositions?.includes(last.toLowerCase())) return null;
  return ownerAfterOf(ctx.masked.slice(Math.max(0, p.nameStart - 80), p.nameStart), ctx) ? null : p;
}

/** A possessor's name (with "the" before an outlet's or a body's) and its possessive ending, then up to three words in small letters and maybe a comma (group 1 the whole description). */
const POSSESSOR_THEN_NOUN = /^((?:[Tt]he\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}(?:['’]s|s['’])\s+(?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}’'-]*,?)(?:\s+|(?=[.;:!?)—–]|$))/u;

/** A noun in small letters, a genitive "of" and at most two words in small letters (a title: "actor", "pop singer") ending a text before a name. */
const OF_THEN_TITLE = /(?:^|\s)\p{Ll}[\p{L}-]*\s+(?:of|di|du|do|da|von|van)((?:\s+\p{Ll}[\p{L}-]*){0,2})\s+$/u;

/**
 * True when the text before a name ends in a noun's "of" and a title without an article ("the publicist of actor", "il
 * manager del"): the name is whose the noun is, not the noun's holder. An article after the "of" opens a noun phrase of
 * its own ("the chair of the board Ann Ray"), which may end before the name.
 */
function ownerAfterOf(before: string, ctx: SpeakerContext): boolean {
  const m = OF_THEN_TITLE.exec(before);
  if (!m) return false;
  const words = (m[1] ?? "").trim().split(/\s+/u).filter(Boolean);
  // "one of which ISIS said": a relative pronoun after "of" is the object, and the name the relative clause's subject.
  const { subjectRelatives = [], restrictiveRelatives = [], nameStopwords } = ctx.lang.frames;
  const functionWord = (w: string) => [...subjectRelatives, ...restrictiveRelatives, ...nameStopwords, "which", "whom", "whose"].includes(w);
  return !words.some((w) => ctx.lang.frames.determiners.includes(w.toLowerCase()) || isDefinite(w, ctx.lang.frames.language) || functionWord(w.toLowerCase()));
}

/**
 * What may stand between an inverted verb and the speaker's name, read in order, each on what the one before left: a
 * handle's @ and its noun, the role's words, its body, a title, its place, its owner, and last whether the name is a preposition's object. A reader
 * that decides no one is named answers null.
 */
const NAME_PREFIX_READERS: readonly ((p: NamePrefix, ctx: SpeakerContext) => NamePrefix | null)[] = [
  handleAfterVerb,
  roleNounsBeforeName,
  descriptionBeforeName,
  genitiveBodyOfRole,
  capitalisedRoleBeforeName,
  titleAfterRole,
  placeOfRole,
  possessorOfRole,
  ownerOfRole,
  objectOfPreposition,
];

/** Per language: its date phrase (`LanguageFrames.date`) ending a text, after a space. */
const trailingDate = perLanguage((frames) => new RegExp(`\\s+(?:${frames.date})$`, "u"));

/**
 * A speaker's name without the date phrase the name pattern ran into ("sagte Katrin Vollmer am Dienstag": German names
 * may hold "am", as "Frankfurt am Main" does, and a weekday is capitalised): when it was said is no part of who said it.
 * The name is kept whole where nothing capitalised would be left.
 */
function withoutTrailingDate(name: string, ctx: SpeakerContext): string {
  const date = trailingDate(ctx.lang.frames).exec(name);
  return date && date.index > 0 && /^\p{Lu}/u.test(name) ? name.slice(0, date.index) : name;
}

/** A comma and a full name that ends the clause: the appositive after a role phrase. */
const APPOSITIVE_NAME = new RegExp(String.raw`^,\s*(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})(?=\s*(?:[.,;:!?)—–]|$))`, "u");

/** The named speaker after an inverted verb, with the role written before the name or an appositive after it. */
function namedAfter(start: number, to: number, ctx: SpeakerContext): SubjectReading {
  let prefix: NamePrefix | null = { nameStart: start, text: ctx.masked.slice(start, to) };
  for (const read of NAME_PREFIX_READERS) {
    prefix = read(prefix, ctx);
    if (!prefix) return null;
  }
  const { nameStart, text, leadRole } = prefix;
  const nm = ctx.lang.nameAtStart.exec(text);
  if (!nm || !nm[1]) return null;
  const name = withoutTrailingDate(nm[1].replace(/[.,]$/, ""), ctx);
  const rest = text.slice(name.length);
  // "The Post also says Singapore offered a tax holiday": a place followed by its own verb is the subject of what is
  // said, not an inverted speaker ("said Ankara on Tuesday" is one).
  // Only a place: it speaks only through its authorities, and "claimed Pope Francis endorsed …" still names who spoke.
  if (!leadRole && ctx.lang.frames.language === "en" && isPlace(name)) {
    const next = /^\s+(\p{Ll}[\p{L}’'-]*)/u.exec(rest)?.[1];
    if (next && (/^(?:has|had|have|is|was|were|will|would|could|should|may|might|must|can|did|does)$/u.test(next) || (/(?:ed|es)$/u.test(next) && nlp(next).verbs().found))) return null;
  }
  // A role phrase set off from the name by a comma ("kata Kepala Balai Taman Riverland, Ani Wulan"): the name run before
  // the comma is the role with its body or place, and the appositive name after it is the speaker.
  const appositive = APPOSITIVE_NAME.exec(rest);
  if (appositive?.[1] && (leadingRole(name.split(/\s+/u)[0] as string, ctx) || leadRole !== undefined)) {
    const at = nameStart + name.length + appositive[0].length - appositive[1].length;
    const entry = nameEntry(appositive[1], at, ctx, [leadRole, name].filter(Boolean).join(" "));
    if (entry?.type === "named") return { entry, span: { start: at, end: at + appositive[1].length } };
  }
  const app = /^,\s*([^,.;]{2,160})/u.exec(rest);
  // An appositive that is no role ("…, responding to the feature") leaves the role written before the name.
  const role = (app?.[1] ? roleOf(app[1], ctx) : undefined) ?? leadRole;
  const pair = coordinatedSubject(name, nameStart, "", ctx, role, rest);
  if (pair !== undefined) return pair;
  const entry = nameEntry(name, nameStart, ctx, role);
  return entry ? { entry, span: { start: nameStart, end: nameStart + name.length } } : null;
}

/**
 * An anonymous source's phrase starting the text after the verb ("said a senior official"), or, after a clause that the
 * speaker is not to be named, any phrase it describes. "The newspaper said the 640 workers would be redeployed": a phrase
 * followed by its own finite verb is the subject of what was said, not an inverted speaker (null).
 */
function anonymousAfter(start: number, to: number, unnamed: boolean, ctx: SpeakerContext): SubjectReading {
  const anon = anonymousAtStart(ctx.body, start, to, ctx.lang.frames) ?? (unnamed ? describedAnonymous(ctx.body, start, to, ctx.lang.frames) : undefined);
  if (!anon) return undefined;
  const nextWord = /^\s+([\p{L}’']+)/u.exec(ctx.masked.slice(anon.end, to))?.[1]?.toLowerCase();
  if (nextWord && FINITE_AFTER.has(nextWord) && ctx.lang.frames.auxiliaries?.includes(nextWord)) return null;
  return namedAfterRole(anon, to, ctx) ?? { entry: ctx.book.anonymous(anon), span: anon };
}

/**
 * The speaker after an inverted verb ("said Hisham al-Hashemi, a Baghdad-based terrorism expert"), read in order: one
 * referred to by a role named before; in a script without capitals, a name beside a role, an anonymous phrase, a titled
 * name; else an anonymous phrase, then a name with its role.
 */
function subjectAfter(from: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const bounds = invertedSubjectBounds(from, to, ctx);
  const { start, unnamed } = bounds;
  to = bounds.to;
  const referred = referredSpeaker(start, to, ctx);
  if (referred) return referred;
  const caseless = caselessWithoutEvidence(ctx.masked.slice(start, Math.min(to, start + 40)), ctx);
  const besideRole = caseless ? namedBesideRole(start, to, ctx) : undefined;
  if (besideRole) return besideRole;
  const anon = anonymousAfter(start, to, unnamed, ctx);
  // "“…,” said the ministry.", "“…,” said police.": a public body, with its article or one named without.
  const body = anon === undefined && !caseless ? (organisationAfterVerb(ctx.body, start, to, ctx.lang.frames) ?? bareBodyAtStart(ctx.body, start, to, ctx.lang.frames)) : undefined;
  if (body) return { entry: ctx.book.organisation(body.text, body), span: body };
  if (anon === undefined) return caseless ? titledName(start, to, ctx) : (namedAfter(start, to, ctx) ?? undefined);
  // Where a role names its body before the person (`bodyAfterRole`), a phrase that ends in a full name after it ("δήλωσε
  // ο εκπρόσωπος του Λιμενικού Σώματος Σταύρος Καλογήρου") names the person, whatever the phrase's head; one capitalised
  // word there is a day or a place ("said the spokesman on Monday"), never the person.
  const named = anon?.entry.type === "anonymous" && ctx.lang.frames.bodyAfterRole && !unnamed && !caseless ? namedAfter(start, to, ctx) : undefined;
  const fullName = named && /\S\s+\S/u.test(ctx.body.slice(named.span.start, named.span.end));
  if (named && fullName && named.entry.type === "named" && named.entry.role && named.span.end === anon?.span.end) return named;
  return anon ?? undefined;
}

/** The speaker before a verb in a script without capitals: only what shows evidence of being a source (see caselessSpeakers.ts). */
function caselessSubjectBefore(from: number, to: number, ctx: SpeakerContext): { entry: SourceEntry; span: Span } | undefined {
  const found = caselessSubject(ctx.masked.slice(from, to), from, ctx.lang.frames);
  if (!found) return undefined;
  const span = textSpan(ctx.body, found.start, found.end);
  const where = { start: found.start, end: found.end };
  switch (found.kind) {
    case "pronoun": {
      const entry = ctx.book.pronoun(found.word, span);
      return entry ? { entry, span: where } : undefined;
    }
    case "anonymous":
      return { entry: ctx.book.anonymous({ ...where, text: span.text, head: found.head, modifiers: [], definite: false, plural: /들$/u.test(found.head) }), span: where };
    case "named":
      if (isOutletName(found.name, ctx)) return undefined;
      return { entry: ctx.book.named(found.name, span, found.role), span: where };
    case "organisation":
      if (isOutletName(found.name, ctx)) return undefined;
      return { entry: ctx.book.organisation(found.name, span), span: where };
  }
}

/**
 * True when a speech verb's last word is a preposition of the language ("posted on", "posted to", "teilte mit"): what
 * follows it is the preposition's object — the platform in '"…," X posted on Instagram', 'a message posted on Telegram'
 * — never an inverted speaker. A preposition of whom the speaker told ("ha detto a") leaves the inverted reading to its
 * own handling.
 */
function endsInPreposition(verbText: string, frames: LanguageFrames): boolean {
  const last = verbText.trim().split(/\s+/u).at(-1) ?? "";
  return (frames.prepositions?.includes(last) ?? false) && !(frames.toldPrepositions?.includes(last) ?? false);
}

/** True when nothing but a quotation (blanked in `masked`) and its marks stands before the verb in the sentence. */
function afterQuotation(from: number, verb: number, ctx: SpeakerContext): boolean {
  const before = ctx.masked.slice(from, verb);
  return /["“”„«»‹›'‘’「」『』]/u.test(before) && /^[\s\p{P}]*$/u.test(before);
}

/** Per language: one of its `quotativeMarkers` ending a text ("」と"), after the quotation's closing mark. */
const quotativeAtEnd = perLanguage((frames) => (frames.quotativeMarkers?.length ? new RegExp(`(?<=[\\p{P}\\s])(?:${frames.quotativeMarkers.join("|")})\\s*$`, "u") : undefined));

/** An inverted pronoun right after the verb that follows a quotation ("“…,” zei zij", "“…,” said he"). */
function pronounAfter(from: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const words = [...ctx.lang.frames.pronouns.singular, ...ctx.lang.frames.pronouns.plural];
  if (words.length === 0) return undefined;
  const m = new RegExp(`^\\s*(${words.join("|")})(?![\\p{L}])`, "iu").exec(ctx.masked.slice(from, to));
  if (!m?.[1]) return undefined;
  const s = from + m[0].length - m[1].length;
  const entry = ctx.book.pronoun(m[1], textSpan(ctx.body, s, s + m[1].length));
  return entry ? { entry, span: { start: s, end: s + m[1].length } } : undefined;
}

/**
 * The speaker a verb carries in itself, in a language that names no subject after a speaker already given ("وأضاف أن
 * «…»": "and he added that"): the source most recently speaking, as a pronoun would be read. Only where a quotation
 * follows the verb straight, or after the word that opens its clause, so that no subject can stand between.
 */
function subjectInVerb(vs: number, ve: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const clause = ctx.lang.frames.subjectInVerb;
  if (!clause?.length) return undefined;
  const after = ctx.masked.slice(ve, to);
  if (!new RegExp(`^\\s*(?:(?:${clause.join("|")})\\s*)?:?\\s*[«"“]`, "u").test(after)) return undefined;
  const entry = ctx.book.pronoun("", textSpan(ctx.body, vs, ve));
  return entry ? { entry, span: { start: vs, end: ve } } : undefined;
}

/**
 * A verb-final language's speaker: the name that opens the sentence and is set off by a comma ("Bakan Ayşe Demir, \"…\"
 * dedi."), a person only (a role written onto the name is kept as the role).
 */
function sentenceOpener(from: number, verbAt: number, ctx: SpeakerContext): Subject | undefined {
  const text = ctx.masked.slice(from, verbAt);
  const lead = datelineLength(text);
  const clause = /^([^,"“”«»]{1,160}),/u.exec(text.slice(lead))?.[1];
  if (clause) {
    const titled = titleBeforeName(clause, from + lead, ctx);
    if (titled) return titled;
    // An unnamed official opening the sentence ("Bakanlıktan ismini vermek istemeyen üst düzey bir yetkili, "…" dedi").
    const p = anonymousAtEnd(ctx.body, from + lead, from + lead + clause.trimEnd().length, ctx.lang.frames);
    if (p) return { entry: ctx.book.anonymous(p), span: { start: p.start, end: p.end } };
    const described = describedThenName(clause, from + lead, ctx);
    if (described) return described;
  }
  const opener = ctx.lang.nameAtStart.exec(text.slice(lead))?.[1];
  if (!opener || !text.slice(lead + opener.length).startsWith(",")) return undefined;
  // A role of two words ("Belediye Başkanı Selin Aksoy") is not part of the name; one of one word nameEntry reads itself.
  const role = ctx.lang.frames.roleNouns.find((r) => r.includes(" ") && opener.toLocaleLowerCase(ctx.lang.frames.language).startsWith(`${r} `));
  const name = role ? opener.slice(role.length + 1) : opener;
  const start = from + lead + (opener.length - name.length);
  const entry = nameEntry(name, start, ctx);
  return entry?.type === "named" ? { entry, span: { start, end: start + name.length } } : undefined;
}

/** Most words of a description in small letters before the name that opens a verb-final sentence. */
const DESCRIPTION_WORDS = 5;

/**
 * A description holding a role noun, then a full name, ending the clause before the comma ("Teknenin kaptanı Mehmet
 * Yıldırım", "AA muhabirine konuşan balıkçı teknesinin kaptanı Mehmet Yıldırım"): the person, with the description as
 * the role. Undefined where no role noun is in the words right before the name.
 */
function describedThenName(clause: string, start: number, ctx: SpeakerContext): Subject | undefined {
  const text = clause.trimEnd();
  const nm = ctx.lang.nameAtEnd.exec(text);
  const name = nm?.[1];
  if (!name || !FULL_NAME.test(name)) return undefined;
  const before = text.slice(0, text.length - name.length).trimEnd().split(/\s+/u).filter(Boolean).slice(-DESCRIPTION_WORDS);
  const roleAt = before.findIndex((w) => /^\p{Ll}/u.test(w) && isRoleNoun(w, ctx));
  if (roleAt < 0 || before.slice(roleAt).some((w) => /[,"“”«»]/u.test(w))) return undefined;
  const at = start + text.length - name.length;
  const entry = nameEntry(name, at, ctx, before.slice(Math.max(0, roleAt - 1)).join(" "));
  return entry?.type === "named" ? { entry, span: { start: at, end: at + name.length } } : undefined;
}

/**
 * A sentence that is only a quotation and a speech verb, in a language that leaves a known subject out (`dropsSubject`:
 * Turkish "\"…\" dedi."): the verb's person is the source most recently speaking, as a pronoun would be read.
 */
function droppedSubject(sentence: Span, vs: number, ve: number, ctx: SpeakerContext): Subject | undefined {
  if (!ctx.lang.frames.dropsSubject || !/^[\s\p{P}]*$/u.test(ctx.masked.slice(ve, sentence.end))) return undefined;
  // The quotation may be tied to the verb by a quotative particle ("「…」と語った").
  const marker = quotativeAtEnd(ctx.lang.frames)?.exec(ctx.masked.slice(sentence.start, vs));
  if (!afterQuotation(sentence.start, marker ? sentence.start + marker.index : vs, ctx)) return undefined;
  const entry = ctx.book.pronoun("", textSpan(ctx.body, vs, ve));
  return entry ? { entry, span: { start: vs, end: ve } } : undefined;
}

/** Most words of a person's name after a title that opens a sentence. */
const NAME_AFTER_TITLE_WORDS = 3;

/**
 * A title with the body it heads before a name, all capitalised and longer than a name's run ("Esnaf Birlikleri
 * Konfederasyonu Başkanı Meral Oğuzhan", "Liman İşletmeleri Genel Müdürü Kemal Duru"): the last role word ends the role,
 * and the two or three words after it are the person. Undefined where no role word leaves such a name.
 */
function titleBeforeName(clause: string, start: number, ctx: SpeakerContext): Subject | undefined {
  const words = clause.trim().split(/\s+/u);
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  const lower = words.map((w) => w.toLocaleLowerCase(ctx.lang.frames.language));
  let at = -1;
  for (let j = 0; j < words.length - 2; j++) if (ctx.lang.frames.roleNouns.includes(lower[j] as string)) at = j;
  const person = words.slice(at + 1);
  if (at < 0 || person.length > NAME_AFTER_TITLE_WORDS) return undefined;
  const name = person.join(" ");
  const offset = start + clause.lastIndexOf(name);
  const entry = nameEntry(name, offset, ctx, words.slice(0, at + 1).join(" "));
  return entry?.type === "named" ? { entry, span: { start: offset, end: offset + name.length } } : undefined;
}

/** Most words of a name between a role noun and the agent particle ("मंत्री राजेश कुमार वर्मा ने"). */
const AGENT_NAME_WORDS = 3;

/** Per language, the words before its agent particle and the particle, at the end of a text. */
const agentPattern = perLanguage((frames) => new RegExp(`(?:^|\\s)((?:\\S+\\s+){1,${AGENT_NAME_WORDS + 2}})${escapeRegExp(frames.agentParticle ?? "")}\\s*$`, "u"));

/** A named speaker marked by the language's agent particle before the verb, after a role noun ("मंत्री राजेश वर्मा ने कहा"). */
function markedAgent(from: number, verbAt: number, ctx: SpeakerContext): Subject | undefined {
  const { agentParticle, roleNouns } = ctx.lang.frames;
  const text = ctx.masked.slice(from, verbAt);
  const m = agentPattern(ctx.lang.frames).exec(text);
  if (!m?.[1]) return undefined;
  const words = m[1].trim().split(/\s+/);
  // The last role noun before the particle; the words after it are the name.
  let at = -1;
  for (let k = 0; k < words.length - 1; k++) if (roleNouns.includes(words[k] as string)) at = k;
  const name = words.slice(at + 1);
  if (at < 0 || name.length === 0 || name.length > AGENT_NAME_WORDS || name.some((w) => /[,،;:।"“”]/u.test(w))) return undefined;
  const nameText = name.join(" ");
  const start = from + text.lastIndexOf(nameText, text.length - (agentParticle ?? "").length);
  const entry = ctx.book.named(nameText, textSpan(ctx.body, start, start + nameText.length), words[at]);
  return { entry, span: { start, end: start + nameText.length } };
}

/** Per language: the separable speech verbs' first and last parts (`VERB_GAP` in `speechVerbs`), lower case. */
const separableParts = perLanguage((frames) => frames.speechVerbs.filter((v) => v.includes(VERB_GAP)).map((v) => v.split(VERB_GAP).map((p) => p.trim().toLowerCase())));

/** Where the words between a separable verb's parts stand, when `matched` (at `at`) is one written apart; else nothing. */
function separatedVerbGap(matched: string, at: number, frames: LanguageFrames): Span | undefined {
  const m = /^(\S+)\s+([\s\S]*\S)\s+(\S+)$/u.exec(matched);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const [first, last] = [m[1].toLowerCase(), m[3].toLowerCase()];
  if (!separableParts(frames).some((p) => p[0] === first && p[p.length - 1] === last)) return undefined;
  const start = at + matched.indexOf(m[2], m[1].length);
  return { start, end: start + m[2].length };
}

/** Per language: nothing or one complementiser between a speech verb and the words after it ("said that "). */
const reportedClauseOpening = perLanguage((frames) => {
  const words = (frames.complementisers ?? []).map(escapeRegExp).join("|");
  return new RegExp(`^\\s*(?:(?:${words || "(?!)"})(?:(?<=['’])|(?![\\p{L}]))\\s*)?$`, "iu");
});

/**
 * "Jan Ek said the workers had warned about …", "… said that the workers warned …": a subject that opens the clause
 * another speech verb reports is the reported clause's; its speaker reports that speech, and it is not the article's
 * source. Only a subject straight after the verb, or after a complementiser, is one.
 */
function reportedClauseSubject(previous: SpeechRelation | undefined, found: Subject, ctx: SpeakerContext): boolean {
  if (!previous || found.span.start < previous.verb.end) return false;
  return reportedClauseOpening(ctx.lang.frames).test(ctx.masked.slice(previous.verb.end, found.span.start));
}

/** Per language: a noun for someone's words (`quotedWordsNouns`), and a name in the genitive and a quotation ending the text before it. */
const quotedWordsPatterns = perLanguage((frames) => {
  if (!frames.quotedWordsNouns?.length || !frames.genitiveEnding) return null;
  return {
    noun: new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(frames.quotedWordsNouns)})(?![\\p{L}])`, "giu"),
    owner: new RegExp(`(?<![\\p{L}\\p{N}'’])(${frames.name})(?:${frames.genitiveEnding}),?\\s*["“”„«»‹›][^\\S\\n]*["“”„«»‹›]\\s*$`, "u"),
  };
});

/**
 * `Bakan Yılmaz'ın "…" sözleri tepki çekti`: a noun for someone's words right after a quotation, its owner named in
 * the genitive right before it (`quotedWordsNouns`, `genitiveEnding`). The owner speaks the quotation, as the subject of a
 * verb would; a role written onto the name ("Bakan", "Belediye Başkanı") is kept as the role.
 */
function quotedWordsOwners(sentence: Span, text: string, ctx: SpeakerContext): SpeechRelation[] {
  const patterns = quotedWordsPatterns(ctx.lang.frames);
  if (!patterns) return [];
  const out: SpeechRelation[] = [];
  for (const m of allMatches(patterns.noun, text)) {
    const owner = patterns.owner.exec(text.slice(0, m.index ?? 0));
    const raw = owner?.[1];
    if (!owner || !raw) continue;
    const lower = raw.toLocaleLowerCase(ctx.lang.frames.language);
    const role = ctx.lang.frames.roleNouns.filter((r) => lower.startsWith(`${r} `)).sort((a, b) => b.length - a.length)[0];
    const name = role ? raw.slice(role.length + 1) : raw;
    const at = sentence.start + owner.index + (raw.length - name.length);
    const entry = nameEntry(name, at, ctx, role ? raw.slice(0, role.length) : undefined);
    if (entry?.type !== "named") continue;
    ctx.book.rely(entry);
    const vs = sentence.start + (m.index ?? 0);
    out.push({ entry, verb: { start: vs, end: vs + m[0].length }, who: { start: at, end: at + name.length }, inverted: false, verbText: m[0].toLowerCase() });
  }
  return out;
}

/** Every speech verb in a sentence with the source it belongs to; each found source is marked as relied on. */
export function speechRelations(sentence: Span, ctx: SpeakerContext): SpeechRelation[] {
  const out: SpeechRelation[] = [];
  const text = ctx.masked.slice(sentence.start, sentence.end);
  // A dateline before the sentence ("NOURANE, 2 novembre 2026 (AMP) - Le Premier ministre, Ana Roy, a déclaré …") is
  // where and by whom the story was filed, never part of its subject: the subject readers start after it.
  const from = sentence.start + datelineLength(text);
  // The language's speech verbs are compiled once with the g, i and u flags (names.ts): no copy per sentence.
  for (const m of allMatches(ctx.lang.speechVerb, text)) {
    const vs = sentence.start + (m.index ?? 0);
    const ve = vs + m[0].length;
    const verbText = m[0].toLowerCase();
    // A verb written with a capital after the sentence's first word is part of a name or a heading ("the United
    // States", "Readers' Comments"): a verb takes a capital only opening a sentence.
    if (/^\p{Lu}/u.test(m[0]) && /[\p{L}\p{N}]/u.test(text.slice(0, m.index ?? 0))) continue;
    // An inverted pronoun inside the verb ("a-t-il ajouté").
    const inverted_ = /-t-(il|elle|ils|elles)\b/u.exec(verbText);
    const pron = inverted_?.[1] ? ctx.book.pronoun(inverted_[1], textSpan(ctx.body, vs, ve)) : undefined;
    // Adverbs in -ly between a verb and the word before it are stepped over ("has not independently confirmed the reports").
    const wordBefore = /([\p{L}’']+)(?:\s+\p{L}{3,}ly)*\s*$/u.exec(ctx.masked.slice(sentence.start, vs))?.[1]?.toLowerCase() ?? "";
    // "Residents were told to stay indoors", "Residents told to stay indoors": a passive verb's subject was spoken to,
    // and no one speaks through it; the speaker, if any, is named by another verb ("…, the fire service said").
    if (ctx.lang.frames.passiveAuxiliaries?.includes(wordBefore) || (INTERVIEW_VERBS.has(verbText) && TOLD_TO.test(ctx.masked.slice(ve, sentence.end)))) continue;
    // Scripts without capitals put the speaker before the verb, and only lexical evidence makes words a speaker.
    const caseless = ctx.lang.frames.speakerEvidence !== undefined;
    let found: Subject | undefined = pron ? { entry: pron, span: { start: vs, end: ve } } : caseless ? caselessSubjectBefore(sentence.start, vs, ctx) : subjectBefore(Math.min(from, vs), vs, ctx);
    let inverted = false;
    // "I must say X", "he was declared X": after an auxiliary what follows the verb is its object, never its speaker.
    const auxiliary = ctx.lang.frames.auxiliaries?.includes(wordBefore) ?? false;
    // A separable verb with its subject between its parts ("liet de politie weten", "teilte die Polizei mit").
    const gap = !found && !caseless ? separatedVerbGap(m[0], vs, ctx.lang.frames) : undefined;
    if (gap) {
      found = subjectAfter(gap.start, gap.end, ctx);
      inverted = found !== undefined;
    }
    if (!found && ctx.lang.frames.verbFinal) found = sentenceOpener(sentence.start, vs, ctx) ?? droppedSubject(sentence, vs, ve, ctx);
    // A script without capitals leaves a known subject out as well ("「…」と語った。" after a sentence naming the speaker).
    else if (!found && caseless) found = droppedSubject(sentence, vs, ve, ctx);
    if (!found && ctx.lang.frames.agentParticle) found = markedAgent(sentence.start, vs, ctx);
    if (!found && !caseless && !auxiliary && !INTERVIEW_VERBS.has(verbText) && !endsInPreposition(verbText, ctx.lang.frames)) {
      found = (afterQuotation(sentence.start, vs, ctx) ? pronounAfter(ve, sentence.end, ctx) : undefined) ?? subjectAfter(ve, sentence.end, ctx);
      inverted = true;
      found ??= subjectInVerb(vs, ve, sentence.end, ctx);
    }
    if (!found) continue;
    if (!inverted && reportedClauseSubject(out.at(-1), found, ctx)) continue;
    if (found.also) ctx.book.rely(found.also);
    ctx.book.rely(found.entry);
    out.push({ entry: found.entry, verb: { start: vs, end: ve }, who: found.span, inverted, verbText });
  }
  if (OPENING_MARK.test(text)) out.push(...quotedWordsOwners(sentence, text, ctx));
  // "Pour Jean Morel, « … »": the lead stands for the verb, the person for its subject; an outlet there is a citation.
  // Only a sentence holding a quotation mark can hold one (the expression ends on one): the others are not scanned.
  for (const m of OPENING_MARK.test(text) ? allMatches(ctx.lang.opinionLead, text) : []) {
    const name = m[1] ?? "";
    const ns = sentence.start + (m.index ?? 0) + m[0].indexOf(name);
    const entry = nameEntry(name, ns, ctx);
    if (entry?.type !== "named") continue;
    ctx.book.rely(entry);
    const vs = sentence.start + (m.index ?? 0);
    out.push({ entry, verb: { start: vs, end: ns }, who: { start: ns, end: ns + name.length }, inverted: false, verbText: m[0].slice(0, ns - vs).trim().toLowerCase() });
  }
  const reaction = out.length === 0 ? reactionBeforeQuote(sentence, text, ctx) : undefined;
  if (reaction) out.push(reaction);
  return out.sort((a, b) => a.verb.start - b.verb.start);
}

/** A named person, a few words in small letters and a colon before a quotation mark: "Jana Weller reagierte empört: „…“". */
const REACTION_LEAD = new RegExp(`^(?<lead>[^:]{2,160}?)(?<words>(?:\\s+\\p{Ll}[\\p{L}'’-]*){1,4})\\s*:\\s*[${OPINION_QUOTE_MARKS}]`, "u");

/**
 * "Jana Weller (Grüne) reagierte empört: „…“", "Tom Reeve reacted angrily: "…"": any verb before a colon that opens a
 * quotation introduces the person named before it, where no speech verb does. Only a named person: "The report
 * concluded: "…"" names no speaker here.
 */
function reactionBeforeQuote(sentence: Span, text: string, ctx: SpeakerContext): SpeechRelation | undefined {
  // The pattern needs a colon; without one its lazy lead was tried at every length up to 160 for nothing.
  const m = text.includes(":") ? REACTION_LEAD.exec(text) : null;
  const lead = m?.groups?.lead;
  const words = m?.groups?.words;
  if (!m || lead === undefined || words === undefined) return undefined;
  const vs = sentence.start + lead.length;
  const found = subjectBefore(sentence.start, vs, ctx);
  // A full name, two capitalised words at least: where any verb may introduce, a German noun ("die Autoren zeigen:")
  // or a surname alone is too little to make someone speak.
  if (found?.entry.type !== "named" || !/\p{Lu}[^\s]*\s+\p{Lu}/u.test(ctx.body.slice(found.span.start, found.span.end))) return undefined;
  ctx.book.rely(found.entry);
  const ve = vs + words.length;
  return { entry: found.entry, verb: { start: vs, end: ve }, who: found.span, inverted: false, verbText: words.trim().toLowerCase() };
}

/** Per language: a sentence's opening run of name characters (with "の" inside) and its first topic particle ("山田太郎社長は"). */
const openingTopic = perLanguage((frames) => {
  const particles = (frames.speakerEvidence?.topicParticles ?? []).map(escapeRegExp).join("|");
  return new RegExp(particles ? `^[\\p{Script=Han}\\p{Script=Katakana}ー・の]{2,24}?(?:${particles})` : "(?!)", "u");
});

/**
 * Whether a sentence's opening words (`words`, `rest` what follows them) are a person's full name as its subject, without
 * a role: two capitalised words (given name and surname), neither a word that opens sentences, a place nor the first
 * letters of an acronym, and a word in small letters after them (the verb: "John Miller spoke", not "John Miller's" or
 * "John Miller Park"). Where every noun has a capital, or English knows either word as a place, an adjective or a plural
 * ("Green Valley lies", "New Rules say"), the words are as likely no one's name.
 */
function bareNameSubject(words: readonly string[], rest: string, ctx: SpeakerContext): boolean {
  const { frames } = ctx.lang;
  if (words.length !== 2 || frames.capitalisedNouns || !/^\s+\p{Ll}/u.test(rest)) return false;
  if (words.some((w) => !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) || frames.nameStopwords.includes(w.toLowerCase()) || isPlace(w))) return false;
  if (isPlace(words.join(" "))) return false;
  if (frames.language !== "en") return true;
  const terms = nlp(words.join(" ")).terms().json() as { terms: { tags: string[] }[] }[];
  return terms.length === 2 && terms.every((t) => !(t.terms[0]?.tags ?? []).some((tag) => tag === "Place" || tag === "Adjective" || tag === "Plural" || tag === "Organization"));
}

/** People introduced with a role ("Sofia Amara, an investigative journalist whose book …"): candidates for later short names and pronouns, not yet sources. */
export function appositiveIntros(sentence: Span, ctx: SpeakerContext): void {
  const text = ctx.masked.slice(sentence.start, sentence.end);
  // A role written onto a full name that opens the sentence ("Minister Anna Berg declined to comment", "Burgemeester Jan
  // Mol reageerde"): the person a following "she said" most likely means.
  // A dateline before it ("OOSTERWOLD - Burgemeester …") is stepped over.
  const lead = datelineLength(text);
  const opener = ctx.lang.nameAtStart.exec(text.slice(lead))?.[1];
  // Two people under one role ("Economists Carla Diaz and Omar Haddad") are left to the speakers, who tell them apart.
  const both = new RegExp(`\\s${conjunction(ctx.lang.frames.language)}\\s`, "u");
  // The role may have its field before it ("Infrastructure Minister Ann Ray declined to comment"), as in nameEntry.
  const openerWords = opener?.split(/\s+/) ?? [];
  const roleOpens = [0, 1].some((j) => openerWords.length >= j + 3 && leadingRole(openerWords[j] as string, ctx));
  if (opener && !both.test(opener) && roleOpens) {
    const entry = nameEntry(opener, sentence.start + lead, ctx);
    if (entry?.type === "named") ctx.book.touch(entry);
  } else if (opener && bareNameSubject(openerWords, text.slice(lead + opener.length), ctx)) {
    // "John Miller spoke at a rally on Monday.": a person's full name as the subject, without a role, is who a
    // following "he said" most likely means too.
    const entry = nameEntry(opener, sentence.start + lead, ctx);
    if (entry?.type === "named" && entry.name === opener) ctx.book.touch(entry);
  }
  // "山田太郎社長は12日、会見を開いた。": in a script without capitals whose verbs leave a known subject out
  // (`dropsSubject`), the topic that opens a sentence is who a following "「…」と語った。" means.
  const topic = ctx.lang.frames.dropsSubject && ctx.lang.frames.speakerEvidence ? openingTopic(ctx.lang.frames).exec(text) : null;
  if (topic) {
    const found = caselessSubjectBefore(sentence.start, sentence.start + topic[0].length, ctx);
    if (found && found.entry.type !== "organisation") ctx.book.touch(found.entry);
  }
  // Compiled once per language (names.ts): building the pattern per sentence cost more than matching it. It needs a
  // comma, so a sentence without one is not searched.
  for (const m of text.includes(",") ? allMatches(ctx.lang.appositive, text) : []) {
    const raw = m[1] ?? "";
    const role = roleOf(m[2] ?? "", ctx);
    if (!role) continue;
    const start = sentence.start + (m.index ?? 0);
    const entry = nameEntry(raw, start, ctx, role);
    // A person introduced as the subject of the sentence is who a following "she said" most likely means.
    if (entry && text.slice(0, m.index ?? 0).trim().split(/\s+/).filter(Boolean).length <= 1) ctx.book.touch(entry);
  }
  // The role first: "The transport minister, Karl Olsen, resigned" introduces Karl Olsen as the transport minister.
  for (const m of allMatches(ctx.lang.roleFirst, text)) {
    const role = roleOf(m[1] ?? "", ctx);
    const raw = m[2] ?? "";
    if (!role || !raw) continue;
    const start = sentence.start + (m.index ?? 0) + m[0].indexOf(raw, (m[1] ?? "").length);
    const entry = nameEntry(raw, start, ctx, role);
    if (entry && (m.index ?? 0) === 0) ctx.book.touch(entry);
  }
}
