/** The answer word a fact-check opens its verdict with ("No, …", "Non, …", "Não, …"), as a cue fragment. */

/**
 * A cue for `word` (a fragment) as the answer that opens a text, a sentence or what follows a colon, before its
 * comma: "Non, le maire n'a pas démissionné", "Ville de Harlow : non, le pont …". The word both calls the story false (a debunk cue) and
 * negates what follows (a negation cue), so a claim worded as such a headline is a denial. Only there: the same word
 * inside a sentence is often no answer at all ("qu'il pleuve ou non, …", "che sia vero o no, …").
 */
export const answerOpening = (word: string): string => `(?<=^\\s*|[:.!?…]\\s*)(?:${word})\\s*,`;
