/**
 * What a claim's label needs of its sentence's grammar: whether the sentence stands alone (it does not open on a
 * pronoun subject such as "This is what …" or "He has …", which only the sentence before it explains), and where its
 * main clause starts after an opening phrase ("Blessed with …, Kim made …"). Read from compromise's word classes, so
 * for English only; other languages answer "stands alone, starts at 0". Called for a claim's few label candidates,
 * not for every statement: one parse each.
 */
import { taggedTerms, type TaggedTerm as Term } from "../../core/nlp.ts";

export interface MainClause {
  /** The sentence opens on a pronoun, or a determiner standing alone before its verb ("It was", "This is"). */
  anaphoric: boolean;
  /** Offset in the sentence where the main clause starts, after an opening phrase and its comma; else 0. */
  subjectAt: number;
}

const STANDS_ALONE: MainClause = { anaphoric: false, subjectAt: 0 };

/** Longest sentence parsed, in characters: a label shows 110 of them, and a text with no sentence end can be one "sentence" of megabytes. */
const MAX_PARSED = 2_000;

/** Word classes an opening phrase starts with ("With …", "Seemingly …", "Blessed with …", "Although …"); a subject never does. */
const OPENING_CLASSES = ["Preposition", "Adverb", "Verb", "Adjective", "Conjunction"];
/** Word classes inside a subject's noun phrase ("the Nordby ferry company", "this Pyongyang-bred heartthrob", "Kim"). */
const NOUN_PHRASE_CLASSES = ["Determiner", "Adjective", "Noun", "Possessive", "Value", "Hyphenated"];

const has = (t: Term | undefined, classes: readonly string[]) => t !== undefined && classes.some((c) => t.tags.has(c));

/** Whether a clause starts at term `k`: a noun phrase with a noun in it, then a verb in a tense, no comma between. */
function clauseAt(terms: readonly Term[], k: number): boolean {
  let j = k;
  let noun = false;
  while (j < terms.length && has(terms[j], NOUN_PHRASE_CLASSES) && !has(terms[j], ["Verb"])) {
    noun ||= has(terms[j], ["Noun"]);
    if ((terms[j] as Term).post.includes(",")) return false;
    j++;
  }
  const verb = terms[j];
  return noun && has(verb, ["Verb"]) && !has(verb, ["Gerund", "Participle"]);
}

/** The grammar of one sentence's main clause, as far as compromise's word classes tell (English). */
export function mainClause(sentence: string, language: string): MainClause {
  if (language !== "en" || sentence.length > MAX_PARSED) return STANDS_ALONE;
  const terms = taggedTerms(sentence).flat();
  const [first, second] = terms;
  if (!first) return STANDS_ALONE;
  // "It was …", "They said …", "This is what …": the sentence opens on its subject, a word that points back.
  const anaphoric = has(first, ["Pronoun"]) || (has(first, ["Determiner"]) && has(second, ["Verb"]));
  if (!has(first, OPENING_CLASSES)) return { anaphoric, subjectAt: 0 };
  // The opening phrase runs to the first comma after which a clause starts; offsets as compromise counts them.
  let at = 0;
  for (let k = 0; k < terms.length - 1; k++) {
    const t = terms[k] as Term;
    at += t.pre.length + t.text.length + t.post.length;
    if (t.post.includes(",") && clauseAt(terms, k + 1)) return { anaphoric, subjectAt: at + (terms[k + 1] as Term).pre.length };
  }
  return { anaphoric, subjectAt: 0 };
}
