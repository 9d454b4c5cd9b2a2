/**
 * Propositions: the clauses a sentence tells as someone's claim, not on its own word — the complement of a claim noun or
 * verb ("the rumour that P", "reported that P", "denunció que P", "la rumeur selon laquelle P", "kabar bahwa P") and the
 * object of a denial ("denied that P", "dementierte, dass P"). A debunk prints the story's claim mostly so: "The woman
 * who reported that P admits …". Cue words are data, per language (StanceWords.proposition, .denial, .complementiser).
 */
import { stanceWordsFor } from "../stance/index.ts";
import type { StanceWords } from "../stance/types.ts";
import { debunkCues } from "../stance.ts";

/** A clause told as someone's claim: `span` offsets into the sentence, `cue` the words that open it. */
export interface Proposition {
  /**
   * "claim": claimed, reported or rumoured; "denial": the object of a denial, or the clause of a claim noun the
   * sentence's own verb calls false ("The rumour that P was false": `verdict`).
   */
  frame: "claim" | "denial";
  cue: { start: number; end: number; text: string };
  span: { start: number; end: number; text: string };
  /** After the clause, the same sentence says the claimant takes it back ("… now admits …"; StanceWords.admission). */
  retracted?: true;
  /** The cue tells the clause as what people believed or rumoured ("se creía que"; StanceCue.belief). */
  believed?: true;
  /** The sentence's own verdict on the claim noun whose clause this is ("was seriously misleading", "has been denied"): it ends the clause and calls it false. */
  verdict?: { start: number; end: number; text: string };
}

/** Fewest words a clause needs to state anything ("that it was", "que oui" state nothing of their own). */
const MIN_WORDS = 4;
/**
 * Where a claimed clause ends: the sentence's end, a semicolon, a colon (what follows it is the writer's comment on the
 * clause: "the rumour that P: none of it is true"), a closing quotation mark, or a comma before a verb of
 * saying that gives the clause back to whoever said it ("…, the minister said"). A clause may hold commas of its own.
 */
const CLAUSE_END = new RegExp(
  [
    // A full stop inside the closing quotation mark ("… at the depot.”") ends the clause before itself.
    "[;!?]|[.:](?=[\"”»]?(?:\\s|$))|[\"”»](?=\\s*[,.;]|\\s*$)|,[\"”»]",
    // A source's tail ("…, according to officials", "…, selon une source").
    ",\\s+(?:according\\s+to|selon|d['’]apr[eè]s|seg[uú]n|secondo|segundo|laut|menurut)(?![\\p{L}])",
    // A name set off by commas after the clause ("The woman who said that P, Ana Berg, now admits …"): the clause was the
    // subject's relative clause, and the main clause follows the name.
    ",\\s+\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)+,",
  ].join("|"),
  "u",
);

/** An English clause that opens with a finite verb: after "that", the relative clause of the noun before it. */
const RELATIVE_VERB = /^(?:is|was|were|are|has|have|had|will|would|can|could|may|might|should|must|does|did|went|came|spread|\p{Ll}+ed)(?![\p{L}])/u;

interface PropositionPatterns {
  claim: RegExp;
  denial: RegExp | undefined;
  /** The belief cues alone, anchored: whether a claim frame's cue is one. */
  belief: RegExp | undefined;
  /** The nominal cues alone, anchored: whether a claim frame's cue is a noun the clause completes (StanceCue.nominal). */
  nominal: RegExp | undefined;
  /** The language's verdict links (StanceWords.verdictLink) between spaces, a comma allowed before: where a noun's clause may end in the sentence's own verb. */
  verdictLink: RegExp | undefined;
}

const compiled = new Map<string, PropositionPatterns>();

/** A language's proposition cues as patterns: its claim frames, its verbs of denial followed by a complementiser, and its belief frames. */
function patternsFor(words: StanceWords): PropositionPatterns | undefined {
  if (!words.proposition || words.proposition.length === 0) return undefined;
  let found = compiled.get(words.language);
  if (!found) {
    // No lookahead after the cue: a complementiser may run into the next word ("qu'il").
    const claim = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.proposition.map((c) => `(?:${c.cue})`).join("|")})`, "giu");
    const denials = words.debunk.filter((c) => c.denial);
    const denial = denials.length > 0 && words.complementiser ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${denials.map((c) => `(?:${c.cue})`).join("|")})\\s*,?\\s+(?:${words.complementiser})`, "giu") : undefined;
    const beliefs = words.proposition.filter((c) => c.belief);
    const belief = beliefs.length > 0 ? new RegExp(`^(?:${beliefs.map((c) => `(?:${c.cue})`).join("|")})$`, "iu") : undefined;
    const nominals = words.proposition.filter((c) => c.nominal);
    const nominal = nominals.length > 0 ? new RegExp(`^(?:${nominals.map((c) => `(?:${c.cue})`).join("|")})$`, "iu") : undefined;
    const verdictLink = words.verdictLink ? new RegExp(`\\s*,?\\s+(?:${words.verdictLink})\\s+`, "giu") : undefined;
    found = { claim, denial, belief, nominal, verdictLink };
    compiled.set(words.language, found);
  }
  return found;
}

/** The clause that starts at `from` in `text`, to its end (CLAUSE_END, or its first comma where the language closes clauses so), trimmed; undefined where it is too short to state anything. */
function clauseFrom(text: string, from: number, limit = text.length, commaCloses = false): { start: number; end: number; text: string } | undefined {
  const rest = text.slice(from, limit);
  const comma = commaCloses ? rest.search(/,\s/u) : -1;
  const end = from + Math.min(CLAUSE_END.exec(rest)?.index ?? rest.length, comma < 0 ? rest.length : comma);
  const raw = text.slice(from, end);
  const start = from + (raw.length - raw.trimStart().length);
  const clause = text.slice(start, end).replace(/[\s,:]+$/u, "");
  if ((clause.match(/\p{L}+/gu)?.length ?? 0) < MIN_WORDS) return undefined;
  return { start, end: start + clause.length, text: clause };
}

/** Most words between a verdict link and the debunk word it joins ("was | seriously | misleading", "ist | völlig | falsch"). */
const VERDICT_GAP_WORDS = 2;

/**
 * Where a nominal cue's clause runs into the sentence's own verb calling the noun false: "A headline claiming that P
 * was seriously misleading", "Reports that P are false", "The rumour that P has been denied", "Das Gerücht, dass P,
 * ist falsch". The last verdict link (StanceWords.verdictLink) whose next words, within VERDICT_GAP_WORDS, open a
 * debunk word, and that leaves the clause MIN_WORDS words: the clause ends before it ("… that the mayor was fired was
 * false" keeps "the mayor was fired"). Offsets into `clause`.
 */
function verdictIn(clause: string, language: string, link: RegExp): { at: number; verdict: { start: number; end: number; text: string } } | undefined {
  let found: { at: number; verdict: { start: number; end: number; text: string } } | undefined;
  for (const m of clause.matchAll(link)) {
    const at = m.index ?? 0;
    if ((clause.slice(0, at).match(/\p{L}+/gu)?.length ?? 0) < MIN_WORDS) continue;
    const after = at + m[0].length;
    const rest = clause.slice(after);
    const gap = new RegExp(`^(?:[\\p{L}’'-]+\\s+){0,${VERDICT_GAP_WORDS}}`, "u");
    const reach = (gap.exec(rest)?.[0].length ?? 0) + 1;
    const cue = debunkCues(rest, language).find((c) => c.start < reach);
    if (!cue) continue;
    const start = at + (m[0].length - m[0].trimStart().replace(/^,\s*/u, "").length);
    found = { at, verdict: { start, end: after + cue.end, text: clause.slice(start, after + cue.end) } };
  }
  return found;
}

/** The propositions a sentence tells as someone's claim, in its language, in order; none in a language without proposition cues. Pure. */
export function readPropositions(text: string, language: string): Proposition[] {
  const words = stanceWordsFor(language);
  const patterns = words && patternsFor(words);
  if (!patterns) return [];
  const found: Proposition[] = [];
  const admissions = words.admission && words.admission.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${words.admission.map((c) => `(?:${c.cue})`).join("|")})(?![\\p{L}])`, "iu") : undefined;
  const read = (pattern: RegExp, frame: Proposition["frame"]) => {
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0;
      const from = at + m[0].length;
      // The claimant's admission after the clause ("… now admits …") ends it, and takes it back.
      const admission = frame === "claim" ? admissions?.exec(text.slice(from)) : null;
      const span = clauseFrom(text, from, admission ? from + admission.index : text.length, words.commaClosesClause === true);
      // "that" right before a verb is a relative pronoun ("the story that appeared on a site"), not a clause's opening.
      if (span && /(?:^|\s)that$/iu.test(m[0]) && RELATIVE_VERB.test(span.text)) continue;
      if (!span) continue;
      const believed = frame === "claim" && patterns.belief?.test(m[0]) === true;
      // A noun's clause that runs into the sentence's verdict on the noun: the clause ends there, and is called false.
      const judged = frame === "claim" && !admission && patterns.verdictLink && patterns.nominal?.test(m[0]) ? verdictIn(span.text, language, patterns.verdictLink) : undefined;
      if (judged) {
        const clause = span.text.slice(0, judged.at).replace(/[\s,:]+$/u, "");
        const verdict = { start: span.start + judged.verdict.start, end: span.start + judged.verdict.end, text: judged.verdict.text };
        found.push({ frame: "denial", cue: { start: at, end: at + m[0].length, text: m[0] }, span: { start: span.start, end: span.start + clause.length, text: clause }, verdict });
        continue;
      }
      found.push({ frame, cue: { start: at, end: at + m[0].length, text: m[0] }, span, ...(admission ? { retracted: true as const } : {}), ...(believed ? { believed: true as const } : {}) });
    }
  };
  if (patterns.denial) read(patterns.denial, "denial");
  read(patterns.claim, "claim");
  // A cue inside another's clause is the other's words ("denied reports that …" is a denial, not a claim): the outermost wins.
  found.sort((a, b) => a.cue.start - b.cue.start || b.cue.end - a.cue.end);
  return found.filter((p, i) => !found.slice(0, i).some((q) => q.cue.start <= p.cue.start && p.cue.start < q.span.start));
}
