/**
 * A cheap test of whether one of compromise's tag rules can match a clause at all, before compromise's own matcher is
 * asked (compromise 14, src/1-one/match/methods/match/). That matcher tries the rule from every term of the clause, and
 * for each start copies the rest of the clause and builds a state object; of the rules the bulk matcher hands it (those
 * whose words and tags all occur somewhere in the clause) about 19 in 20 match nowhere, and most of them fail on their
 * first two or three terms. This reads the same terms with the same term test as compromise's (term/doesMatch.js),
 * as far as a rule's leading tokens consume exactly one term each (or, optional, one or none), and answers "no" only
 * where compromise's matcher would find nothing: a test it cannot tell without compromise's own code (a fuzzy word, a
 * nested block) is taken to pass, and the first token that may consume more than one term ends the reading.
 */
import nlp from "../core/nlp.ts";

/** A token of compromise's parsed match syntax (parseMatch), the fields read here. */
export interface MatchReg {
  word?: string;
  use?: string;
  fuzzy?: boolean;
  tag?: string;
  id?: unknown;
  method?: string;
  pre?: string;
  post?: string;
  regex?: RegExp;
  chunk?: string;
  switch?: string;
  machine?: string;
  sense?: string;
  fastOr?: Set<string>;
  pos?: string;
  choices?: MatchReg[][];
  operator?: string;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
}

/** A term as compromise's tagger holds it, the fields its term test reads. */
export interface MatchTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  sense?: string;
  chunk?: string;
  id?: unknown;
  [field: string]: unknown;
}

/**
 * compromise's term methods (`@hasComma`, `@hasHyphen` …), the object its term test calls them from: plain functions of
 * a term, so a method's answer here is the matcher's.
 */
const termMethods = (nlp.world() as unknown as { methods: { one: { termMethods: Record<string, ((term: MatchTerm) => unknown) | undefined> } } }).methods.one.termMethods;

const MAYBE = 2;
/** compromise's term test, where it can be told without running code this module does not have: 1 true, 0 not true, MAYBE unknown. */
type Verdict = 0 | 1 | typeof MAYBE;

/** compromise's `doesMatch` (term/doesMatch.js), branch for branch in its order; MAYBE where a branch runs code not copied here. */
function termTest(term: MatchTerm, reg: MatchReg, index: number, length: number): Verdict {
  if (reg.anything === true) return 1;
  if (reg.start === true && index !== 0) return 0;
  if (reg.end === true && index !== length - 1) return 0;
  if (reg.id !== undefined && reg.id === term.id) return 1;
  if (reg.word !== undefined) {
    if (reg.use) return reg.word === term[reg.use] ? 1 : 0;
    if (term.machine !== null && term.machine === reg.word) return 1;
    if (reg.fuzzy === true) return reg.word === term.root ? 1 : MAYBE;
    if (term.alias && term.alias.some((s) => s === reg.word)) return 1;
    return reg.word === term.text || reg.word === term.normal ? 1 : 0;
  }
  if (reg.tag !== undefined) return term.tags.has(reg.tag) ? 1 : 0;
  if (reg.method !== undefined) return termMethods[reg.method]?.(term) === true ? 1 : 0;
  // As compromise writes it (`term.pre && term.pre.includes(…)`): an empty string is no match.
  if (reg.pre !== undefined) return term.pre && (term.pre as string).includes(reg.pre) ? 1 : 0;
  if (reg.post !== undefined) return term.post && (term.post as string).includes(reg.post) ? 1 : 0;
  if (reg.regex !== undefined) {
    // A global or sticky expression keeps state between tests: left to compromise.
    if (reg.regex.global || reg.regex.sticky) return MAYBE;
    return reg.regex.test(String(reg.use ? term[reg.use] : term.normal)) ? 1 : 0;
  }
  if (reg.chunk !== undefined) return term.chunk === reg.chunk ? 1 : 0;
  if (reg.switch !== undefined) return term.switch === reg.switch ? 1 : 0;
  if (reg.machine !== undefined) return term.normal === reg.machine || term.machine === reg.machine || term.root === reg.machine ? 1 : 0;
  if (reg.sense !== undefined) return term.sense === reg.sense ? 1 : 0;
  if (reg.fastOr !== undefined) {
    if (reg.pos && !term.tags.has(reg.pos)) return 0;
    const str = term.root || term.implicit || term.machine || term.normal;
    return reg.fastOr.has(str) || reg.fastOr.has(term.text) ? 1 : 0;
  }
  return reg.choices !== undefined ? MAYBE : 0;
}

/** compromise's `wrapMatch`: the term test, inverted for a negative token. */
function wrappedTest(term: MatchTerm, reg: MatchReg, index: number, length: number): Verdict {
  const v = termTest(term, reg, index, length);
  return reg.negative === true && v !== MAYBE ? ((1 - v) as Verdict) : v;
}

/**
 * One leading token of a rule as this test reads it: the regs a term must pass (one list per alternative; for a
 * token of its own, one alternative of one reg), whether the token consumes exactly one term so the next token is read
 * at the next term, and whether it must then be the clause's last term.
 */
interface LeadStep {
  kind: "term" | "or" | "and";
  reg: MatchReg;
  /** For "or": each choice's first reg; for "and": each choice's regs (all must pass, at consecutive terms). */
  choices: MatchReg[][];
  oneTerm: boolean;
  /**
   * `foo?`, `(a|b)?`: the term consumed when it passes, else none (read both ways). compromise's matcher may also let a
   * passing optional token take the next token's place (optional-match.js), which lands where "none, then the next
   * token" does.
   */
  optional: boolean;
  /**
   * `foo+`, `(a|b)+`: when it passes, the terms after it that pass too may be consumed, up to the first that cannot
   * (greedy-match.js stops at the first that fails or where the next token matches; or-block.js at the first that fails):
   * read as every stop within that run.
   */
  repeats: boolean;
}

/** What the test knows of one rule: its leading steps, where a start may be tried, the terms it needs at least. */
export interface MatchLead {
  steps: LeadStep[];
  /** `^`: compromise tries the rule at the clause's first term only. */
  startOnly: boolean;
  /** Tokens neither optional nor negative: compromise tries no start with fewer terms left than this. */
  minLength: number;
}

/**
 * The rule's leading tokens that this test can read, up to the first it cannot (negative, `.`, an optional block or
 * repeated token, a block after an optional token).
 */
export function matchLead(regs: readonly MatchReg[]): MatchLead {
  const steps: LeadStep[] = [];
  for (const reg of regs) {
    if (reg.negative === true || reg.anything === true) break;
    const optional = reg.optional === true;
    const previous = steps[steps.length - 1];
    if (reg.choices === undefined) {
      // `foo+$` is compromise's end-greedy case, with a test of its own; `foo*` lets the optional-match step move on to
      // the next token before the repeat is read; an anchored `^foo+` repeats without its anchor (getGreedy).
      if (reg.greedy === true && (optional || reg.end === true || reg.start === true)) break;
      steps.push({ kind: "term", reg, choices: [], oneTerm: true, optional, repeats: reg.greedy === true });
    } else if (reg.operator === "or" || reg.operator === "and") {
      // After an optional token its own step looks at this one with the term test alone (optional-match.js): not read here.
      if (previous?.optional === true && previous.kind === "term") break;
      if (!reg.choices.every((c) => Array.isArray(c) && c.length > 0)) break;
      const single = reg.choices.every((c) => c.length === 1 && c[0]?.greedy !== true);
      // An and-block consumes its longest choice once, greedy or not (and-or.js, doAndBlock).
      if (reg.operator === "and") {
        if (optional) break;
        steps.push({ kind: "and", reg, choices: reg.choices, oneTerm: single, optional: false, repeats: false });
      } else {
        // Optional or repeated, a block only of one-term choices is read (each pass consumes one term); a block of longer
        // choices ends the reading where it passes.
        if (optional && !single) break;
        steps.push({ kind: "or", reg, choices: reg.choices.map((c) => [c[0] as MatchReg]), oneTerm: single, optional, repeats: single && reg.greedy === true });
      }
    } else break;
    if (!steps[steps.length - 1]?.oneTerm) break;
  }
  return { steps, startOnly: regs[0]?.start === true, minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length };
}

/** Whether a leading step may pass at term `t` (false only where compromise's test is false). */
function stepMayPass(terms: readonly MatchTerm[], t: number, step: LeadStep): boolean {
  const length = terms.length;
  const term = terms[t];
  if (term === undefined) return false;
  if (step.kind === "term") return termTest(term, step.reg, t, length) !== 0;
  if (step.kind === "or") {
    // The block passes when some choice's first reg is exactly true (and-or.js, tryChoice).
    for (const [first] of step.choices) if (wrappedTest(term, first as MatchReg, t, length) !== 0) return true;
    return false;
  }
  // Every choice must match its terms from here (and-or.js, doAndBlock).
  for (const choice of step.choices) {
    for (let w = 0; w < choice.length; w++) {
      const at = terms[t + w];
      if (at === undefined || wrappedTest(at, choice[w] as MatchReg, t + w, length) === 0) return false;
    }
  }
  return true;
}

/**
 * Whether the rule read as `lead` can match the clause `terms` (false only where compromise's matcher finds nothing):
 * from each start it would try, its leading steps are read term by term, the terms each path of them may have reached
 * carried from step to step (an optional step keeps a path where it passes nothing). The same answer as
 * `mayMatchIndexed`, without an index (for clauses too long for one).
 */
export function mayMatch(terms: readonly MatchTerm[], lead: MatchLead): boolean {
  const { steps } = lead;
  const length = terms.length;
  if (steps.length === 0) return length > 0;
  const lastStart = lead.startOnly ? Math.min(1, length) : length - lead.minLength + 1;
  // Where the next step is read, in increasing order (a term past the last one: out of terms).
  let at: number[] = [];
  for (let i = 0; i < lastStart; i++) at.push(i);
  for (const step of steps) {
    if (at.length === 0) return false;
    const next: number[] = [];
    const add = (t: number): void => {
      if (next[next.length - 1] !== t) next.push(t);
    };
    for (const t of at) {
      if (step.optional) add(t);
      if (!stepMayPass(terms, t, step)) continue;
      if (!step.oneTerm) return true;
      // A matched first half of a contraction may skip its second (contraction-skip.js).
      if (step.kind === "term" && terms[t]?.implicit) return true;
      // Where the step may stop: after this term, or after any term of the run that may pass after it.
      let end = t + 1;
      if (step.repeats) while (stepMayPass(terms, end, step)) end++;
      for (let stop = t + 1; stop <= end; stop++) if (step.kind === "term" || step.reg.end !== true || stop === length) add(stop);
    }
    // Stops of a repeated step may come after later paths' starts: kept in order.
    at = step.repeats ? [...new Set(next)].sort((a, b) => a - b) : next;
  }
  return at.length > 0;
}

/** Clauses of at most this many terms are indexed as bit masks, one bit per term (JavaScript's bitwise operators are 32-bit). */
export const MAX_INDEXED_TERMS = 30;

/**
 * A clause's terms as bit masks (bit i: term i): per tag, per word form compromise's term test compares a word with (text,
 * normal form, machine form, aliases), per form its `(a|b|c)` lists look up (root, implicit, machine or normal form;
 * text), and the first halves of contractions. Built once per clause, so each candidate rule's leading tokens cost a few
 * lookups instead of a pass over the terms.
 */
export interface ClauseIndex {
  terms: readonly MatchTerm[];
  length: number;
  /** Every term's bit. */
  all: number;
  tags: Map<string, number>;
  words: Map<string, number>;
  orKeys: Map<string, number>;
  implicit: number;
}

const addBit = (map: Map<string, number>, key: string, bit: number): void => {
  map.set(key, (map.get(key) ?? 0) | bit);
};

/** The clause's index, or undefined when it has more than MAX_INDEXED_TERMS terms. */
export function indexClause(terms: readonly MatchTerm[]): ClauseIndex | undefined {
  const length = terms.length;
  if (length > MAX_INDEXED_TERMS) return undefined;
  const index: ClauseIndex = { terms, length, all: (1 << length) - 1, tags: new Map(), words: new Map(), orKeys: new Map(), implicit: 0 };
  for (let i = 0; i < length; i++) {
    const term = terms[i] as MatchTerm;
    const bit = 1 << i;
    for (const tag of term.tags) addBit(index.tags, tag, bit);
    addBit(index.words, term.text, bit);
    addBit(index.words, term.normal, bit);
    if (typeof term.machine === "string") addBit(index.words, term.machine, bit);
    if (term.alias) for (const a of term.alias) addBit(index.words, a, bit);
    addBit(index.orKeys, (term.root || term.implicit || term.machine || term.normal) as string, bit);
    addBit(index.orKeys, term.text, bit);
    if (term.implicit) index.implicit |= bit;
  }
  return index;
}

/** The terms where a reg's term test may be true (`possible`), and whether that is exactly where it is true. */
interface RegMask {
  possible: number;
  exact: boolean;
}

/** How a reg's term test is read from a clause's index: which of its maps answers it, or the term test term by term. */
const enum IndexRead {
  Anything,
  Word,
  Tag,
  FastOr,
  TermByTerm,
}

/** Each reg's IndexRead, decided once (a rule's regs are read on every clause it is a candidate for). */
const indexReads = new WeakMap<MatchReg, IndexRead>();

function indexReadOf(reg: MatchReg): IndexRead {
  let read = indexReads.get(reg);
  if (read === undefined) {
    if (reg.anything === true) read = IndexRead.Anything;
    else if (reg.id !== undefined) read = IndexRead.TermByTerm;
    else if (reg.word !== undefined && !reg.use && reg.fuzzy !== true) read = IndexRead.Word;
    else if (reg.word === undefined && reg.tag !== undefined) read = IndexRead.Tag;
    else if (reg.word === undefined && reg.tag === undefined && reg.fastOr !== undefined && reg.method === undefined && reg.pre === undefined && reg.post === undefined && reg.regex === undefined && reg.chunk === undefined && reg.switch === undefined && reg.machine === undefined && reg.sense === undefined) read = IndexRead.FastOr;
    else read = IndexRead.TermByTerm;
    indexReads.set(reg, read);
  }
  return read;
}

/** The terms where a reg's term test may be true, from the index where it can be (`regMask`'s `possible`). */
function regPossible(clause: ClauseIndex, reg: MatchReg): number {
  const read = indexReadOf(reg);
  if (read === IndexRead.Anything) return clause.all;
  let within = clause.all;
  if (reg.start === true) within &= 1;
  if (reg.end === true) within &= 1 << (clause.length - 1);
  if (read === IndexRead.Word) return within & (clause.words.get(reg.word as string) ?? 0);
  if (read === IndexRead.Tag) return within & (clause.tags.get(reg.tag as string) ?? 0);
  if (read === IndexRead.FastOr) {
    let found = 0;
    for (const w of reg.fastOr as Set<string>) found |= clause.orKeys.get(w) ?? 0;
    if (reg.pos) found &= clause.tags.get(reg.pos) ?? 0;
    return within & found;
  }
  return regMask(clause, reg).possible;
}

/** `termTest` over every term of an indexed clause, from the index where it can be. */
function regMask(clause: ClauseIndex, reg: MatchReg): RegMask {
  if (indexReadOf(reg) !== IndexRead.TermByTerm) return { possible: regPossible(clause, reg), exact: true };
  let possible = 0;
  let exact = true;
  for (let i = 0; i < clause.length; i++) {
    const v = termTest(clause.terms[i] as MatchTerm, reg, i, clause.length);
    if (v !== 0) possible |= 1 << i;
    if (v === MAYBE) exact = false;
  }
  return { possible, exact };
}

/** compromise's `wrapMatch` over the clause, where it may be true: the mask inverted for a negative token when it is exact. */
function wrappedPossible(clause: ClauseIndex, reg: MatchReg): number {
  if (reg.negative !== true) return regPossible(clause, reg);
  const m = regMask(clause, reg);
  return m.exact ? clause.all & ~m.possible : clause.all;
}

/** Where a leading step may pass, as a mask of the terms it starts at. */
function stepMask(clause: ClauseIndex, step: LeadStep): number {
  if (step.kind === "term") return regPossible(clause, step.reg);
  if (step.kind === "or") {
    let possible = 0;
    for (const [first] of step.choices) possible |= wrappedPossible(clause, first as MatchReg);
    return possible;
  }
  let possible = clause.all;
  // Reg w of a choice is tested at the term w after the start.
  for (const choice of step.choices) for (let w = 0; w < choice.length; w++) possible &= wrappedPossible(clause, choice[w] as MatchReg) >>> w;
  return possible;
}

/**
 * `mayMatch` on an indexed clause: every path at once, one bit per term where the next step is read (bit `length`, one
 * past the last term, where a path ran out of terms).
 */
export function mayMatchIndexed(clause: ClauseIndex, lead: MatchLead): boolean {
  const { steps } = lead;
  const { length } = clause;
  if (steps.length === 0) return length > 0;
  const tried = length - lead.minLength + 1;
  let at = lead.startOnly ? Math.min(1, clause.all) : tried > 0 ? clause.all & ((1 << tried) - 1) : 0;
  for (let k = 0; k < steps.length && at !== 0; k++) {
    const step = steps[k] as LeadStep;
    const mask = stepMask(clause, step);
    const passed = at & mask;
    if (passed !== 0) {
      // A step that may pass consumes one term when it does (oneTerm), whether or not the test was exact.
      if (!step.oneTerm) return true;
      // A matched first half of a contraction may skip its second (contraction-skip.js).
      if (step.kind === "term" && (passed & clause.implicit) !== 0) return true;
    }
    // Where the step may stop: one term on, and for a repeated step any term on within the run that may pass.
    let stops = passed << 1;
    for (let reached = stops; step.repeats && reached !== 0; ) {
      reached = ((reached & mask) << 1) & ~stops;
      stops |= reached;
    }
    if (step.kind !== "term" && step.reg.end === true) stops &= 1 << length;
    if (step.optional) at |= stops;
    else if (stops === 0) return false;
    else at = stops;
  }
  return at !== 0;
}
