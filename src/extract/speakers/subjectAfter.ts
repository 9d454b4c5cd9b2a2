/** Inverted speakers: the subject after a speech verb ("said a senior official", "said council leader Ann Ray"). */
import nlp from "../../core/nlp.ts";
import { escapeRegExp } from "../../core/text.ts";
import { perLanguage } from "../frames/common.ts";
import { conjunction } from "../coordination.ts";
import { textSpan } from "../../core/spans.ts";
import { anonymousAtStart, bareBodyAtStart, describedAnonymous, isDefinite, organisationAfterVerb, type SourceEntry } from "../sources.ts";
import { referredSpeaker } from "./backReference.ts";
import { namedAfterLead, namedBesideRole, namedByRoleElsewhere, titledName } from "./caseless.ts";
import { coordinatedSubject } from "./coordinated.ts";
import { invertedSubjectBounds } from "./invertedBounds.ts";
import { AFFILIATION_LINKS, compoundRole, FINITE_AFTER, isRoleNoun, leadingRole, roleOf } from "./lexicon.ts";
import { bodyByItsAcronym, caselessWithoutEvidence, ELIDED_LEAD, holderAfterOffice, nameEntry, nameSubject, personSubject, roleEndOnName } from "./nameEntry.ts";
import { CAPITALISED_NAME, CLAUSE_END } from "./placeThenName.ts";
import { occupationPhrase } from "./occupationPhrase.ts";
import { firstReading } from "./firstReading.ts";
import { readNamePrefix } from "./namePrefix.ts";
import type { SpeakerContext, Subject, SubjectReader, SubjectReading } from "./types.ts";

/** Small-letter words a role may run on with before the name it introduces ("представитель порта", "the spokesman for the port"). */
const ROLE_TAIL_WORDS = 4;

/** Small words inside a person's name, between its capitalised parts ("Jan de Vries", "Ursula von der Leyen", "Luis de Guindos"). */
const NAME_PARTICLES = "van der|van den|van de|von der|von|van|de la|de|da|di|du|dos|das|del|della|der|ter|ten|bin|ibn";

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
  return personSubject(m[2], nameStart, ctx, role);
}

/**
 * A person named with a role after a cue for a source ("according to consultant Walter Times", "selon l'économiste Marc
 * Lebrun"), read as an inverted speaker is: the role names a person, so the name is theirs, never an outlet's, whatever
 * its words. Undefined unless a role noun and a capitalised name stand there.
 */
export function rolePersonAfter(from: number, to: number, ctx: SpeakerContext): SourceEntry | undefined {
  const apposed = apposedHolderAfter(from, to, ctx);
  if (apposed) return apposed;
  // The role may be written with a capital, as German writes every noun ("laut Ministerin Katrin Vollmer").
  const words = /^\s*((?:[\p{L}’'-]+\s+){1,4})\p{Lu}/u.exec(ctx.masked.slice(from, to))?.[1];
  // A compound role counts as its role noun does ("laut Arbeitsministerin Katrin Vollmer").
  if (!words?.split(/\s+/u).some((w) => isRoleNoun(w.replace(ELIDED_LEAD, ""), ctx) || compoundRole(w, ctx))) return undefined;
  const found = subjectAfter(from, to, ctx);
  if (found?.entry.type !== "named" || !found.entry.role || !/^\p{Lu}/u.test(ctx.body.slice(found.span.start))) return undefined;
  found.entry.role = found.entry.role.replace(ELIDED_LEAD, "").replace(/^(?:the|le|la|les|el|il|lo|o|a|der|die|das)\s+/iu, "");
  return found.entry;
}

/** A definite article, a role phrase of at most eight words and a full name set off by commas after it ("the mayor of Harbourton, Tom Vale,"). */
const ROLE_THEN_APPOSED_NAME = new RegExp(String.raw`^\s*(?<det>\p{L}+)\s+(?<role>(?:[\p{L}’'-]+\s+){0,7}[\p{L}’'-]+),\s*(?<name>${CAPITALISED_NAME}),`, "u");

/**
 * "according to the mayor of Harbourton, Tom Vale, …", "selon le procureur de la République de Lyon, Marc Durtal, …": an
 * office after a definite article, its holder's full name set off by commas after it, is that person with that role. The
 * comma after the name must close the appositive ("according to the mayor, Tom Vale was …" is a clause of its own), and
 * the role's own words must hold a role noun.
 */
function apposedHolderAfter(from: number, to: number, ctx: SpeakerContext): SourceEntry | undefined {
  const m = ROLE_THEN_APPOSED_NAME.exec(ctx.masked.slice(from, to));
  const { det, role, name } = m?.groups ?? {};
  if (!m || !det || !role || !name || !isDefinite(det, ctx.lang.frames.language)) return undefined;
  const head = role.split(/\s+/u)[0] ?? "";
  if (!isRoleNoun(head.replace(ELIDED_LEAD, ""), ctx) && !compoundRole(head, ctx)) return undefined;
  const at = from + m[0].length - 1 - name.length;
  const entry = nameEntry(name, at, ctx, role);
  return entry?.type === "named" ? entry : undefined;
}

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
const APPOSITIVE_NAME = new RegExp(String.raw`^,\s*(${CAPITALISED_NAME})(?=${CLAUSE_END})`, "u");

/** English auxiliaries and modals that open a finite verb phrase. */
const FINITE_AUXILIARY = /^(?:has|had|have|is|was|were|will|would|could|should|may|might|must|can|did|does)$/u;

/**
 * True when the word after a name is a finite verb of its own ("… bought two yachts", "… has resigned", "… offered"):
 * an auxiliary or modal, or a word the tagger reads as a verb in the past or the third person present only.
 */
export function ownFiniteVerbFollows(rest: string): boolean {
  const next = /^\s+(\p{Ll}[\p{L}’'-]*)/u.exec(rest)?.[1];
  if (!next) return false;
  if (FINITE_AUXILIARY.test(next)) return true;
  const doc = nlp(next);
  return doc.verbs().found && (doc.has("#PastTense") || (/(?:s)$/u.test(next) && doc.has("#PresentTense")));
}

/** "as the best …", "as its new chief", "as one of …": what an object is called, right after it (English). */
const OBJECT_COMPLEMENT = /^\s+as\s+(?:the|a|an|its|his|her|their|our|one|both)((?:\s+[\p{L}’'-]+){1,4})/u;

/** True when a name is followed by "as" and a noun phrase with no finite verb of its own ("as the best anthem", not "as the meeting closed"). */
function objectComplementFollows(rest: string): boolean {
  const words = OBJECT_COMPLEMENT.exec(rest)?.[1]?.trim().split(/\s+/u);
  if (!words) return false;
  return !nlp(`the ${words.join(" ")}`).verbs().found;
}

/** Most words the name pattern reads at once (`LanguageFrames.name`: a word and up to five more). */
const NAME_PATTERN_WORDS = 6;

/**
 * A title and a full name may outrun the name pattern ("said Velmar Navy Assistant Secretary Anna Maria Koster"): where
 * the run stopped at the pattern's limit right before another capitalised word, it reads on, but only when the longer
 * run is a role written onto a name of two or three words (`roleEndOnName`); otherwise the run stays as read.
 */
function titledNameRun(run: string, text: string, ctx: SpeakerContext): string {
  if (run.split(/\s+/u).length < NAME_PATTERN_WORDS) return run;
  const gap = /^[^\S\n]+(?=\p{Lu})/u.exec(text.slice(run.length))?.[0];
  const more = gap ? ctx.lang.nameAtStart.exec(text.slice(run.length + gap.length))?.[1] : undefined;
  if (!gap || !more) return run;
  const longer = `${run}${gap}${more}`;
  return roleEndOnName(longer.split(/\s+/u), ctx) !== undefined ? longer : run;
}

/**
 * Per language: after a name, maybe a second name joined by the list conjunction, then one word in small letters (group
 * `noun`): "Vestfold politidistrikt", "Nordre og Søndre Land kommune", where the language writes a body's noun after its
 * place's name.
 */
const NOUN_AFTER_NAME = perLanguage((frames) => new RegExp(`^(?:\\s+${conjunction(frames.language)}\\s+\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2})?\\s+(?<noun>\\p{Ll}[\\p{L}-]*)(?![\\p{L}\\p{N}])`, "u"));

/** Shortest organisation word a compound may end in and still name a body ("fylkeskommune" in "kommune"). */
const BODY_TAIL = 6;

/**
 * A body named by its place and its noun written small after it ("opplyser Vestfold politidistrikt", "sier Nordre og
 * Søndre Land kommune"): the whole name is the body's. Read alone, the place's name before the noun, or the first of two
 * places coordinated before it, would be taken for a person.
 */
function bodyNamedBeforeItsNoun(name: string, nameStart: number, rest: string, ctx: SpeakerContext): Subject | undefined {
  const m = NOUN_AFTER_NAME(ctx.lang.frames).exec(rest);
  const noun = m?.groups?.noun;
  if (!m || !noun) return undefined;
  const cues = ctx.lang.frames.organisationCues;
  const compound = ctx.lang.frames.compoundNouns === true && cues.some((c) => c.length >= BODY_TAIL && !/\s/u.test(c) && noun.length > c.length && noun.endsWith(c));
  if (!cues.includes(noun) && !compound) return undefined;
  const end = nameStart + name.length + m[0].length;
  const span = textSpan(ctx.body, nameStart, end);
  return { entry: ctx.book.organisation(span.text, span), span: { start: nameStart, end } };
}

/** The named speaker after an inverted verb, with the role written before the name or an appositive after it. */
function namedAfter(start: number, to: number, ctx: SpeakerContext): SubjectReading {
  const prefix = readNamePrefix(start, to, ctx);
  if (!prefix) return null;
  const { nameStart, text, leadRole } = prefix;
  const nm = ctx.lang.nameAtStart.exec(text);
  if (!nm || !nm[1]) return null;
  const name = withoutTrailingDate(titledNameRun(nm[1], text, ctx).replace(/[.,]$/, ""), ctx);
  const rest = text.slice(name.length);
  // "The Post also says Singapore offered a tax holiday", "Posts claimed Darius Volkov bought two yachts": a name
  // followed by its own finite verb is the subject of what is said — what the claim is about — not an inverted speaker
  // ("said Ankara on Tuesday", "said Anna Berg, the mayor" are ones).
  if (ctx.lang.frames.language === "en" && ownFiniteVerbFollows(rest)) return null;
  // "The Velmar Tourism Board, announced Harbour Day Festival as the finest festival", "named Harbour Day as its holiday": a name followed by
  // "as" and a noun phrase is the verb's object with what it was called, not who spoke ("said Anna Berg as the meeting
  // closed" goes on with a clause of its own, and she spoke).
  if (ctx.lang.frames.language === "en" && objectComplementFollows(rest)) return null;
  const body = leadRole === undefined ? bodyNamedBeforeItsNoun(name, nameStart, rest, ctx) : undefined;
  if (body) return body;
  // A role phrase set off from the name by a comma ("kata Kepala Balai Taman Riverland, Ani Wulan"): the name run before
  // the comma is the role with its body or place, and the appositive name after it is the speaker.
  const appositive = APPOSITIVE_NAME.exec(rest);
  if (appositive?.[1] && (leadingRole(name.split(/\s+/u)[0] as string, ctx) || leadRole !== undefined)) {
    const at = nameStart + name.length + appositive[0].length - appositive[1].length;
    const person = personSubject(appositive[1], at, ctx, [leadRole, name].filter(Boolean).join(" "));
    if (person) return person;
  }

  // "kata Kepala Badan Reserse Perikanan Daerah (Kabarespd) Komjen Bayu Pratama": where the words in brackets shorten
  // the name run, it is the office's body, and its holder is named after the brackets.
  if (leadRole !== undefined && bodyByItsAcronym([...leadRole.split(/\s+/u), ...name.split(/\s+/u)], name.split(/\s+/u).length, rest)) {
    return holderAfterOffice(nameStart + name.length, `${leadRole} ${name}`, ctx) ?? null;
  }
  const app = /^,\s*([^,.;]{2,160})/u.exec(rest);
  // An appositive that is no role ("…, responding to the feature") leaves the role written before the name.
  const role = (app?.[1] ? roleOf(app[1], ctx) : undefined) ?? leadRole;
  const pair = coordinatedSubject(name, nameStart, "", ctx, role, rest);
  if (pair !== undefined) return pair;
  return nameSubject(name, nameStart, ctx, role) ?? null;
}

/**
 * An anonymous source's phrase starting the text after the verb ("said a senior official"), or, after a clause that the
 * speaker is not to be named, any phrase it describes. "The newspaper said the 640 workers would be redeployed": a phrase
 * followed by its own finite verb is the subject of what was said, not an inverted speaker (null).
 */
function anonymousAfter(start: number, to: number, unnamed: boolean, ctx: SpeakerContext): SubjectReading {
  const anon = anonymousAtStart(ctx.body, start, to, ctx.lang.frames) ?? (unnamed ? describedAnonymous(ctx.body, start, to, ctx.lang.frames) : occupationPhrase(start, to, ctx, "start"));
  if (!anon) return undefined;
  // A phrase opening on a preposition ("argues against union activists") is that preposition's object, not who spoke;
  // one of whom it was said to ("řekla pro novinky.cz mluvčí …") stands before the speaker, who is read after it.
  const first = /^[\p{L}’']+/u.exec(anon.text)?.[0].toLowerCase();
  if (first && (ctx.lang.frames.prepositions ?? []).includes(first) && !(ctx.lang.frames.toldPrepositions ?? []).includes(first)) return undefined;
  const nextWord = /^\s+([\p{L}’']+)/u.exec(ctx.masked.slice(anon.end, to))?.[1]?.toLowerCase();
  if (nextWord && FINITE_AFTER.has(nextWord) && ctx.lang.frames.auxiliaries?.includes(nextWord)) return null;
  return namedAfterRole(anon, to, ctx) ?? appositiveAfterRole(anon, to, ctx) ?? { entry: ctx.book.anonymous(anon), span: anon };
}

/**
 * "δήλωσε ο εκπρόσωπος Τύπου του Λιμενικού, Πέτρος Ζαφείρης": a role phrase whose head is a role noun, then a comma and a
 * full name that ends the clause: the name is the speaker, the phrase the role. Undefined where no such name follows.
 */
function appositiveAfterRole(anon: { start: number; end: number; head: string; text: string }, to: number, ctx: SpeakerContext): SubjectReading {
  if (!isRoleNoun(anon.head, ctx)) return undefined;
  // The role may run on past the phrase read ("ο εκπρόσωπος | Τύπου του Λιμενικού"), a few words without a mark.
  const rest = ctx.masked.slice(anon.end, to);
  const roleTail = ROLE_TAIL_BEFORE_COMMA.exec(rest)?.[0] ?? "";
  const appositive = APPOSITIVE_NAME_BEFORE_QUOTE.exec(rest.slice(roleTail.length));
  const name = appositive?.[1];
  if (!appositive || !name || !/\S\s+\S/u.test(name)) return undefined;
  const at = anon.end + roleTail.length + appositive[0].length - name.length;
  return personSubject(name, at, ctx, `${anon.text}${roleTail}`.trim()) ?? undefined;
}

/** A comma and a full name that ends the clause or opens the quotation it says ("…, Πέτρος Ζαφείρης «…»"). */
const APPOSITIVE_NAME_BEFORE_QUOTE = new RegExp(String.raw`^,\s*(${CAPITALISED_NAME})(?=${CLAUSE_END}|\s*[«“"„])`, "u");

/** Up to four words with no mark between them, before a comma: the rest of a role phrase. */
const ROLE_TAIL_BEFORE_COMMA = /^(?:\s+[\p{L}’'-]+){0,4}(?=,)/u;

/** Where an inverted subject stands (invertedSubjectBounds), and whether its script has no capitals and the language gives no other evidence for names. */
interface InvertedSite {
  start: number;
  to: number;
  /** An anonymity clause stood before or after the speaker ("said a clerk who asked not to be named"). */
  unnamed: boolean;
  caseless: boolean;
}

/** A speaker referred to by a title and surname or a role the article named before ("a déclaré M. Benslimane", "ha detto il sindaco"). */
function referredBack(s: InvertedSite, ctx: SpeakerContext): SubjectReading {
  return referredSpeaker(s.start, s.to, ctx);
}

/** In a script without capitals, a name after a title or a role opening the words after the verb ("אמר ח"כ דני לוי"). */
function caselessNamedAfterLead(s: InvertedSite, ctx: SpeakerContext): SubjectReading {
  return s.caseless ? (namedAfterLead(s.start, s.to, ctx, true) ?? namedByRoleElsewhere(s.start, s.to, ctx)) : undefined;
}

/** In a script without capitals, a name beside a role ("المتحدث باسم الشركة كريم بن سليمان"). */
function caselessNameBesideRole(s: InvertedSite, ctx: SpeakerContext): SubjectReading {
  return s.caseless ? namedBesideRole(s.start, s.to, ctx) : undefined;
}

/**
 * An unnamed source's phrase ("said a senior official"), or null where it is the subject of what was said. Where a role
 * names its body before the person (`bodyAfterRole`), a phrase that ends in a full name after it ("δήλωσε ο εκπρόσωπος
 * του Λιμενικού Σώματος Σταύρος Καλογήρου") names the person, whatever the phrase's head; one capitalised word there is a
 * day or a place ("said the spokesman on Monday"), never the person.
 */
function unnamedOrNamedByRole(s: InvertedSite, ctx: SpeakerContext): SubjectReading {
  const anon = anonymousAfter(s.start, s.to, s.unnamed, ctx);
  if (!anon) return anon;
  const named = anon.entry.type === "anonymous" && ctx.lang.frames.bodyAfterRole && !s.unnamed && !s.caseless ? namedAfter(s.start, s.to, ctx) : undefined;
  const fullName = named && /\S\s+\S/u.test(ctx.body.slice(named.span.start, named.span.end));
  return named && fullName && named.entry.type === "named" && named.entry.role && named.span.end === anon.span.end ? named : anon;
}

/**
 * "“…,” said the ministry.", "“…,” said police.": a public body, with its article or one named without. A role of the
 * body ("ha detto la presidente della Regione, Marta Velli") is a person who holds it, read by the name readers.
 */
function bodyAfterVerb(s: InvertedSite, ctx: SpeakerContext): SubjectReading {
  if (s.caseless) return undefined;
  const named = organisationAfterVerb(ctx.body, s.start, s.to, ctx.lang.frames);
  const held = named && isRoleNoun(/^[\p{L}-]+/u.exec(named.text)?.[0] ?? "", ctx);
  const body = (held ? undefined : named) ?? bareBodyAtStart(ctx.body, s.start, s.to, ctx.lang.frames);
  return body ? { entry: ctx.book.organisation(body.text, body), span: body } : undefined;
}

/** A named speaker: after a title in a script without capitals, else a name with the role written before it or after it. */
function nameAfterVerb(s: InvertedSite, ctx: SpeakerContext): SubjectReading {
  return s.caseless ? titledName(s.start, s.to, ctx) : namedAfter(s.start, s.to, ctx);
}

/**
 * The readers of a speaker after an inverted verb, in order: one referred to by a title or role named before; a name
 * beside a role in a script without capitals; an unnamed phrase (which may end in the person's name); a public body;
 * a name, which any capitalised words after the verb may look like; last, in a script without capitals, a name after a
 * role phrase or one the article gives after a role elsewhere.
 */
const INVERTED_SUBJECT_READERS: readonly SubjectReader<InvertedSite>[] = [referredBack, caselessNameBesideRole, unnamedOrNamedByRole, bodyAfterVerb, nameAfterVerb, caselessNamedAfterLead];

/** Per language: a complementiser opening a text ("that …", "que …", "qu'il …"); never matches without one. */
const reportedClauseAt = perLanguage((frames) =>
  frames.complementisers?.length ? new RegExp(`^\\s*(?:${frames.complementisers.map(escapeRegExp).join("|")})(?:(?<=['’])|(?![\\p{L}]))`, "iu") : /(?!)/u,
);

/** The speaker after an inverted verb ("said Hisham al-Hashemi, a Baghdad-based terrorism expert") in `masked[from, to)`. */
export function subjectAfter(from: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const bounds = invertedSubjectBounds(from, to, ctx);
  // "escreveu num blogue que o vereador X andava “…”", "wrote in a blog post that the mayor X was": a complementiser
  // opens the clause the verb reports, whose subject is what the speaker talks about, never who speaks.
  if (reportedClauseAt(ctx.lang.frames).test(ctx.masked.slice(bounds.start, bounds.to))) return undefined;
  const caseless = caselessWithoutEvidence(ctx.masked.slice(bounds.start, Math.min(bounds.to, bounds.start + 40)), ctx);
  return firstReading(INVERTED_SUBJECT_READERS, { ...bounds, caseless }, ctx);
}
