/** Name prefixes: what stands between an inverted verb and the speaker's name (a handle, a role, its body, a title, its place or owner), read in order. */
import { escapeRegExp, phraseAlternation } from "../../core/text.ts";
import { conjunction } from "../coordination.ts";
import { honorificsOf, perLanguage } from "../frames/common.ts";
import { isDefinite } from "../sources.ts";
import { endsInRoleNoun, isMiddleName, isRoleNoun, leadingRole } from "./lexicon.ts";
import { CAPITALISED_NAME, FOLLOWING_NAME, placeThenName, ROLE_OF } from "./placeThenName.ts";
import type { SpeakerContext } from "./types.ts";

/** Most words of a genitive body between a role and the person's name, in small letters or capitals ("Заречной области"). */
export const GENITIVE_BODY_WORDS = 4;

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
    // "z", "ze" (from) after a name ties the person to where they work ("dr Ewa Lisowska z Wydziału Chemii"): no body
    // holds it, and the capitalised words after it are that place, not a person.
    if (body.some((w) => and.test(w) || isRoleNoun(w, ctx) || (ctx.lang.frames.fromParticles ?? []).includes(w))) return 0;
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

/** A capitalised name of up to four words, then up to three words in small letters (a role), then a capital: "Harbour Gazette editor A…". */
const OWNER_THEN_ROLE = /^((?:[Tt]he\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3})\s+((?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}’'-]*)\s+(?=\p{Lu})/u;

/**
 * Per language: the words of a role's body up to a comma, and a following name after it that ends the clause or that a
 * relative pronoun follows: "the Riverland parks agency, Ann Ray.", "della Regione, Marta Velli che poi ha lasciato il porto".
 */
const bodyThenAppositive = perLanguage((frames) => {
  const relatives = (frames.subjectRelatives ?? []).filter((w) => !frames.determiners.includes(w)).map(escapeRegExp).join("|");
  return new RegExp(String.raw`^([^,.;:!?"“”()«»\n]{1,80}),\s*(?=${FOLLOWING_NAME}|${CAPITALISED_NAME}\s+(?:${relatives || "(?!)"})(?![\p{L}]))`, "u");
});

/**
 * Per language: up to two capitalised words (a role, group 1) and an honorific before a name ("Forschungsleiter Dr. Anna
 * Berg"), or a capitalised role noun and up to three words that complete it ("Meya wa kubuni Bi. Zawadi Mshamba", "Waziri
 * wa Afya Dkt. Neema Kitwana": group 2, kept where its first word is a role noun).
 */
const roleAndTitle = perLanguage((frames) => new RegExp(`^(?:((?:\\p{Lu}[\\p{L}-]*\\s+){0,2})|(\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){1,3}\\s+))(?:${honorificsOf(frames)})\\.?\\s+(?=\\p{Lu})`, "u"));

/** The words after an inverted verb still to read as a named speaker: from `nameStart`, with the role read before it so far. */
export interface NamePrefix {
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
  const from = frames.fromParticles?.length ? `|\\s+(?:${phraseAlternation(frames.fromParticles)})\\s+(?=[\\p{L}\\p{N}])` : "";
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

/**
 * A definite article before a name, in a language whose names take the article (`articleBeforeNames`: "τόνισε ο |
 * Λάμπρου", "χαρακτήρισε ο | Πέτρος Λάμπρου την απόφαση"): the article is no part of the name, which may be followed by
 * the verb's object. A given name and a surname name the person; one word alone names only a person the source book
 * already holds (it may be a place or a body).
 */
function articleOfName(p: NamePrefix, ctx: SpeakerContext): NamePrefix {
  if (p.leadRole || !ctx.lang.frames.articleBeforeNames) return p;
  const m = /^(\p{Ll}+)\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})(?=\s*(?:[.,;:!?)]|$)|\s+\p{Ll})/u.exec(p.text);
  if (!m?.[1] || !m[2] || !isDefinite(m[1], ctx.lang.frames.language)) return p;
  if (!/\s/u.test(m[2]) && ctx.book.findNamed(m[2])?.type !== "named") return p;
  return takeRole(p, m[0].length - m[2].length, undefined);
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
 * pattern cannot start at the role (elsewhere "said Bishop Anselm" is read whole, the role within the name).
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
 * a comma the split is a guess, made only on evidence (placeThenName): where the gazetteer knows the place, a given name opens the name, or, in English, where what follows
 * reads as a person's name ("Minister of Foreign Affairs Ann Ray").
 */
function placeOfRole(p: NamePrefix, ctx: SpeakerContext): NamePrefix | null {
  let prefix = p;
  const capitalRole = prefix.leadRole ? undefined : /^(\p{Lu}[\p{L}-]+\s+\p{Ll}+)\s+(?=\p{Lu})/u.exec(prefix.text);
  if (capitalRole?.[1] && ROLE_OF.test(capitalRole[1]) && isRoleNoun(capitalRole[1].split(/\s+/u)[0] as string, ctx)) prefix = takeRole(prefix, capitalRole[0].length, capitalRole[1]);
  if (!prefix.leadRole || !ROLE_OF.test(prefix.leadRole)) return prefix;
  const of = placeThenName(prefix.text, ctx);
  // A body of more words, set off from the name by a comma ("the head of the Riverland parks agency, Ann Ray"): the comma
  // closes the role, and the name after it is the speaker's.
  const body = of === undefined ? bodyThenAppositive(ctx.lang.frames).exec(prefix.text) : undefined;
  if (body?.[1]) return takeRole(prefix, body[0].length, `${prefix.leadRole} ${body[1].trim()}`);
  return of ? takeRole(prefix, of.length, `${prefix.leadRole} ${of.place}`) : null;
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
export function ownerAfterOf(before: string, ctx: SpeakerContext): boolean {
  const m = OF_THEN_TITLE.exec(before);
  if (!m) return false;
  // A speech verb with its auxiliary is no noun and its "of" ("esan du Ane Etxeberria": Basque "du", has, after "esan", said).
  const tail = before.trimEnd().toLowerCase();
  if (ctx.lang.frames.speechVerbs.some((v) => v.includes(" ") && tail.endsWith(v) && /(?:^|\s)$/u.test(tail.slice(0, tail.length - v.length)))) return false;
  const words = (m[1] ?? "").trim().split(/\s+/u).filter(Boolean);
  // "one of which ISIS said": a relative pronoun after "of" is the object, and the name the relative clause's subject.
  const { subjectRelatives = [], restrictiveRelatives = [], nameStopwords } = ctx.lang.frames;
  const functionWord = (w: string) => [...subjectRelatives, ...restrictiveRelatives, ...nameStopwords, "which", "whom", "whose"].includes(w);
  return !words.some((w) => ctx.lang.frames.determiners.includes(w.toLowerCase()) || isDefinite(w, ctx.lang.frames.language) || functionWord(w.toLowerCase()));
}

/**
 * What may stand between an inverted verb and the speaker's name, read in order, each on what the one before left: a
 * handle's @ and its noun, the role's words, its body, a title, its place, its owner, and last whether the name is a
 * preposition's object. A reader that decides no one is named answers null.
 */
const NAME_PREFIX_READERS: readonly ((p: NamePrefix, ctx: SpeakerContext) => NamePrefix | null)[] = [
  handleAfterVerb,
  roleNounsBeforeName,
  descriptionBeforeName,
  articleOfName,
  genitiveBodyOfRole,
  capitalisedRoleBeforeName,
  titleAfterRole,
  placeOfRole,
  possessorOfRole,
  ownerOfRole,
  objectOfPreposition,
];

/** The words from `start` to `to` after an inverted verb with what stands before the speaker's name trimmed off as its role; null where they name no one. */
export function readNamePrefix(start: number, to: number, ctx: SpeakerContext): NamePrefix | null {
  let prefix: NamePrefix | null = { nameStart: start, text: ctx.masked.slice(start, to) };
  for (const read of NAME_PREFIX_READERS) {
    prefix = read(prefix, ctx);
    if (!prefix) return null;
  }
  return prefix;
}
