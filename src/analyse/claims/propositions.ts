/**
 * Propositions: the clauses a sentence tells as someone's claim, not on its own word — the complement of a claim noun or
 * verb ("the rumour that P", "reported that P", "denunció que P", "la rumeur selon laquelle P", "kabar bahwa P") and the
 * object of a denial ("denied that P", "dementierte, dass P"). A debunk prints the story's claim mostly so: "The woman
 * who reported that P admits …". Cue words are data, per language (StanceWords.proposition, .denial, .complementiser).
 */
import { patternFor, stanceWordsFor } from "../stance/index.ts";
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
  /**
   * The sentence's own verb says the claim noun goes around ("The news that P has hit the headlines", "Reports that P
   * are circulating"; StanceWords.circulation): it ends the clause, and the sentence tells that P was reported, not P.
   */
  relayed?: true;
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
  /** A rumour told as a noun phrase (StanceWords.rumouredEvent): its frame (global), its event nouns and the prepositions joining an event to whom it befalls. */
  rumoured: { frame: RegExp; event: RegExp; of: RegExp } | undefined;
}

const compiled = new Map<string, PropositionPatterns>();

/** A language's proposition cues as patterns: its claim frames, its verbs of denial followed by a complementiser, and its belief frames. */
function patternsFor(words: StanceWords): PropositionPatterns | undefined {
  if ((!words.proposition || words.proposition.length === 0) && !words.rumouredEvent) return undefined;
  let found = compiled.get(words.language);
  if (!found) {
    // No lookahead after the cue: a complementiser may run into the next word ("qu'il").
    const propositions = words.proposition ?? [];
    const claim = new RegExp(propositions.length > 0 ? `(?<![\\p{L}\\p{N}])(?:${propositions.map((c) => `(?:${c.cue})`).join("|")})` : "(?!)", "giu");
    const denials = words.debunk.filter((c) => c.denial);
    const denial = denials.length > 0 && words.complementiser ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${denials.map((c) => `(?:${c.cue})`).join("|")})\\s*,?\\s+(?:${words.complementiser})`, "giu") : undefined;
    const beliefs = propositions.filter((c) => c.belief);
    const belief = beliefs.length > 0 ? new RegExp(`^(?:${beliefs.map((c) => `(?:${c.cue})`).join("|")})$`, "iu") : undefined;
    const nominals = propositions.filter((c) => c.nominal);
    const nominal = nominals.length > 0 ? new RegExp(`^(?:${nominals.map((c) => `(?:${c.cue})`).join("|")})$`, "iu") : undefined;
    const verdictLink = words.verdictLink ? new RegExp(`\\s*,?\\s+(?:${words.verdictLink})\\s+`, "giu") : undefined;
    const r = words.rumouredEvent;
    const rumoured = r
      ? {
          frame: new RegExp(`(?<![\\p{L}\\p{N}])(?:${r.frame})(?:\\s+|(?<=['’]))`, "giu"),
          event: new RegExp(`(?<![\\p{L}\\p{N}])(?:${r.event})(?![\\p{L}\\p{N}])`, "iu"),
          of: new RegExp(`^\\s+(?:${r.of})(?:\\s+|(?<=['’]))`, "iu"),
        }
      : undefined;
    found = { claim, denial, belief, nominal, verdictLink, rumoured };
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
    const start = at + (m[0].length - m[0].trimStart().replace(/^,\s*/u, "").length);
    // A debunk word after the link, or a debunk cue that holds the link itself ("are entirely inaccurate", "ist falsch"
    // as one cue): a language words some verdicts only with their verb, so as not to read the adjective's other uses.
    const cue = debunkCues(rest, language).find((c) => c.start < reach);
    const linked = cue ? undefined : debunkCues(clause.slice(start), language).find((c) => c.start === 0 && c.end > after - start);
    const end = cue ? after + cue.end : linked ? start + linked.end : undefined;
    if (end === undefined) continue;
    found = { at, verdict: { start, end, text: clause.slice(start, end) } };
  }
  return found;
}

/** Each language's verdict links (StanceWords.verdictLink) between spaces, made once; none where it has none. */
const verdictLinks = new Map<string, RegExp | undefined>();

/**
 * Whether a statement's own verb calls what it names false: one of the language's verdict links with a debunk word
 * within VERDICT_GAP_WORDS after it, or a debunk cue that holds the link itself ("Die Warnung ist gefälscht", "… ist
 * eine Fälschung", "La lettre est un faux"). Such a verdict is the statement's predicate, as a verb is.
 */
export function statesVerdict(text: string, language: string): boolean {
  const words = stanceWordsFor(language);
  if (!words?.verdictLink) return false;
  let link = verdictLinks.get(language);
  if (!link) verdictLinks.set(language, (link = new RegExp(`\\s+(?:${words.verdictLink})\\s+`, "giu")));
  const gap = new RegExp(`^(?:[\\p{L}’'-]+\\s+){0,${VERDICT_GAP_WORDS}}`, "u");
  for (const m of text.matchAll(link)) {
    const at = m.index ?? 0;
    if (!/\p{L}/u.test(text.slice(0, at))) continue;
    const after = at + m[0].length;
    const rest = text.slice(after);
    const reach = (gap.exec(rest)?.[0].length ?? 0) + 1;
    if (debunkCues(rest, language).some((c) => c.start < reach)) return true;
    const start = at + (m[0].length - m[0].trimStart().length);
    if (debunkCues(text.slice(start), language).some((c) => c.start === 0 && c.end > after - start)) return true;
  }
  return false;
}

/** Most words before a rumoured event's noun within its phrase ("of | Mayor Ada Quill's | death"): further on, the noun is no longer the phrase's head. */
const EVENT_REACH_WORDS = 5;
/** Most words of the name after an event's preposition ("the death of | the former mayor Ada Quill"). */
const BEFALLS_WORDS = 6;

/**
 * The noun phrase a rumour frame names, from `from` (right after "rumours of", "les rumeurs sur"), where it names an
 * event: the language's event noun within EVENT_REACH_WORDS words, no punctuation between, and, after an "of" of the
 * language, whom it befalls up to the last capitalised word of an unbroken run ("the death of the former mayor Ada
 * Quill"); without a name there, the phrase ends at the noun. Offsets into `text`; undefined where the phrase names no
 * event ("rumours about his health") or is too short to state anything ("rumours of his death").
 */
function eventPhraseFrom(text: string, from: number, limit: number, rumoured: NonNullable<PropositionPatterns["rumoured"]>): { start: number; end: number; text: string } | undefined {
  // A nickname in quotation marks inside a name (José “Pepe” Ruiz) is part of the name: its marks read as spaces.
  const rest = text.slice(from, limit).replace(/[“"«]\p{Lu}[\p{L}\p{M}]*[”"»]/gu, (m) => ` ${m.slice(1, -1)} `);
  // A noun phrase holds no punctuation of its own: it ends at the first mark (an apostrophe or hyphen is a word's).
  const bounded = rest.slice(0, rest.search(/[^\p{L}\p{N}\p{M}\s'’-]|$/u));
  const event = rumoured.event.exec(bounded);
  if (!event) return undefined;
  if ((bounded.slice(0, event.index).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > EVENT_REACH_WORDS) return undefined;
  let end = event.index + event[0].length;
  const of = rumoured.of.exec(bounded.slice(end));
  if (of) {
    let at = end + of[0].length;
    let named = -1;
    const word = /^([\p{L}\p{N}'’-]+)(\s+|$)/u;
    for (let n = 0; n < BEFALLS_WORDS; n++) {
      const w = word.exec(bounded.slice(at));
      if (!w) break;
      const capital = /^\p{Lu}/u.test(w[1]!);
      // A lower-case word after the name is the sentence going on ("… Ada Quill were false").
      if (!capital && named >= 0) break;
      if (capital) named = at + w[1]!.length;
      at += w[0].length;
    }
    if (named >= 0) end = named;
  }
  const raw = bounded.slice(0, end);
  const lead = raw.length - raw.trimStart().length;
  const length = raw.trim().length;
  // The phrase in the sentence's own characters (the nickname's marks kept).
  const phrase = text.slice(from + lead, from + lead + length);
  if ((phrase.match(/\p{L}+/gu)?.length ?? 0) < MIN_WORDS) return undefined;
  return { start: from + lead, end: from + lead + length, text: phrase };
}

/**
 * The sentence's own verdict right after a rumour's noun phrase ("Rumours of X's death | were false", "… | ist eine
 * Falschmeldung"): the language's verdict link at `at` followed within VERDICT_GAP_WORDS by a debunk word. Offsets into `text`.
 */
function verdictAfter(text: string, at: number, language: string, link: RegExp): { start: number; end: number; text: string } | undefined {
  const sticky = new RegExp(link.source, "iuy");
  const m = sticky.exec(text.slice(at));
  if (!m) return undefined;
  const rest = text.slice(at + m[0].length);
  const gap = new RegExp(`^(?:[\\p{L}’'-]+\\s+){0,${VERDICT_GAP_WORDS}}`, "u");
  const reach = (gap.exec(rest)?.[0].length ?? 0) + 1;
  const cue = debunkCues(rest, language).find((c) => c.start < reach);
  if (!cue) return undefined;
  const start = at + (m[0].length - m[0].trimStart().replace(/^,\s*/u, "").length);
  const end = at + m[0].length + cue.end;
  return { start, end, text: text.slice(start, end) };
}

/**
 * A nominal clause cut where the sentence's own verb of going around starts inside it ("The news that P | has hit the
 * headlines"; StanceWords.circulation, read on the whole sentence, since a cue may look back at the noun): the clause
 * before it, still MIN_WORDS words; undefined where there is none.
 */
function circulationIn(text: string, span: { start: number; end: number; text: string }, words: StanceWords): { start: number; end: number; text: string } | undefined {
  if (!words.circulation || words.circulation.length === 0) return undefined;
  for (const m of text.matchAll(patternFor(words, "circulation"))) {
    const at = m.index ?? 0;
    if (at <= span.start || at >= span.end) continue;
    const clause = text.slice(span.start, at).replace(/[\s,:]+$/u, "");
    if ((clause.match(/\p{L}+/gu)?.length ?? 0) < MIN_WORDS) return undefined;
    return { start: span.start, end: span.start + clause.length, text: clause };
  }
  return undefined;
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
      const nominal = frame === "claim" && !admission && patterns.nominal?.test(m[0]) === true;
      const judged = nominal && patterns.verdictLink ? verdictIn(span.text, language, patterns.verdictLink) : undefined;
      if (judged) {
        const clause = span.text.slice(0, judged.at).replace(/[\s,:]+$/u, "");
        const verdict = { start: span.start + judged.verdict.start, end: span.start + judged.verdict.end, text: judged.verdict.text };
        found.push({ frame: "denial", cue: { start: at, end: at + m[0].length, text: m[0] }, span: { start: span.start, end: span.start + clause.length, text: clause }, verdict });
        continue;
      }
      // A noun's clause that runs into the sentence's verb of going around: the clause ends there, only reported.
      const relay = nominal ? circulationIn(text, span, words) : undefined;
      if (relay) {
        found.push({ frame, cue: { start: at, end: at + m[0].length, text: m[0] }, span: relay, relayed: true });
        continue;
      }
      found.push({ frame, cue: { start: at, end: at + m[0].length, text: m[0] }, span, ...(admission ? { retracted: true as const } : {}), ...(believed ? { believed: true as const } : {}) });
    }
  };
  if (patterns.denial) read(patterns.denial, "denial");
  read(patterns.claim, "claim");
  // A rumour told as a noun phrase ("rumours of X's death"): the phrase is what is rumoured; a verdict right after it
  // ("… were false") calls it false.
  if (patterns.rumoured) {
    for (const m of text.matchAll(patterns.rumoured.frame)) {
      const at = m.index ?? 0;
      const from = at + m[0].length;
      const span = eventPhraseFrom(text, from, text.length, patterns.rumoured);
      if (!span) continue;
      const verdict = patterns.verdictLink ? verdictAfter(text, span.end, language, patterns.verdictLink) : undefined;
      found.push({ frame: verdict ? "denial" : "claim", cue: { start: at, end: from, text: text.slice(at, from) }, span, ...(verdict ? { verdict } : {}) });
    }
  }
  // A cue inside another's clause is the other's words ("denied reports that …" is a denial, not a claim): the outermost wins.
  found.sort((a, b) => a.cue.start - b.cue.start || b.cue.end - a.cue.end);
  return found.filter((p, i) => !found.slice(0, i).some((q) => q.cue.start <= p.cue.start && p.cue.start < q.span.start));
}
