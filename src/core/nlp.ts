/**
 * compromise, as every module of ours uses it (one instance, so one world: the fast sweep installed by
 * extract/compromiseSweep.ts serves all). Loaded from the package's own one-file build (its `require` entry,
 * builds/three/compromise-three.cjs, the same release as its `import` entry's src/) rather than from src/'s ~460 modules:
 * loading those took about 0.6 s more CPU in each thread under tsx (1.2-1.7 s against 0.6-0.9 s), and each pool worker
 * loads it.
 */
import { createRequire } from "node:module";
import type Nlp from "compromise";

const nlp = createRequire(import.meta.url)("compromise") as typeof Nlp;
export default nlp;

/**
 * compromise's own steps (tokenise, tag, …) but two whose output nothing reads: its chunker (a tenth of the parse), and
 * `id`, which gives every term a made-up unique id. Its tagger never needs the ids: a tag rule's match carries the ids
 * of the terms it matched, and the tagger only checks them against those same terms (getDoc), so the tags are the same
 * without them (tests/extract/sentences.test.ts compares with the stock steps).
 */
const UNREAD_STEPS: ReadonlySet<string> = new Set(["chunks", "id"]);
export const TAGGING: readonly string[] = nlp.hooks().filter((h) => !UNREAD_STEPS.has(h));

/** One term as compromise's tokenizer and tagger leave it (the fields read outside compromise). */
export interface Term {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** One term as compromise's tagger leaves it (the fields read outside this module). */
export type TaggedTerm = Readonly<Term>;

/** A term as compromise's tokenizer leaves it, before any tag. */
export interface Token {
  text: string;
  pre: string;
  post: string;
}

const world = nlp.world() as { methods: { one: { tokenize: { fromString(text: string, world: unknown): Token[][] } } } };

/** compromise's tokenizer (the first thing `nlp(text)` does): a text's sentences, each as its terms, untagged. */
export function tokenize(text: string): Token[][] {
  return world.methods.one.tokenize.fromString(text, world);
}

/** compromise's document class, as `nlp()` builds it; `nlp(text)` is `new View(tokens)` and then every step of `nlp.hooks()`. */
type Document = new (document: unknown) => { docs: Term[][]; compute(steps: readonly string[]): unknown };
let view: Document | undefined;

/**
 * Tokenised sentences tagged with TAGGING, in place: compromise's terms with their tags, one list per sentence (as many
 * as given, unless the tagger joined or dropped one).
 */
export function tagTokens(tokens: readonly (readonly Token[])[]): Term[][] {
  view ??= nlp("").constructor as Document;
  const doc = new view(tokens);
  doc.compute(TAGGING);
  return doc.docs;
}

/**
 * compromise's tagged terms of a text, one list per sentence: the tags `nlp(text)` gives (its own tokenizer and tagger),
 * without the steps nothing reads (UNREAD_STEPS) and without `json()`'s copy of every term. For readers of word classes
 * the reading does not keep (analyse/claims/mainClause.ts).
 */
export function taggedTerms(text: string): readonly (readonly TaggedTerm[])[] {
  return tagTokens(tokenize(text));
}

/**
 * Tags of the short texts asked about (a name, a word, two words), by text, per thread: the reading asks about the same
 * given names and words in article after article. At most MAX_TAGS_KEPT texts, forgotten at once when full; callers
 * never change what they get.
 */
const tagsKept = new Map<string, readonly (readonly string[])[]>();
const MAX_TAGS_KEPT = 20_000;

/**
 * compromise's tags for each term of a text, in order: its lexicon and tagger read each word in the context of the
 * others, so "Green Valley" and "Green" alone may be tagged differently. The tags `nlp(text).terms().json()` gives, from
 * the reading's tagging steps (TAGGING), each text tagged once.
 */
export function termTags(text: string): readonly (readonly string[])[] {
  let tags = tagsKept.get(text);
  if (tags === undefined) {
    if (tagsKept.size >= MAX_TAGS_KEPT) tagsKept.clear();
    tags = taggedTerms(text).flatMap((sentence) => sentence.map((t) => [...t.tags]));
    tagsKept.set(text, tags);
  }
  return tags;
}

/** True when compromise's lexicon knows a word as a given name ("Peter", "Anna", "Hans"). */
export function isKnownGivenName(word: string): boolean {
  return termTags(word)[0]?.includes("FirstName") ?? false;
}

/**
 * True when compromise tags a person in a text ("Mayor Anna Lind"): what `nlp(text).people().found` tells, since its
 * people are the matches of `#Honorific+? #Person+`, found wherever a term is tagged Person.
 */
export function namesAPerson(text: string): boolean {
  return termTags(text).some((tags) => tags.includes("Person"));
}
