/** Name handling shared by the readers: compiled name patterns per language, name clean-up, and the token comparison behind short-name coreference ("Hashemi" = "Hisham al-Hashemi"). */
import { escapeRegExp, phraseAlternation } from "../core/text.ts";
import type { Span } from "../core/spans.ts";
import { honorificsOf, perLanguage, PICTURE_CREDITS } from "./frames/common.ts";
import type { LanguageFrames } from "./frames/types.ts";
import { opensSentence } from "./sentenceCapitals.ts";

/** Lower-cased name tokens without Arabic-style article prefixes, for comparing a short reference with a full name. A Brahmic vowel sign or virama stays: it is part of the letter ("रमा" is not "राम"). */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/[\s]+/)
    .map((t) => t.replace(/^(?:al|el|ad|ash|as|an|ar|at|az)[-\u2011]/, "").replace(/[^\p{L}\p{M}\p{N}-]/gu, ""))
    .filter((t) => t.length > 0);
}

/** True when `short` can refer back to `full`: every token of the short form is a token of the full name ("Amara" → "Sofia Amara"). */
export function refersTo(short: string, full: string): boolean {
  const s = nameTokens(short);
  const f = new Set(nameTokens(full));
  return s.length > 0 && s.every((t) => f.has(t));
}

/** Fewest letters a word keeps once a case ending is taken off ("Ewa" → "Ew"). */
const MIN_CASE_STEM = 2;

/** A word without the longest of `endings` it ends in, keeping MIN_CASE_STEM letters. */
function caseStem(word: string, endings: readonly string[]): { stem: string; ending: string } {
  let best = "";
  for (const e of endings) if (e.length > best.length && word.endsWith(e) && word.length - e.length >= MIN_CASE_STEM) best = e;
  return { stem: word.slice(0, word.length - best.length), ending: best };
}

/**
 * True when two full names are one person's in different grammatical cases ("Marii Szczepaniak" and "Maria Szczepaniak",
 * "Jana Kowalskiego" and "Jan Kowalski"): as many words (two at least, each part of a double name apart), each the same
 * or the same once one of the language's case endings is taken off. A word that differs only by an added "a" ("Jan" and
 * "Jana", also a woman's name) counts only beside a word whose ending leaves no doubt ("Kowalskiego"): "Jana Nowak" is
 * not Jan Nowak.
 */
export function caseFormsOf(a: string, b: string, endings: readonly string[] | undefined): boolean {
  if (!endings?.length) return false;
  const ta = nameTokens(a).flatMap((t) => t.split("-"));
  const tb = nameTokens(b).flatMap((t) => t.split("-"));
  if (ta.length !== tb.length || nameTokens(a).length < 2) return false;
  let changed = false;
  let unsure = false;
  let sure = false;
  for (let i = 0; i < ta.length; i++) {
    const x = ta[i] as string;
    const y = tb[i] as string;
    if (x === y) continue;
    const sx = caseStem(x, endings);
    const sy = caseStem(y, endings);
    if (sx.stem !== sy.stem) return false;
    changed = true;
    if (x === `${y}a` || y === `${x}a`) unsure = true;
    else if (Math.max(sx.ending.length, sy.ending.length) >= 2) sure = true;
  }
  return changed && (!unsure || sure);
}

const months = new Map<string, string[]>();

/** The language's month names, long and short ("July", "Jul"), from the runtime's locale data (Intl): no list to keep. */
function monthNames(language: string): string[] {
  const hit = months.get(language);
  if (hit) return hit;
  const names = new Set<string>();
  for (const month of ["long", "short"] as const) {
    const format = new Intl.DateTimeFormat(language, { month, timeZone: "UTC" });
    for (let i = 0; i < 12; i++) names.add(escapeRegExp(format.format(Date.UTC(2000, i, 15)).replace(/\.$/u, "")));
  }
  const list = [...names].filter((n) => /^\p{L}/u.test(n)).sort((a, b) => b.length - a.length);
  months.set(language, list);
  return list;
}

const monthSpellings = new Map<string, Map<string, string>>();

/**
 * True when a word as written is a month name of the language (Intl's, long and short): in a language that capitalises
 * its months the word must too, so that English "may" or "march" in small letters stays a verb.
 */
export function isMonthName(word: string, language: string): boolean {
  let spellings = monthSpellings.get(language);
  if (!spellings) {
    spellings = new Map(monthNames(language).map((n) => n.replace(/\\/g, "")).map((n) => [n.toLocaleLowerCase(language), n] as const));
    monthSpellings.set(language, spellings);
  }
  const name = spellings.get(word.toLocaleLowerCase(language));
  return name !== undefined && (!/^\p{Lu}/u.test(name) || /^\p{Lu}/u.test(word));
}

const weekdays = new Map<string, RegExp>();

/**
 * A language's weekday names (from Intl, as the months are) ending a run of words, after a space:
 * American news style writes the day bare after its subject ("A report from CNN Monday said", "Ana Berg Tuesday
 * told"), and a name pattern of capitalised words runs on into it. A day is no part of anyone's name.
 */
function trailingWeekday(language: string): RegExp {
  let re = weekdays.get(language);
  if (!re) {
    const names = new Set<string>();
    // Long names only: short ones are words of titles ("The Sun").
    const format = new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" });
    // 2000-01-03 was a Monday: seven days from it give each name once.
    for (let i = 0; i < 7; i++) names.add(escapeRegExp(format.format(Date.UTC(2000, 0, 3 + i))));
    const list = [...names].filter((n) => /^\p{Lu}\p{L}{2,}$/u.test(n));
    // After a word in small letters the day belongs to the title ("The Mail on Sunday"); alone it is no name at all.
    re = list.length > 0 ? new RegExp(`(?:^|(?<=[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’-]*)\\s+)(?:${list.join("|")})$`, "u") : /(?!)/u;
    weekdays.set(language, re);
  }
  return re;
}

const calendarWords = new Map<string, Set<string>>();

/**
 * True when a word is a weekday or month name of the language (Intl's, long and short months, in any case): a time
 * word, no one's given name ("Lundi Le Monde a révélé": Monday, then the paper).
 */
export function isCalendarWord(word: string, language: string): boolean {
  let set = calendarWords.get(language);
  if (!set) {
    set = new Set(monthNames(language).map((n) => n.replace(/\\/g, "").toLocaleLowerCase(language)));
    const format = new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" });
    for (let i = 0; i < 7; i++) set.add(format.format(Date.UTC(2000, 0, 3 + i)).toLocaleLowerCase(language));
    calendarWords.set(language, set);
  }
  return set.has(word.toLocaleLowerCase(language));
}

/** Per language: a title before a name ("Dr. Helen Marsh", "Bi. Zawadi Mshamba"): not part of the name. */
const leadingHonorific = perLanguage((frames) => new RegExp(`^(?:${honorificsOf(frames)})\\.?\\s+(?=\\p{Lu})`, "u"));

const leadingDates = new Map<string, RegExp>();

/** A date that opens a name's run of words in a language ("July 2016 Quillon 7 News"), compiled once per language (not global: no state). */
function leadingDate(language: string): RegExp {
  let re = leadingDates.get(language);
  if (!re) {
    re = new RegExp(`^(?:${monthNames(language).join("|")})\\.?\\s+\\d{1,4}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?\\s+(?=\\p{Lu})`, "u");
    leadingDates.set(language, re);
  }
  return re;
}

/** A language's name stopwords and pronouns as sets, made once per frames (cleanName runs for every name a pattern finds). */
/** Per language: a case ending after a hyphen closing a name (`hyphenCaseEndings`: "Tavi TV-nek"), or nothing. */
const hyphenCaseEnding = perLanguage((frames) => (frames.hyphenCaseEndings?.length ? new RegExp(`(?<=[\\p{L}\\p{N}])-(?:${frames.hyphenCaseEndings.join("|")})$`, "u") : undefined));

const nameWordSets = perLanguage((frames) => ({ stop: new Set(frames.nameStopwords), pronouns: new Set([...frames.pronouns.singular, ...frames.pronouns.plural]) }));

/**
 * A list's bullet opening a line or a span ("• ANTARA", "· Valley Post", "- Reuters", "* Harbour Courier"): page layout,
 * never part of a name. A dash or a star counts only with a space after it ("-ish", "*NSYNC").
 */
export const LIST_BULLET = /^(?:[•·▪▫◦‣⁃●○■□►▸▶➢][ \t]*|[-*–—][ \t]+)+/u;

/** Lower-case particles inside family names ("de Vries", "dos Santos", "von der Leyen", "bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "van", "der", "den", "von", "di", "da", "del", "della", "du", "dos", "das", "do", "ten", "ter", "bin", "ibn", "al", "el", "la", "le"]);

/**
 * Whether a name read at `offset` of `text` (cleaned: cleanName) is words capitalised for their place, not anybody's
 * name: a phrase opening its sentence on a preposition of the language ("Seit Wochen berichtet …", "Nach Angaben der
 * Polizei …": a time or manner adverbial; a surname's particle, "Van", "De", excepted), or one word after a possessive
 * determiner ("Her Majesty is said to …", "his Excellency"): a form of address, which names whom it addresses only
 * through a name the article gives elsewhere. The caller keeps a person the article has named so.
 */
export function capitalisedForItsPlace(name: string, text: string, offset: number, frames: LanguageFrames): boolean {
  const words = name.split(/\s+/u).filter(Boolean);
  const first = (words[0] ?? "").toLowerCase();
  if (words.length >= 2 && (frames.prepositions ?? []).includes(first) && !NAME_PARTICLES.has(first) && opensSentence(text, offset)) return true;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, offset - 16), offset))?.[1]?.toLowerCase();
  return words.length === 1 && before !== undefined && (frames.possessives ?? []).includes(before);
}

/** Strips what a name pattern drags in: a list bullet, leading sentence words ("Yesterday CNN"), trailing punctuation and a possessive. */
export function cleanName(raw: string, frames: LanguageFrames): string {
  let name = raw.trim().replace(LIST_BULLET, "").replace(/[.,;:’'"”»]+$/u, "").replace(/[’']s$/u, "").trim();
  // "Tavi TV-nek" is "Tavi TV" in the dative: the ending says how the sentence uses the name, not whose it is.
  const ending = hyphenCaseEnding(frames);
  if (ending) name = name.replace(ending, "");
  // "Dr. Helen Marsh" and "Helen Marsh" are one person: the title is not part of the name.
  name = name.replace(leadingHonorific(frames), "");
  let words = name.split(/\s+/);
  // A pronoun straight before one capitalised word is a family name ("He Lan, an editor, said"): no pronoun stands
  // before a name with nothing between them. A word all in capitals after it is the writer's emphasis ("She NEVER
  // said"), and the pronoun the subject.
  const { stop, pronouns } = nameWordSets(frames);
  const familyName = (w: readonly string[]): boolean => w.length === 2 && /^\p{Lu}/u.test(w[0] ?? "") && pronouns.has((w[0] ?? "").toLowerCase()) && !/^\p{Lu}{2,}$/u.test(w[1] ?? "");
  while (words.length > 1 && stop.has((words[0] ?? "").toLowerCase()) && !familyName(words)) words = words.slice(1);
  name = words.join(" ");
  // A date that opens the sentence ("In July 2016 Quillon 7 News wrote") is not part of the name after it: a month
  // name with a day or a year, never a word and a number alone ("Channel 4 News").
  const date = leadingDate(frames.language).exec(name);
  if (date) {
    name = name.slice(date[0].length);
    words = name.split(/\s+/);
  }
  const day = trailingWeekday(frames.language).exec(name);
  if (day) {
    name = name.slice(0, day.index);
    words = name.split(/\s+/);
  }
  // A lone article or initial ("Le", "A") is never a name.
  return words.length === 1 && name.length <= 2 ? "" : name;
}

/** Compiled regular expressions for one language (cached: patterns are data, compiled once). */
export interface CompiledLanguage {
  frames: LanguageFrames;
  /** A name anchored at the end of a string. */
  nameAtEnd: RegExp;
  /** A name anchored at the start of a string. */
  nameAtStart: RegExp;
  descriptorAtStart: RegExp;
  descriptorFull: RegExp;
  speechVerb: RegExp;
  /** A sentence opening with one of the language's `attributionOpeners` and a speech verb; never matches without openers. */
  attributionOnly: RegExp;
  /** A verb of reporting right after a subject ("reported", "have claimed"), from the language's `reportVerbs` (g); never matches without. */
  reportVerb: RegExp;
  /** "Pour Jean Morel, « …": an opinion lead, the name (group 1) and the comma before a quotation mark (g); never matches without leads. */
  opinionLead: RegExp;
  /** A name, a comma and a role after it ("Sofia Amara, an investigative journalist"), anywhere (g). */
  appositive: RegExp;
  /** A role, a comma and a name after it ("The transport minister, Karl Olsen,"), anywhere (g). */
  roleFirst: RegExp;
  /** One of the language's `anonymityClauses`, set off by commas or not, anywhere (g); never matches without. */
  anonymityClause: RegExp;
  /** One of the language's `toldPronouns` and the spaces after it, opening a string; never matches without. */
  toldPronoun: RegExp;
  /** One of the language's `mediumPhrases` and the spaces after it, opening a string, with words still after it; never matches without. */
  mediumPhrase: RegExp;
  /** One of the language's `addresseeMarkers` standing as words of their own, anywhere in a string; never matches without. */
  addresseeMarker: RegExp;
  /** The language's `beforeVerbWords` ending a string, one or more ("has repeatedly"), with the spaces around them; never matches without. */
  beforeVerbWord: RegExp;
  /** One of the language's `hedgedSpeechLinks` ending a string, with the spaces before it; never matches without. */
  hedgedSpeechLink: RegExp;
  /** One of the language's `studyAuthorLeads` and the body's name after it (group `name`), anywhere (g); never matches without. */
  studyAuthor: RegExp;
  /** The language's `relativeClauseBeforeVerb` ending a string; never matches without. */
  relativeClauseBeforeVerb: RegExp;
  /** The language's `photoCredits` and the credits written alike in every language (`PICTURE_CREDITS`), each (g). */
  photoCredit: RegExp[];
}

const cache = new Map<string, CompiledLanguage>();

/** The marks a quotation after an opinion lead opens with ("Pour Jean Morel, « …", "Según Ana Gil, —…"). */
export const OPINION_QUOTE_MARKS = "«\"“„»‹'‘—–";

/**
 * The language's speech verbs, every form, as one expression source without boundaries (a trie: French has a thousand
 * forms): built once per language and read by the speakers (`speechVerb`) and by the frames' `{SAY}`.
 */
export const speechVerbSource = perLanguage((frames): string => {
  const gapped = frames.speechVerbs.filter((v) => v.includes(VERB_GAP));
  // An adverb of the language's (`verbAdverbs`) may stand between the words of a compound form ("ont déjà indiqué").
  const inside = frames.verbAdverbs?.length ? `\\s+(?:(?:${phraseAlternation(frames.verbAdverbs)})\\s+)?` : undefined;
  const plain = phraseAlternation(frames.speechVerbs.filter((v) => !v.includes(VERB_GAP)));
  const parts = [inside ? plain.split("\\s+").join(inside) : plain, ...gapped.map(gappedVerb), ...(frames.dialogueVerbForm ? [dialogueVerb(frames.dialogueVerbForm)] : [])];
  return parts.length > 1 ? parts.join("|") : (parts[0] as string);
});

/** Most characters of a dash dialogue's subject after its verb: a name with a role or a descriptor ("Kovács Ilona, a falu jegyzője"). */
const DIALOGUE_SUBJECT_CHARS = 60;

/**
 * A verb of the language's finite form (`dialogueVerbForm`) right after the dash that closes a dash dialogue's words, with
 * only its subject after it to the line's end ("– … – méltatlankodott Kovács Ilona."): that verb says how the words were
 * said. The line (or the text read) opens with the dialogue's dash, or with the closing dash itself where the words
 * before it are blanked (read.ts masks quoted words, and a sentence of a longer quotation starts inside it). Elsewhere, a
 * dash aside in narrative included ("A hír – mint kiderült – terjedt …"), a word of that form is no speech verb.
 */
function dialogueVerb(form: string): string {
  return `(?<=(?:^|\\n)[^\\S\\n]*(?:[–—][^\\n]*)?[–—][^\\S\\n]{1,2})(?:${form})(?=[^\\S\\n]+[^–—.!?\\n]{1,${DIALOGUE_SUBJECT_CHARS}}[.!?]?[^\\S\\n]*(?:\\n|$))`;
}

/** Marks the place in a separable speech verb where other words may stand ("liet … weten" for "liet in een reactie weten"). */
export const VERB_GAP = "…";
/** Most words between a separable verb's parts. */
const GAP_WORDS = 4;

/** A separable speech verb as an expression: its parts with up to GAP_WORDS words between them, none a mark of punctuation. */
function gappedVerb(verb: string): string {
  return verb
    .split(VERB_GAP)
    .map((part) => phraseAlternation([part.trim()]))
    .join(`(?:\\s+[\\p{L}\\p{N}'’-]+){1,${GAP_WORDS}}?\\s+`);
}

/** A pattern written with plain spaces for the data's ease: " ?" any spaces or none, " " a run of them. */
function spaced(pattern: string): string {
  return pattern.replace(/ \?/g, "\\s*").replace(/ /g, "\\s+");
}

/** Words that may stand between a clause opener ("That is what") and its speech verb: the speaker. */
const OPENER_GAP_WORDS = 6;
/** Most words between a separable verb's parts where the second part closes a sentence that says only who spoke. */
const CLOSING_GAP_WORDS = 14;

/**
 * A sentence opening with a demonstrative and a speech verb: a one-word opener takes the verb right after it ("Das sagte
 * X"; "Das Ministerium sagte" names a subject), a clause opener ("That is what", "That’s what") the speaker first.
 */
function attributionOnly(frames: LanguageFrames, verbs: string): RegExp {
  const openers = frames.attributionOpeners ?? [];
  const single = openers.filter((o) => !/[\s'’]/u.test(o));
  const clauses = openers.filter((o) => /[\s'’]/u.test(o));
  // A separable verb whose particle closes the sentence ("Das kündigte die Bürgermeisterin am Dienstag in einer Sitzung
  // an."): the speaker and the time stand between its parts, more words than a verb's gap elsewhere; the sentence's end
  // bounds them.
  const closing = frames.speechVerbs.filter((v) => v.includes(VERB_GAP)).map((v) => {
    const [first, last] = v.split(VERB_GAP).map((part) => phraseAlternation([part.trim()]));
    return `${first}(?:\\s+[^\\s,;:]+){1,${CLOSING_GAP_WORDS}}?\\s+${last}\\s*[.!]?\\s*$`;
  });
  const parts = [
    single.length > 0 ? `(?:${phraseAlternation(single)})\\s+(?:${verbs})` : "",
    single.length > 0 && closing.length > 0 ? `(?:${phraseAlternation(single)})\\s+(?:${closing.join("|")})` : "",
    clauses.length > 0 ? `(?:${phraseAlternation(clauses)})\\s+(?:[\\p{L}'’.-]+\\s+){0,${OPENER_GAP_WORDS}}?(?:${verbs})` : "",
    ...(frames.attributionOnlyForms ?? []).map((form) => `(?:${form.replaceAll("{SAY}", `(?:${verbs})`)})`),
  ].filter(Boolean);
  return new RegExp(`^\\s*(?:${parts.join("|") || "(?!)"})(?![\\p{L}])`, "u");
}

/** A phrase of the language's data (small letters) as a pattern: its first letter either case, as a sentence may open with it; any run of spaces between its words. */
export function capitalisablePhrase(phrase: string): string {
  const first = phrase.charAt(0);
  return `[${escapeRegExp(first.toUpperCase())}${escapeRegExp(first.toLowerCase())}]${escapeRegExp(phrase.slice(1)).replace(/\s+/g, "\\s+")}`;
}

/** Words that join the parts of a body's name ("Institute of Soil and Water", "Institut für Boden und Wasser"). */
const NAME_JOINERS = "of|for|and|on|de|du|des|di|del|della|für|und|y|e|et|do|da";
/** Most words of a body's name after a study's lead. */
const STUDY_AUTHOR_WORDS = 7;

/**
 * A study's lead ("study by", "Forscher des"; its first letter either case) and the capitalised name of a body after it,
 * maybe after an article or an opening quotation mark ("Forscher des ‚Institute of Soil and Water‘").
 */
function studyAuthor(leads: readonly string[]): RegExp {
  if (leads.length === 0) return /(?!)/gu;
  const written = leads.map(capitalisablePhrase);
  const word = "\\p{Lu}[\\p{L}\\p{N}'’.-]*";
  return new RegExp(
    `(?<![\\p{L}])(?:${written.join("|")})\\s*(?:(?:the|la|le|il|lo|el|o|a|die|der|das)\\s+)?[‚'"“„«‘]?(?<name>${word}(?:\\s+(?:(?:${NAME_JOINERS})\\s+)?${word}){0,${STUDY_AUTHOR_WORDS - 1}})`,
    "gu",
  );
}

/** Compiles a language's patterns once. */
export function compile(frames: LanguageFrames): CompiledLanguage {
  const hit = cache.get(frames.language);
  if (hit) return hit;
  const verbs = speechVerbSource(frames);
  const compiled: CompiledLanguage = {
    frames,
    // A vowel sign or virama is inside a word (Bengali, Devanagari): a name never starts right after one.
    nameAtEnd: new RegExp(`(?:^|[^\\p{L}\\p{M}\\p{N}-])(${frames.name})$`, "u"),
    nameAtStart: new RegExp(`^(${frames.name})`, "u"),
    descriptorAtStart: new RegExp(`^(${frames.descriptor})`, "iu"),
    descriptorFull: new RegExp(`^(?:${frames.descriptor})$`, "iu"),
    // Languages written without spaces (Chinese) glue a verb to its neighbours: no word boundary there.
    speechVerb: frames.unspaced ? new RegExp(`(?:${verbs})`, "giu") : new RegExp(`(?<![\\p{L}])(?:${verbs})(?![\\p{L}])`, "giu"),
    attributionOnly: attributionOnly(frames, verbs),
    photoCredit: [...frames.photoCredits, ...PICTURE_CREDITS].map((p) => new RegExp(p, "gu")),
    reportVerb: new RegExp(`(?<=\\S)\\s+(?:${frames.reportVerbs?.length ? phraseAlternation(frames.reportVerbs) : "(?!)"})(?![\\p{L}])`, "gu"),
    // No i flag: it would make the name's capitals match small letters. A lead may open the sentence with a capital.
    opinionLead: new RegExp(
      `(?<![\\p{L}])(?:${(frames.opinionLeads ?? []).map(capitalisablePhrase).join("|") || "(?!)"})\\s+(${frames.name}),\\s*(?=[${OPINION_QUOTE_MARKS}])`,
      "gu",
    ),
    appositive: new RegExp(`(${frames.name}),\\s+((?:a|an|the|un|une|le|la|co-)[^,.;]{2,160})`, "gu"),
    anonymityClause: new RegExp(`,?\\s*(?<![\\p{L}])(?:${(frames.anonymityClauses ?? []).map(spaced).join("|") || "(?!)"})(?![\\p{L}])\\s*,?`, "giu"),
    toldPronoun: new RegExp(`^(?:${(frames.toldPronouns ?? []).map(escapeRegExp).join("|") || "(?!)"})\\s+`, "iu"),
    addresseeMarker: new RegExp(`(?<![\\p{L}\\p{M}’'])(?:${(frames.addresseeMarkers ?? []).map((m) => escapeRegExp(m).replace(/ /g, "\\s+")).join("|") || "(?!)"})(?![\\p{L}\\p{M}])`, "giu"),
    mediumPhrase: new RegExp(`^(?:${(frames.mediumPhrases ?? []).join("|") || "(?!)"})\\s+(?=[\\p{L}])`, "u"),
    beforeVerbWord: new RegExp(`(?:\\s+(?:${(frames.beforeVerbWords ?? []).map(escapeRegExp).join("|") || "(?!)"}))+\\s*$`, "u"),
    studyAuthor: studyAuthor(frames.studyAuthorLeads ?? []),
    hedgedSpeechLink: new RegExp(`\\s+(?:${phraseAlternation(frames.hedgedSpeechLinks ?? []) || "(?!)"})\\s*$`, "u"),
    relativeClauseBeforeVerb: new RegExp(`(?:${frames.relativeClauseBeforeVerb ?? "(?!)"})$`, "u"),
    roleFirst: new RegExp(`(?:^|[,;]\\s+)((?:[Tt]he|[Aa]n?|[Ll]e|[Ll]a)\\s+[^,.;"“”«»]{2,80}),\\s+(${frames.name}),`, "gu"),
  };
  cache.set(frames.language, compiled);
  return compiled;
}

/**
 * Whether a sentence says only who said the words before it ("Das sagte Innenminister X der Zeitung Y", "Dat zei de
 * minister", "That is what the mayor told reporters"), in its language's frames (`attributionOpeners`).
 */
export function saysOnlyWho(sentence: string, frames: LanguageFrames): boolean {
  return compile(frames).attributionOnly.test(sentence);
}

/** Most words after an anaphoric credit before its sentence ends ("am Montag", "on its website"). */
const CREDIT_TAIL_WORDS = 4;

const creditTails = new Map<string, { lead: RegExp; complementiser: RegExp | null }>();

/**
 * Whether what follows an anaphoric credit leaves it a credit and nothing more: at most a few words and no comma ("am
 * Montag"), or — after those — whom the outlet relied on (the language's `citingCues`: "…, citing an official who wished
 * to remain anonymous", "unter Berufung auf einen Beamten, der anonym bleiben wollte") or a relative clause on the outlet
 * (`subjectRelatives`: ", die sich auf Ärzte beruft"). Such a clause may describe its source but says nothing more of the
 * story: one with a complementiser outside an anonymity clause ("citing an official who said that …", ", die meldete,
 * dass …") reports words of its own, and no colon or semicolon may open another clause.
 */
function creditTailOnly(tail: string, frames: LanguageFrames): boolean {
  const words = (text: string): number => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (!/[,;:]/u.test(tail) && words(tail) <= CREDIT_TAIL_WORDS) return true;
  let compiled = creditTails.get(frames.language);
  if (!compiled) {
    const cues = frames.citingCues ?? [];
    const relatives = frames.subjectRelatives ?? [];
    const leads = [cues.length > 0 ? `,?\\s*(?:${phraseAlternation(cues)})` : "", relatives.length > 0 ? `,\\s*(?:${phraseAlternation(relatives)})` : ""].filter(Boolean);
    const complementisers = frames.complementisers ?? [];
    compiled = {
      lead: new RegExp(`^(?:\\s+[^\\s,;:]+){0,${CREDIT_TAIL_WORDS}}?\\s*(?:${leads.join("|") || "(?!)"})(?![\\p{L}])`, "iu"),
      complementiser: complementisers.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(complementisers)})(?![\\p{L}])`, "iu") : null,
    };
    creditTails.set(frames.language, compiled);
  }
  const lead = compiled.lead.exec(tail);
  if (!lead) return false;
  const rest = tail.slice(lead[0].length).replace(compile(frames).anonymityClause, " ");
  return !/[;:]/u.test(rest) && !compiled.complementiser?.test(rest);
}

/**
 * Whether a credit (`credit`, offsets into the body) stands in a sentence of its own that points back at the sentence
 * before it ("That is what the Dutch site X reports.", "Det rapporterar X.", "Das berichtet X.", "Det skriver X."): the
 * sentence opens with one of the language's `attributionOpeners`, then — after a one-word opener — the credit or a verb
 * in small letters before it ("Das Blatt berichtet" names a subject), after a clause opener a few words (the credit's
 * descriptor); after the credit nothing that says more of the story (`creditTailOnly`: "Das berichtet X, dass …" says
 * what follows; "…, citing an official" only whom X relied on). What the credit is for is then the sentence before, as
 * an in-sentence credit is for its own sentence.
 */
export function creditsSentenceBefore(body: string, sentence: Span, credit: Span, frames: LanguageFrames): boolean {
  if (credit.start < sentence.start || credit.end > sentence.end) return false;
  const opening = body.slice(sentence.start, credit.start);
  if (!creditTailOnly(body.slice(credit.end, sentence.end), frames)) return false;
  return (frames.attributionOpeners ?? []).some((opener) => {
    const m = new RegExp(`^\\s*${capitalisablePhrase(opener)}(?![\\p{L}])`, "u").exec(opening);
    if (!m) return false;
    const gap = opening.slice(m[0].length);
    if (/[,;:"“”«»„]/u.test(gap)) return false;
    const words = gap.split(/\s+/u).filter(Boolean);
    return /[\s'’]/u.test(opener) ? words.length <= OPENER_GAP_WORDS : words.length === 0 || (words.length === 1 && /^\p{Ll}/u.test(words[0] as string));
  });
}
