/**
 * The story's own claim inside a debunk's sentence. A debunk prints the story mostly as someone's claim ("Posts repeated
 * the rumour that P: none of it is true", "The woman who reported that P now admits …", "The club denied that P"): the
 * statement a claim group chose as its wording is then the debunk, and the claim node would say what the debunker says,
 * asserted true by every debunk. Where the group's wording tells a clause so (claims/propositions.ts) as a debunk does,
 * the claim is that clause, in the exact words of the wording: its statements stay the same sentences, and stance is
 * read on the clause (a debunk cue beside it reports it false; an article that tells it as news presents it as true).
 * So too where the wording tells a clause as someone's claim that the other articles tell without that frame ("The
 * police are looking into a recording according to which P" beside "P"): the claim is what the articles share. Each
 * article whose statement tells the clause as the object of a denial, or as the claim of one who takes it back, is noted
 * in `frames`.
 */
import { readPropositions, type Proposition } from "./propositions.ts";
import { debunkCues } from "../stance.ts";
import { slugify } from "../../core/text.ts";
import { shortLabel } from "./label.ts";
import type { ClaimGroup, ClaimStatement } from "./types.ts";

/** Share of the smaller clause's words (four letters or more) two clauses must share to tell one thing. */
const MIN_SHARED = 0.4;
/** Fewest words of four letters or more the clause must hold to be a claim of its own. */
const MIN_CONTENT_WORDS = 3;

/** Words of four letters or more, lower-cased: what two tellings of one clause share. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
}

function sharedShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/** How a statement's own proposition tells the clause: a denial or a retraction reports it false; a claim frame only reports it. */
function frameOf(p: Proposition): "claim" | "denial" | "retracted" {
  return p.retracted ? "retracted" : p.frame;
}

/**
 * The clause a wording tells as a debunk does, if any: a denial, a claimant's retraction, a claim frame beside a
 * debunk cue ("the rumour that P: none of it is true", "a fake news site reported that P"), what people believed or
 * rumoured ("Se creía que P", "it was rumoured that P": no one vouches for it, and a story no article states plainly is
 * told so), or a claim noun said to go around ("The news that P has hit the headlines": the sentence tells of the
 * news, the story is P). A claim frame alone is someone's account the article gives ("The mayor assured that the budget would pass
 * in March"): none.
 */
function debunkedClause(text: string, language: string): Proposition | undefined {
  const chosen = readPropositions(text, language).find((p) => wordsOf(p.span.text).size >= MIN_CONTENT_WORDS);
  if (!chosen) return undefined;
  if (chosen.frame === "claim" && !chosen.retracted && !chosen.believed && !chosen.relayed && debunkCues(text, language).length === 0) return undefined;
  return chosen;
}

/**
 * The clause a wording tells as someone's claim that the claim's other articles tell without the frame around it: every
 * statement of another article shares the clause's words (MIN_SHARED) and not the words outside it ("The police are
 * looking into a recording according to which a curfew starts on Friday" beside "A curfew starts on Friday in Borovec"):
 * what the articles share is the clause, and the frame (the police inquiry) is one article's own addition.
 */
function sharedClause(group: ClaimGroup, representative: ClaimStatement, language: string): Proposition | undefined {
  const others = group.statements.filter((s) => s.article !== representative.article).map((s) => wordsOf(s.span.text));
  if (others.length === 0) return undefined;
  const text = representative.span.text;
  return readPropositions(text, language).find((p) => {
    const clause = wordsOf(p.span.text);
    if (p.frame !== "claim" || clause.size < MIN_CONTENT_WORDS) return false;
    const frame = new Set([...wordsOf(`${text.slice(0, p.cue.start)} ${text.slice(p.span.end)}`)].filter((w) => !clause.has(w)));
    return frame.size > 0 && others.every((o) => sharedShare(clause, o) >= MIN_SHARED && sharedShare(frame, o) < MIN_SHARED);
  });
}

/**
 * The group redrawn as the clause its wording (or, failing it, another article's wording of it) tells as someone's
 * claim, or the group as it is where none tells one (or one too short to state anything). `key` stays unique among
 * `taken`. Pure.
 */
export function storyClause(group: ClaimGroup, languageOf: (article: string) => string, taken: ReadonlySet<string>): ClaimGroup {
  const representative = group.statements.find((s) => s.span.text === group.text);
  if (!representative) return group;
  // The chosen wording first; where it is a debunk sentence that tells no clause so ("The story is a hoax, the mayor
  // said"), the other articles' wordings of the same claim in turn: the debunk that prints the story as someone's claim
  // is often not the sentence chosen. A wording that tells the story plainly stays the claim.
  const language = languageOf(representative.article);
  const debunking = debunkCues(group.text, language).length > 0;
  const wordings = [representative, ...(debunking ? group.statements.filter((s) => s.article !== representative.article) : [])];
  let chosen: Proposition | undefined;
  for (const w of wordings) if (!chosen && (chosen = debunkedClause(w.span.text, languageOf(w.article)))) break;
  chosen ??= sharedClause(group, representative, language);
  if (!chosen) return group;
  const clauseWords = wordsOf(chosen.span.text);
  const frames: Record<string, "claim" | "denial" | "retracted"> = {};
  for (const s of group.statements) {
    const own = readPropositions(s.span.text, languageOf(s.article)).filter((p) => sharedShare(wordsOf(p.span.text), clauseWords) >= MIN_SHARED);
    // A denial or retraction in any of the article's statements of the clause decides; else a claim frame.
    const frame = own.map(frameOf).sort((a, b) => (a === "claim" ? 1 : 0) - (b === "claim" ? 1 : 0))[0];
    if (frame && (frames[s.article] === undefined || frames[s.article] === "claim")) frames[s.article] = frame;
  }
  const text = chosen.span.text;
  const label = shortLabel(text);
  let key = `claim:${slugify(label.split(/\s+/).slice(0, 10).join(" ")).slice(0, 60)}`;
  if (taken.has(key)) key = group.key;
  return { ...group, key, text, label, ...(Object.keys(frames).length > 0 ? { frames } : {}) };
}
