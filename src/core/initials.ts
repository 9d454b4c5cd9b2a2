/**
 * Initials: whether an acronym's capitals are the first letters of a run of words ("HWG" of "Harbour Watch Group"). One
 * rule for every reader; the choices on which readers differ are named (`InitialsRule`), and each reader says its own.
 */
import { withoutDiacritics } from "./text.ts";

/** What a word that does not open with a capital ("of", "de", "&", "24") does to the initials of the words around it. */
export type UncapitalisedWord =
  /** It gives no letter ("Office of the Surveyor-General": OSG). */
  | "gives-none"
  /** It gives its first letter or none ("Bank of Valdoria": BV or BOV). */
  | "may-give-its-letter"
  /** The words are no name the acronym stands for: each must be capitalised ("United Nations": UN). */
  | "breaks-initials";

/** The choices on which readers of initials differ. */
export interface InitialsRule {
  uncapitalised: UncapitalisedWord;
  /** Whether a leading article ("The", "La", "Die") gives no letter: "The Valdoria Times" is VT, not TVT. */
  articleSilent: boolean;
  /**
   * Whether a capitalised word written as one compound may give one more letter from inside it, as the Nordic agencies
   * are called ("SNB" of Skandinaviska Nyhetsbyrån, "NTB" of Norsk Telegrambyrå).
   */
  compoundLetter: boolean;
}

/** A leading article of the languages whose names are initialled (English, Romance, German, Dutch, Portuguese). */
const LEADING_ARTICLE = /^(?:the|la|le|les|el|il|lo|o|a|die|der|das|de|het)$/iu;

/** Where inside a word a second initial may stand: a compound's later part starts after a first part of three letters at least. */
const INNER_INITIAL_FROM = 3;

/** Fewest capitalised words initials stand for: one capitalised word's letters would fit any acronym sharing them. */
const MIN_CAPITALISED_WORDS = 2;

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** A letter as initials compare it: small, without accents (pages print capitals unaccented: "EDV" of "Électricité de Valdoria"). */
const folded = (text: string): string => withoutDiacritics(text).toLowerCase();

/**
 * True when the capitals of `acronym` ("ODrN" reads ODN) are the initials of `words`, all of them, in order: each
 * capitalised word, and each capitalised part of a hyphenated one ("Presse-Agentur" gives PA), gives its first letter;
 * a word that does not open with a capital does as `rule.uncapitalised` says. Two capitalised words at least.
 */
export function spellsInitials(acronym: string, words: readonly string[], rule: InitialsRule): boolean {
  // Letter by letter: a Greek capital sigma folds to the final "ς" at the end of a word, to "σ" alone.
  const letters = [...acronym.replace(/\P{Lu}/gu, "")].map(folded).join("");
  const named = rule.articleSilent && LEADING_ARTICLE.test(words[0] ?? "") ? words.slice(1) : words;
  const parts = named.flatMap((w) => w.split(/[-\u2011]/u)).filter((p) => p !== "");
  if (parts.filter(capitalised).length < MIN_CAPITALISED_WORDS) return false;
  const lower = parts.map(folded);
  const fits = (i: number, j: number): boolean => {
    const part = lower[i];
    if (part === undefined) return j === letters.length;
    if (!capitalised(parts[i] as string)) {
      if (rule.uncapitalised === "breaks-initials") return false;
      return fits(i + 1, j) || (rule.uncapitalised === "may-give-its-letter" && part[0] === letters[j] && fits(i + 1, j + 1));
    }
    if (part[0] !== letters[j]) return false;
    if (fits(i + 1, j + 1)) return true;
    const next = letters[j + 1];
    return rule.compoundLetter && next !== undefined && part.indexOf(next, INNER_INITIAL_FROM) >= 0 && fits(i + 1, j + 2);
  };
  return fits(0, 0);
}
