/** Pattern pieces shared by several languages' reading data: word ends, web addresses, quotation marks and Latin-script names. */
import type { LanguageFrames } from "./types.ts";

/** "No letter or digit follows": JavaScript's \b is ASCII-only even with the u flag, so "è", "ü" or Cyrillic would end a word early. */
export const EOW = "(?![\\p{L}\\p{N}])";

/** "No letter or digit precedes". */
export const BOW = "(?<![\\p{L}\\p{N}])";

/**
 * A web address written as a name ("sul sito example.it", "www.example.com", "brzeziny24.example"): lower-case labels and
 * a top-level domain of 2–13 letters, as the generic ones run (".online", ".example", ".international").
 */
export const DOMAIN = "(?:www\\.)?[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}-]*(?:\\.[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}-]*)*\\.\\p{Ll}{2,13}(?![\\p{L}\\p{N}])";

/**
 * A credit line of a dash and a name alone ("— Harbour Herald"), as a text taken from an outlet is signed: one line for
 * every language that writes it (English's own also takes a tilde, "~ Harbour Herald").
 */
export const SIGNATURE_LINE = "^\\s*(?:—|–|-)\\s*(?<name>[^\\n]{2,60}?)\\s*$";

/** A line with only a name and a date ("Gazzetta del Lago 03/04/2015"): the outlet an aggregator took the text from. */
export const NAME_AND_DATE_LINE = "^\\s*(?<name>\\p{Lu}[\\p{L}’'.&\\- ]{1,40}?)\\s*[,–—-]?\\s*\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\s*$";

/** Opening and closing quotation marks and title brackets that may stand around a cited name. */
export const OPEN = "[\"“„«‹'‘《〈「『<]";
export const CLOSE = "[\"”“»›'’》〉」』>]";

/**
 * A single curly mark opening a quoted name ("laut ‘Nordkurier’", "on ‘Quill Daily’"): only before a capital, as a
 * title opens; never the apostrophe ’, which also closes one.
 */
export const SINGLE_QUOTE_OPENING = "‘(?=\\p{Lu})";

/** A mark that may open a quoted name in a list ("laut ‘A’ und ‘B’", "«A» и «B»"), and one that may close it. */
export const NAME_MARK_OPENING = "[\"“„«‘]";
export const NAME_MARK_CLOSING = "[\"”“»’]";

/** A speaker's role in a told-to credit: words without a sentence mark, a quoted body name («Y») among them. */
const TOLD_ROLE = "(?:[^,.;:!?„“\"»«\\n]|«[^»\\n]{1,40}»){1,60}?";
/** A speaker's name in a told-to credit, from its capital to the comma or space before what follows. */
const TOLD_NAME = "\\p{Lu}[^,.;:!?„“\"»«\\n]{1,40}?";
/**
 * Who speaks, between a speech verb and the outlet it was told to ("sier havnesjefen til X", Scandinavian "… til/till X"):
 * words without a sentence mark, or a role and a name set off by commas either way round ("sier tidligere leder i
 * «Y», Lars Eng, til X", "säger Eva Lind, pressansvarig på Y, till X"): an apposition is part of the speaker, and a
 * quoted body name («Y») inside the role is too. Optional, ends with the whitespace before the preposition.
 */
export const TOLD_SPEAKER = `(?:${TOLD_ROLE},\\s+${TOLD_NAME},?\\s+|${TOLD_NAME},\\s+${TOLD_ROLE},\\s+|[^,.;:!?„“"»«]{1,60}?\\s+)?`;

/** One capitalised word in a Latin-script language; a dot belongs to it only inside ("U.S"), never at its end. */
export const CAP_WORD = "\\p{Lu}(?:[\\p{L}\\p{N}’'&\\-\\u2011]|\\.(?=\\p{L}))*";

/** One capital and its full stop inside a name after a particle, where a capitalised word follows ("de S. Paulo"). */
const INITIAL = "\\p{Lu}\\.(?=\\s+\\p{Lu}\\p{Ll})";

/**
 * A capitalised name of up to six words in a Latin-script language (`maxWords`), the given lower-case particles allowed between words
 * ("Corriere della Sera", "International Archives of Medicine", "Canale 5"); each word is bounded by the next space, so the pattern stays linear.
 * A language that writes every syllable apart (Vietnamese) writes a name in more words ("Báo Người Lao Động Thành Phố Mới").
 */
export function capitalisedName(particles: readonly string[], elision = "", nounsCapitalised = false, maxWords = 6): string {
  const word = elision ? `(?:(?:${elision})[’'])?${CAP_WORD}` : CAP_WORD;
  // A number may stand inside or at the end of a name ("Channel 4 News", "Canale 5", "Radio 12/12"), never first. Where every noun is
  // capitalised (`capitalisedNouns`), a number before a capitalised word is a figure and what it counts ("laut Kurt
  // Albers 3 Milliarden Euro", "50 Menschen"): the name ends before it.
  // A number after a particle is when or where, never part of the name ("Kurier Lipowy w 1994 roku": in 1994).
  const figure = nounsCapitalised ? "(?!\\s+\\p{Lu})" : "";
  // After a particle, an initial with its full stop before a capitalised word ("Folha de S. Paulo"); never right after a
  // name's word, where a surname cut to its initial ends a sentence ("Anna K. Ihre Lehrer …").
  const particle = `(?:${particles.join("|")})`;
  // A stop or comma right after the number ends the sentence or clause ("potrivit Canal 9.", "Channel 4, which"); one
  // before a digit makes it a figure ("3.5", "1,200"); one before a word in small letters makes it an ordinal, a day of a
  // date as Czech, German, Hungarian or Norwegian write it ("oznámilo Vnitrozemí 3. května": on 3 May), for a sentence
  // goes on after its full stop with a capital.
  return `(?:${word}(?:\\s+(?:${particle}\\s+(?:${INITIAL}|${word})|${word}|\\p{N}+(?:\\/\\p{N}+)?(?![\\p{L}\\p{N}]|[.,]\\p{N}|\\.\\s*\\p{Ll})${figure})){0,${maxWords - 1}})`;
}

/**
 * A platform's or a programme's name in a phrase of where words were posted or said (`mediumPhrases`: "su Facebook", "sur
 * France Inter"): up to three capitalised words where small letters follow (the speaker's article or role), else one, so
 * that a name written straight after it ("su Facebook Bruno Ferraris") stays the speaker's.
 */
export const MEDIUM_NAME = "(?:\\p{Lu}[\\p{L}\\p{N}]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}]*){0,2}(?=\\s+\\p{Ll})|\\p{Lu}[\\p{L}\\p{N}]*)";

/**
 * A broadcast show's name after the word for a show ("programa Conversa Franca", "programie „Nocna Zmiana”"): a quoted
 * title without its marks (written around it: `[«“„"]?${SHOW_TITLE}[»”"]?`), or up to five capitalised words without
 * the small words that would run it into its broadcaster's name ("do", "de la"). Only a show the text calls so is read:
 * its broadcaster, named after it, is the outlet; else the show itself, as an outlet the text does not say more of.
 */
export const SHOW_TITLE = "(?:(?<=[«“„\"])[^«»“”„\"\\n]{1,40}(?=[»”\"])|\\p{Lu}[\\p{L}\\p{N}’'!-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}’'!-]*){0,4})";
/** A show's name with the marks it may be written in (SHOW_TITLE). */
export const SHOW_NAME = `[«“„"]?${SHOW_TITLE}[»”"]?`;

/**
 * A title written in sentence case after a publication noun ("la rivista International archives of medicine"): a capital
 * first, then up to five words of any case, shortest first, so the frame's end decides where it stops. Only for frames
 * that have read the publication noun, which licenses the lower-case words.
 */
export const SENTENCE_CASE_TITLE = "\\p{Lu}[\\p{L}\\p{N}’'&\\-]*(?:\\s+[\\p{L}\\p{N}’'&\\-]+){0,5}?";

/**
 * Picture credits written the same in every language, read beside each language's own `photoCredits`: a picture word
 * and a slash before the photographer ("ANTARA FOTO/Rina Lestari", "AP Photo/Evan Vale", "AFP PHOTO / STR"), and a picture
 * word with a colon opening a line or a bracket ("Foto: Kabar/Rina", "(Photo: Harbour Lens)"), which pages paste whatever
 * their language. They say who took a picture: nothing inside one is a citation or a source line.
 * "Bild" is left to German's own list: "BILD:" may be the newspaper speaking.
 */
export const PICTURE_CREDITS: readonly string[] = [
  "(?<![\\p{L}\\p{N}/.])(?:FOTOS?|Fotos?|PHOTOS?|Photos?)\\s*/\\s*\\p{L}[^\\n]{0,60}",
  "(?<=^|\\n|[(\\[]\\s?)[ \\t]*(?:FOTOS?|Fotos?|PHOTOS?|Photos?)\\s*:\\s*\\S[^\\n]{0,80}",
];

/**
 * Marks written before a number that make it an identifier in every language ("UU No. 1", "Law No 19", "§ 130", "loi
 * n° 2021-1109", "Nr. 5"): see `referenceNouns`. Matched as written: "No" only with its capital or a dot ("no 30" is a
 * negation in Spanish or Italian).
 */
export const REFERENCE_MARKS: readonly string[] = ["No.", "No", "no.", "NO.", "Nr.", "Nr", "nr.", "Nº", "N°", "nº", "n°", "#", "§§", "§"];

/**
 * Titles before a name, often with a full stop ("Dr. Helen Marsh"): part of how the text names a person, not of the name.
 * English, but read in texts of every language.
 */
export const HONORIFIC = "Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Gen|Col|Maj|Capt|Lt|Sgt|Adm|Sen|Rep|Gov|Rev|Sir|Dame|Sheikh|Imam|Rabbi|Father";

/** Per language: HONORIFIC and the language's own abbreviated titles (`abbreviatedTitles`), as one alternation. */
export const honorificsOf = perLanguage((frames) => [HONORIFIC, ...(frames.abbreviatedTitles ?? [])].join("|"));

/**
 * Titles written before a surname alone in the languages that abbreviate them ("M. Benslimane", "Mme Haddad", "Sr.
 * Villalba", "Sig.ra Conti", "Pani Nowak"), with their full stops: the person the article named in full elsewhere. Beside
 * HONORIFIC, whose English titles stand before a full name.
 */
export const SURNAME_TITLES = "M\\.|MM\\.|Mme|Mmes|Mlle|Sr\\.?|Sra\\.?|Srta\\.?|Sig\\.(?:ra)?|Dott\\.(?:ssa)?|Dr\\.?|Dra\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Herr|Frau|Pan|Pani";

/**
 * A value made once per language's data (a pattern compiled from its word lists): `build` runs on the first call for a
 * data object — the language's frames, or another per-language table such as its stance words (analyse/stance) — and
 * later calls get what it made.
 */
export function perLanguage<T, L extends object = LanguageFrames>(build: (frames: L) => T): (frames: L) => T {
  const made = new WeakMap<L, { value: T }>();
  return (frames) => {
    let slot = made.get(frames);
    if (!slot) made.set(frames, (slot = { value: build(frames) }));
    return slot.value;
  };
}
