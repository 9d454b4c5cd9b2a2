/** Role and title words: whether a word is one of the language's role nouns (singular, plural, compound), a title or an honorific. */
import { escapeRegExp } from "../../core/text.ts";
import { honorificsOf, perLanguage } from "../frames/common.ts";
import type { LanguageFrames } from "../frames/types.ts";
import type { SpeakerContext } from "./types.ts";

/** How many words into an appositive its role noun may stand ("Safety and security mayoral committee member", six). */
const ROLE_REACH = 6;

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
    if (frames.compoundHeadPossessive && !r.includes(" ")) forms.add(harmonicPossessive(r));
  }
  return forms;
});

/** The vowel of the third person's possessive after each Turkish vowel (two-fold harmony of the high vowels). */
const POSSESSIVE_VOWEL: Readonly<Record<string, string>> = { a: "ı", ı: "ı", e: "i", i: "i", o: "u", u: "u", ö: "ü", ü: "ü" };

/**
 * A Turkish noun with the third person's possessive ("uzman" → "uzmanı", "araştırmacı" → "araştırmacısı", "müdür" →
 * "müdürü"): the high vowel its last vowel calls for, after an "s" where the noun ends in a vowel.
 */
function harmonicPossessive(noun: string): string {
  const last = [...noun].reverse().find((c) => c in POSSESSIVE_VOWEL);
  const vowel = last ? (POSSESSIVE_VOWEL[last] as string) : "i";
  return /[aeıioöuü]$/u.test(noun) ? `${noun}s${vowel}` : `${noun}${vowel}`;
}

/**
 * The prefixes the languages with frames make a deputy's or a former holder's role with, written as one word
 * ("subsecretario", "vicepresidente", "viceministra", "coautor", "exministro", "sottosegretario", "subdirector"; Hindi
 * "उपमुख्यमंत्री", deputy chief minister). A vowel sign is part of a word's letters in the scripts that write them.
 */
const ROLE_PREFIX = /^(?:sub|vice|co|ex|sotto|उप)(?=[\p{L}\p{M}]{4})/u;

/** True when a word is one of the language's role nouns, singular or plural, or one with a deputy's prefix. */
export function isRoleNoun(word: string, ctx: SpeakerContext): boolean {
  const w = word.toLowerCase();
  const forms = roleNounForms(ctx.lang.frames);
  return forms.has(w) || (ROLE_PREFIX.test(w) && forms.has(w.replace(ROLE_PREFIX, "")));
}

/**
 * True when a word is a deputy's prefix written apart from the role noun after it ("Vice President", "Vice Admiral"):
 * the two words are one title, as "vicepresidente" is one word. The prefix then names nothing of its own, not even an
 * outlet spelt like it.
 */
export function isDeputyPrefixOf(prefix: string, noun: string, frames: LanguageFrames): boolean {
  const p = prefix.toLowerCase();
  const n = noun.toLowerCase();
  return ROLE_PREFIX.exec(`${p}${n}`)?.[0] === p && roleNounForms(frames).has(n);
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

/**
 * A role written before a name, from the article that opens its noun phrase: words before that article are the
 * sentence's, not the role's ("Este jueves el portavoz de Sanidad" is "portavoz de Sanidad", "Last week the transport
 * minister" is "transport minister"). Unchanged where no role noun follows a later article.
 */
export function roleFromItsArticle(text: string, ctx: SpeakerContext): string {
  const words = text.trim().split(/\s+/u);
  const noun = words.findIndex((w) => isRoleNoun(w.replace(/[,.;:]+$/u, ""), ctx));
  if (noun < 2) return text;
  const determiners = ctx.lang.frames.determiners;
  for (let j = noun - 1; j >= 1; j--) if (determiners.includes((words[j] as string).toLowerCase())) return words.slice(j + 1).join(" ");
  return text;
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

/** True when a capitalised word is a role noun, or a compound ending in one ("Hafenmeisterin" ends in "meisterin"). */
export function leadingRole(word: string, ctx: SpeakerContext): boolean {
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
export function endsInRoleNoun(w: string, ctx: SpeakerContext): boolean {
  if (ctx.lang.frames.compoundNouns !== true) return false;
  // The role noun's inflected forms too: "Marineexperten" after "des" or "dem" ends in "Experten".
  for (const r of roleNounForms(ctx.lang.frames)) if (r.length >= 4 && w.length >= r.length + 4 && w.endsWith(r)) return true;
  return false;
}

/** True when a capitalised word is a compound ending in one of the language's role nouns ("Betriebsratschef"). */
export function compoundRole(word: string, ctx: SpeakerContext): boolean {
  return /^\p{Lu}/u.test(word) && endsInRoleNoun(word.toLowerCase(), ctx);
}

/** True when a capitalised word is a compound ending in one of the language's organisation words ("Reizigersvereniging"). */
export function leadingOrganisation(word: string, ctx: SpeakerContext): boolean {
  const w = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && ctx.lang.frames.organisationCues.some((c) => c.length >= MIN_ROLE_TAIL && w.length > c.length && w.endsWith(c));
}

/** True when a word is one of the language's nouns for a kind of body written before the body's name (`bodyKinds`). */
export function isBodyKind(word: string, ctx: SpeakerContext): boolean {
  return (ctx.lang.frames.bodyKinds ?? []).includes(word.toLowerCase());
}

/**
 * "Pihak agensi, Bluewave Entertainment, membantah": the text before a name set off by commas ends in a kind of body
 * (`bodyKinds`), after at most two words in small letters that open the clause: the name is that body's.
 */
export function bodyKindBefore(lead: string, ctx: SpeakerContext): boolean {
  const ws = lead.trim().split(/\s+/u);
  return ws.length <= 3 && isBodyKind(ws[ws.length - 1] as string, ctx) && ws.slice(1).every((w) => /^\p{Ll}/u.test(w));
}

/** Shortest role noun that may end a compound ("…meister", "…sprecher"): shorter ones end too many ordinary words. */
const MIN_ROLE_TAIL = 6;

/** An honorific ending the text right before a name ("Dr Paris", "said lead researcher Dr Paris"). */
export const titleBefore = perLanguage((frames) => new RegExp(`(?:^|[^\\p{L}])(?:${honorificsOf(frames)})\\.?\\s+$`, "u"));

/** Per language: a title (an honorific, "Dr", "Sheikh", the language's "Bi") as a whole word. */
export const titleWord = perLanguage((frames) => new RegExp(`^(?:${honorificsOf(frames)})$`, "u"));

/** A word that is one of the language's role nouns or a title ("chief", "Minister", "Dr"): a name after it is a person's. */
export function isTitleWord(word: string, frames: LanguageFrames): boolean {
  return frames.roleNouns.includes(word.toLowerCase()) || titleWord(frames).test(word);
}

/** True when a capitalised word is a middle name by its ending, a patronymic ("Ильич", "Петровна": `middleNameEndings`). */
export function isMiddleName(word: string, ctx: SpeakerContext): boolean {
  const w = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && (ctx.lang.frames.middleNameEndings ?? []).some((e) => w.length > e.length + 2 && w.endsWith(e));
}

/** True when a word is a role noun that stands for titles in other words (`roleVariants`: "pontiff"). */
export function isRoleVariant(word: string, ctx: SpeakerContext): boolean {
  return ctx.lang.frames.roleVariants?.[word.toLowerCase()] !== undefined;
}

/** True when a word is a role noun or one standing for titles in other words: what a definite role refers back by ("the mayor", "the pontiff"). */
export function isRoleOrVariant(word: string, ctx: SpeakerContext): boolean {
  return isRoleNoun(word, ctx) || isRoleVariant(word, ctx);
}

/** Words that tie a named person to their body ("analyst Mark Oxford of Oxford Aviation", "Ana Ruiz de la Universidad X"). */
export const AFFILIATION_LINKS = "of|at|from|de|du|des|di|del|della|da|do|von|van";

/** Auxiliaries and modals that only a clause's own subject stands before (not "to", "not", a pronoun). */
export const FINITE_AFTER = new Set(["must", "will", "would", "can", "could", "should", "may", "might", "shall", "was", "were", "is", "are", "has", "have", "had", "did", "does", "do"]);

/**
 * Per language: its prepositions (lower case) that open no surname, as the language's name pattern shows: one it takes
 * inside a name in small letters ("Anna van Dijk", "Ursula von Berg") may open a surname capitalised ("Van Dijk").
 */
const nonParticlePrepositions = perLanguage((frames) => {
  const fullName = new RegExp(`^(?:${frames.name})$`, "u");
  return new Set((frames.prepositions ?? []).filter((p) => !fullName.test(`Anna ${p} Berg`)));
});

/**
 * True when a run of capitalised words opens on one of the language's prepositions, capitalised as a sentence opens
 * ("In Harbourton", "Till Radio Norrvik"): a phrase whose object is the rest, never a person's name.
 */
export function opensOnCapitalisedPreposition(name: string, frames: LanguageFrames): boolean {
  const first = /^(\p{Lu}\p{Ll}*)\s+\S/u.exec(name)?.[1];
  return first !== undefined && nonParticlePrepositions(frames).has(first.toLowerCase());
}

/**
 * True when a capitalised run opening on a preposition ("In Harbourton") is that phrase and no name spelt like one
 * ("To Lam"): the text never writes the run capitalised after a word in small letters, as a name is written
 * mid-sentence ("the general secretary To Lam").
 */
export function prepositionalOpening(run: string, text: string, frames: LanguageFrames): boolean {
  if (!opensOnCapitalisedPreposition(run, frames)) return false;
  const midSentence = new RegExp(`\\p{Ll}[,;]?\\s+${escapeRegExp(run)}(?![\\p{L}])`, "u");
  return !midSentence.test(text);
}
