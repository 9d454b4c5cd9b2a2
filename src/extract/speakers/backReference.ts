/** Back references: a title and surname or a role ("M. Benslimane", "the mayor") naming a person the article introduced before. */
import { type Span, type TextSpan, textSpan } from "../../core/spans.ts";
import { isKnownGivenName } from "../../core/nlp.ts";
import { escapeRegExp } from "../../core/text.ts";
import { isPlace } from "../gazetteer.ts";
import { SURNAME_TITLES } from "../frames/common.ts";
import { capitalisablePhrase, isCalendarWord } from "../names.ts";
import { adjectivesFollowNoun, definiteWords, isDefinite, isOrganisationWord } from "../sources.ts";
import { perLanguage } from "../frames/common.ts";
import { FINITE_AFTER, isRoleNoun, isRoleOrVariant, isTitleWord } from "./lexicon.ts";
import { nameEntry } from "./nameEntry.ts";
import { CAPITALISED_NAME } from "./placeThenName.ts";
import { GENITIVE_BODY_WORDS } from "./namePrefix.ts";
import { isOutletName } from "./outletNames.ts";
import type { SpeakerContext, Subject, SubjectReading, SubjectText } from "./types.ts";

/**
 * A part of a person's name the article gave in full before ("वर्मा" after "अनिल वर्मा", "الحمادي" after "سالم الحمادي"):
 * that person, in a script without capitals, where nothing else tells a name. Undefined where no such person was named.
 */
export function personNamedBefore(part: string, span: TextSpan, ctx: SpeakerContext): Subject | undefined {
  const known = ctx.book.findNamed(part);
  if (known?.type !== "named" || known.name.length <= part.length) return undefined;
  known.mentions.push(span);
  return { entry: known, span: { start: span.start, end: span.end } };
}

/** A definite article, at most two words in small letters, and a last word: "the mayor", "the new health minister", "die Ministerin". */
const DEFINITE_ROLE_SUBJECT = /(?:^|\s)(?<det>[\p{L}]+)\s+(?:[\p{Ll}-]+\s+){0,2}(?<role>[\p{L}-]+)$/u;

/**
 * "The mayor said", "die Ministerin sagte": a subject that is a definite role names the person the article introduced
 * with that role before (roleHolder). Undefined where the words are no definite role or no one was so introduced.
 */
export function definiteRole(text: string, end: number, ctx: SpeakerContext): Subject | undefined {
  const m = DEFINITE_ROLE_SUBJECT.exec(text);
  const det = m?.groups?.det;
  const role = m?.groups?.role;
  if (!m || !det || !role || !isDefinite(det, ctx.lang.frames.language)) return undefined;
  // A noun the article introduced a person with, only as the article's own noun ("the actor", not "the Cameroonian
  // government", whose last word describes the noun before it).
  if (!isRoleOrVariant(role, ctx) && !(m[0].trim() === `${det} ${role}` && introducedRole(role, end - role.length, ctx))) return undefined;
  // A capitalised title ("The Bishop said") is read as a name, through the full name the article gives (nameEntry).
  if (/^\p{Lu}/u.test(role) && isTitleWord(role, ctx.lang.frames)) return undefined;
  return roleHolder(role, { start: end - role.length, end }, ctx);
}

/** A title before a surname (SURNAME_TITLES), after an article ("el Sr. Villalba"): a person, by the name the article gives them elsewhere in full. */
const SURNAME_TITLE = new RegExp(`^(?:(?:el|la|le|il|la|the)\\s+)?(?:${SURNAME_TITLES})\\s+(?=\\p{Lu})`, "u");

/** A role noun after its definite article that ends the clause ("a déclaré le ministre.", "ha detto il sindaco in un'intervista", "υπογράμμισε ο ηθοποιός"). */
const DEFINITE_ROLE = /^(?:the|le|la|l['’]|il|lo|el|o|a|der|die|de|ο|η)\s*(\p{Ll}[\p{L}-]+)(?=\s*(?:[.,;:!?)]|$)|\s+\p{Ll})/u;

/** A person's full name right after a noun that introduces them: two or three capitalised words. */
const INTRODUCED_NAME = /^\s+(\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?){1,2})(?!\s*\p{Lu})(?![\p{L}\p{N}])/u;

/**
 * Whether the article, before `at`, put `noun` in small letters between its article and a person's full name ("the actor Nick
 * Petrakis", "ο ηθοποιός Νίκος Πετράκης"): a role in that article whether or not the language's list holds it, so "the
 * actor said" refers back to them. Not a noun of bodies ("the company Acme Foods"), nor a name that is an outlet, a
 * place, or no person the reading knows or a given name opens.
 */
function introducedRole(noun: string, at: number, ctx: SpeakerContext): boolean {
  if (!/^\p{Ll}/u.test(noun) || isOrganisationWord(noun, ctx.lang.frames)) return false;
  const before = ctx.masked.slice(0, at);
  for (const m of before.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(noun)}(?=\\s+\\p{Lu})`, "gu"))) {
    // The noun after its article ("the actor Nick Petrakis"), or after adjectives in small letters where adjectives
    // stand before the noun ("the famous actor Nick Petrakis", "ο γνωστός ηθοποιός …"): in "le président valdorien Paul
    // Marin" the word before the name describes another noun.
    const describing = adjectivesFollowNoun(ctx.lang.frames.language) ? 0 : DESCRIBING_WORDS;
    const article = new RegExp(`([\\p{L}]+)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,${describing}}$`, "u").exec(before.slice(0, m.index ?? 0))?.[1];
    if (!article || !isDefinite(article, ctx.lang.frames.language)) continue;
    const name = INTRODUCED_NAME.exec(before.slice((m.index ?? 0) + noun.length))?.[1];
    if (!name || isOutletName(name, ctx) || isPlace(name) || name.split(/\s+/u).some((w) => isOrganisationWord(w.toLowerCase(), ctx.lang.frames))) continue;
    // A person: one the reading already holds as named, or a name a given name opens ("the band Silver Lake" is none).
    if (ctx.book.findNamed(name)?.type === "named" || isKnownGivenName(name.split(/\s+/u)[0] as string)) return true;
  }
  return false;
}

/** Most words in small letters (adjectives) between an article and the noun that introduces a name ("the famous actor …"). */
const DESCRIBING_WORDS = 2;

/** Most characters between a role noun and the name it introduces ("le ministre de la Santé, Karim Benslimane"). */
const ROLE_NAME_REACH = 60;

/**
 * A speaker an inverted verb names by reference to one the article named before: a title and a surname ("a déclaré M.
 * Benslimane"), or a role alone ("ha detto il sindaco") that the article gave a named person ("Il sindaco di Valbruna,
 * Paolo Ferrante, …", whether or not that sentence had them speak). A role no one named before is left to the other readings.
 */
export function referredSpeaker(start: number, to: number, ctx: SpeakerContext): Subject | undefined {
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
  if (role && noun && (isRoleOrVariant(noun, ctx) || introducedRole(noun, start, ctx))) {
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
  const intro = new RegExp(`(?<!\\p{L})${capitalisablePhrase(noun)}(?!\\p{L})[^.!?\\n«»"“”]{0,${ROLE_NAME_REACH}}?(?:,\\s*|\\s+)(${CAPITALISED_NAME})(?=\\s*[,.;:)]|\\s+\\p{Ll})`, "gu");
  // "premiér Vrba a ministr Jan Novák": a name after another role noun is that role's holder, not this one's.
  const last = [...before.matchAll(intro)].filter((m) => !m[0].slice(noun.length, m[0].length - (m[1]?.length ?? 0)).split(/[\s,]+/u).some((w) => w && isRoleNoun(w, ctx))).pop();
  const name = last?.[1];
  if (!last || !name || isOutletName(name, ctx) || isPlace(name)) return undefined;
  const at = (last.index ?? 0) + last[0].length - name.length;
  const entry = ctx.book.named(name, textSpan(ctx.body, at, at + name.length), last[0].slice(0, last[0].length - name.length).replace(/[,\s]+$/u, ""));
  entry.mentions.push(textSpan(ctx.body, span.start, span.end));
  return { entry, span };
}

/**
 * The one person the article gives one of `titles` before `span`: a source holding it as a role, or a name written
 * straight after it as a capitalised title ("Bishop Anselm", "King Oswin Dale"). None where the article so titles nobody
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

/** Per language: a definite article, at most two words in small letters and a last word (group 2) ending a subject ("The group", "the railway company"). */
const definiteNounAtEnd = perLanguage((frames) => {
  const articles = definiteWords(frames.language).map(capitalisablePhrase).join("|");
  return new RegExp(`(?:^|[^\\p{L}])(?:${articles || "(?!)"})\\s+((?:\\p{Ll}[\\p{L}-]*\\s+){0,2})(\\p{Ll}+)$`, "u");
});

/**
 * The name of the body the article wrote before `at` with `noun` as its last word ("the Green Dawn Party", "the Harbour
 * Mothers group"), or that the reading already holds so: the latest. Undefined where the article names none so.
 */
function bodyNamedBefore(noun: string, at: number, ctx: SpeakerContext): string | undefined {
  const endsOnNoun = (name: string): boolean => {
    const words = name.toLowerCase().split(/\s+/u);
    return words.length >= 2 && words[words.length - 1] === noun;
  };
  const before = ctx.masked.slice(0, at);
  let found: { name: string; at: number } | undefined;
  for (const m of before.matchAll(new RegExp(`(?<![\\p{L}])${capitalisablePhrase(noun)}(?![\\p{L}])`, "gu"))) {
    const end = (m.index ?? 0) + m[0].length;
    // The noun capitalised in the name ("Green Dawn Party") or after it in small letters ("Harbour Mothers group").
    const run = ctx.lang.nameAtEnd.exec(/^\p{Lu}/u.test(m[0]) ? before.slice(0, end) : before.slice(0, m.index ?? 0).trimEnd())?.[1];
    const words = run?.split(/\s+/u).filter((w) => !ctx.lang.frames.determiners.includes(w.toLowerCase())) ?? [];
    const name = /^\p{Lu}/u.test(m[0]) ? words.join(" ") : [...words, m[0]].join(" ");
    // The name as the text writes it, words and spaces: nothing the masking changed.
    if (words.length === 0 || !endsOnNoun(name) || isPlace(words.join(" ")) || ctx.body.slice(end - name.length, end) !== name) continue;
    // "the OSINT group Harbour Watch": a noun in small letters right before a name introduces that name (bodyAfterItsNoun).
    if (/^\p{Ll}/u.test(m[0]) && /^\s+\p{Lu}/u.test(before.slice(end))) continue;
    // The name may run on past its noun ("the Velmar Ministry of Transport"): the body is the whole name, never the
    // part up to the noun, which the article did not write as a name.
    const whole = ctx.lang.nameAtStart.exec(ctx.body.slice(end - name.length))?.[1];
    // Only past a linking word in small letters ("of Transport"): capitals straight after ("Party Leader Anna Roe") are another name's.
    const runsOn = whole !== undefined && whole.startsWith(name) && /^\s+\p{Ll}+\s+\p{Lu}/u.test(whole.slice(name.length));
    found = { name: runsOn ? (whole as string) : name, at: end };
  }
  const held = ctx.book.entries().filter((e) => e.type === "organisation" && endsOnNoun(e.name)).pop();
  return held && (!found || (held.mentions[0]?.start ?? 0) > found.at) ? held.name : found?.name;
}

/** Per language: a name as the language writes one, anywhere (g). */
const anyName = perLanguage((frames) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${frames.name})`, "gu"));

/**
 * True where a name is no body's by its words: a person's (a role or a title opening it, "Secretary Ann Roe"; a given
 * name in it), a place's, or a time's ("The Velmar government Wednesday denied …": when the body acted).
 */
function namesNoBody(name: string, ctx: SpeakerContext): boolean {
  const words = name.split(/\s+/u);
  const first = words[0] ?? "";
  if (isCalendarWord(first, ctx.lang.frames.language)) return true;
  return isPlace(name) || isRoleNoun(first, ctx) || isTitleWord(first, ctx.lang.frames) || words.some((w) => isKnownGivenName(w));
}

/**
 * The name of the body the article introduced before `at` with `phrase` written right before it ("the research group
 * Harbour Watch", "German railway company Nordbahn"): the latest. Never a person's or a place's name ("the party
 * Secretary Ann Roe"). Undefined where the article introduced none so.
 */
function bodyAfterItsNoun(phrase: string, at: number, ctx: SpeakerContext): string | undefined {
  const before = ctx.masked.slice(0, at);
  const intro = new RegExp(`(?<![\\p{L}])${capitalisablePhrase(phrase)}\\s+(?=\\p{Lu})`, "gu");
  let found: string | undefined;
  for (const m of before.matchAll(intro)) {
    const from = (m.index ?? 0) + m[0].length;
    const name = ctx.lang.nameAtStart.exec(before.slice(from))?.[1];
    if (!name || namesNoBody(name, ctx) || ctx.body.slice(from, from + name.length) !== name) continue;
    found = name;
  }
  return found;
}

/**
 * The one body the article named before `at`, for a noun that stands for a body of any kind (`anyBodyNouns`: "the
 * agency"): a name holding one of the language's organisation words ("the Velmar Ministry of Transport"), or an outlet's.
 * Undefined where the article named none or two, as "the agency" could then be either.
 */
function onlyBodyNamedBefore(at: number, ctx: SpeakerContext): string | undefined {
  const bodies = new Map<string, string>();
  for (const m of ctx.masked.slice(0, at).matchAll(anyName(ctx.lang.frames))) {
    const words = m[0].split(/\s+/u);
    while (words.length > 1 && ctx.lang.frames.determiners.includes((words[0] as string).toLowerCase())) words.shift();
    const name = words.join(" ");
    const start = (m.index ?? 0) + m[0].length - name.length;
    // Every body counts, a person's name holds no organisation word: two bodies leave the noun to none.
    if (ctx.body.slice(start, start + name.length) !== name) continue;
    if (isOutletName(name, ctx) || words.some((w) => /^\p{Lu}/u.test(w) && isOrganisationWord(w.toLowerCase(), ctx.lang.frames))) bodies.set(name.toLowerCase(), name);
  }
  return bodies.size === 1 ? [...bodies.values()][0] : undefined;
}

/**
 * The body a definite body noun refers back to ("the group", "the railway company", "the agency": `phrase` without its
 * article) before `at`: the body the article named with that noun as its last word ("the Green Dawn Party"), or wrote
 * right after the noun ("the research group Harbour Watch"), or, for a noun of any body (`anyBodyNouns`), the one body
 * the article named before. Undefined where none is so named: "the council confirmed" is then an unnamed council.
 */
export function bodyReferredBack(phrase: string, at: number, ctx: SpeakerContext): string | undefined {
  const words = phrase.trim().split(/\s+/u);
  const noun = words[words.length - 1] ?? "";
  if (!isOrganisationWord(noun, ctx.lang.frames) || (ctx.lang.frames.bareBodies ?? []).includes(noun)) return undefined;
  const one = words.length === 1;
  return (
    (one ? bodyNamedBefore(noun, at, ctx) : undefined) ??
    bodyAfterItsNoun(words.join(" "), at, ctx) ??
    (one && (ctx.lang.frames.anyBodyNouns ?? []).includes(noun) ? onlyBodyNamedBefore(at, ctx) : undefined)
  );
}

/**
 * "The group has alleged …", "The party said …": a definite article and one of the language's organisation words, with
 * at most two words in small letters before it, refer back to the body the article named with that noun
 * (bodyReferredBack), not to a second body beside it. With none so named, the other readings decide: "the council
 * confirmed" in a local story is the council, an unnamed body of that kind. Nouns that stand for a body by themselves
 * (`bareBodies`: "the police") are left to the other readings too.
 */
export function definiteBodyReference(s: SubjectText, ctx: SpeakerContext): SubjectReading {
  const m = definiteNounAtEnd(ctx.lang.frames).exec(s.text);
  const noun = m?.[2];
  if (!m || !noun) return undefined;
  const start = s.end - m[0].trimStart().length;
  const name = bodyReferredBack(`${m[1] ?? ""}${noun}`, start, ctx);
  return name ? { entry: ctx.book.organisation(name, textSpan(ctx.body, start, s.end)), span: { start, end: s.end } } : undefined;
}
