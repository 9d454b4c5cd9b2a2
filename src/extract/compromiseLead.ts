/**
 * A cheap test of whether one of compromise's tag rules can match a clause at all, before compromise's own matcher is
 * asked (compromise 14, src/1-one/match/methods/match/). That matcher tries the rule from every term of the clause, and
 * for each start copies the rest of the clause and builds a state object; of the rules the bulk matcher hands it (those
 * whose words and tags all occur somewhere in the clause) about 19 in 20 match nowhere, and most of them fail on their
 * first two or three terms. This reads the same terms with the same term test as compromise's (term/doesMatch.js),
 * as far as a rule's leading tokens consume exactly one term each, and answers "no" only where compromise's matcher
 * would find nothing: a test it cannot tell without compromise's own code (a method such as `@hasComma`, a fuzzy word)
 * is taken to pass, and the first token that may consume more or less than one term ends the reading.
 */

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
  if (reg.method !== undefined || reg.pre !== undefined || reg.post !== undefined) return MAYBE;
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
}

/** What the test knows of one rule: its leading steps, where a start may be tried, the terms it needs at least. */
export interface MatchLead {
  steps: LeadStep[];
  /** `^`: compromise tries the rule at the clause's first term only. */
  startOnly: boolean;
  /** Tokens neither optional nor negative: compromise tries no start with fewer terms left than this. */
  minLength: number;
}

/** The rule's leading tokens that this test can read, up to the first it cannot (optional, negative, `.`, nested blocks). */
export function matchLead(regs: readonly MatchReg[]): MatchLead {
  const steps: LeadStep[] = [];
  for (const reg of regs) {
    if (reg.optional === true || reg.negative === true || reg.anything === true) break;
    if (reg.choices === undefined) {
      // `foo+$` is compromise's end-greedy case, with a test of its own.
      if (reg.end === true && reg.greedy === true) break;
      steps.push({ kind: "term", reg, choices: [], oneTerm: reg.greedy !== true });
    } else if (reg.operator === "or" || reg.operator === "and") {
      if (!reg.choices.every((c) => Array.isArray(c) && c.length > 0)) break;
      const single = reg.choices.every((c) => c.length === 1 && c[0]?.greedy !== true);
      const oneTerm = single && (reg.operator === "and" || reg.greedy !== true);
      steps.push({ kind: reg.operator, reg, choices: reg.operator === "or" ? reg.choices.map((c) => [c[0] as MatchReg]) : reg.choices, oneTerm });
    } else break;
    if (!steps[steps.length - 1]?.oneTerm) break;
  }
  return { steps, startOnly: regs[0]?.start === true, minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length };
}

/**
 * Whether the rule read as `lead` can match the clause `terms` (false only where compromise's matcher finds nothing):
 * from each start it would try, its leading steps are read term by term while each consumes exactly one. The same
 * answer as `mayMatchIndexed`, without an index (for clauses too long for one).
 */
export function mayMatch(terms: readonly MatchTerm[], lead: MatchLead): boolean {
  const { steps } = lead;
  const length = terms.length;
  if (steps.length === 0) return length > 0;
  const lastStart = lead.startOnly ? Math.min(1, length) : length - lead.minLength + 1;
  starts: for (let i = 0; i < lastStart; i++) {
    let t = i;
    for (const step of steps) {
      const term = terms[t];
      if (term === undefined) continue starts;
      if (step.kind === "term") {
        if (termTest(term, step.reg, t, length) === 0) continue starts;
        // A matched first half of a contraction may skip its second (contraction-skip.js).
        if (term.implicit || !step.oneTerm) return true;
      } else if (step.kind === "or") {
        // The block passes when some choice's first reg is exactly true (and-or.js, tryChoice).
        let any = false;
        for (const [first] of step.choices) if (wrappedTest(term, first as MatchReg, t, length) !== 0) any = true;
        if (!any) continue starts;
        if (!step.oneTerm) return true;
        if (step.reg.end === true && t !== length - 1) continue starts;
      } else {
        // Every choice must match its terms from here (and-or.js, doAndBlock).
        for (const choice of step.choices) {
          for (let w = 0; w < choice.length; w++) {
            const at = terms[t + w];
            if (at === undefined || wrappedTest(at, choice[w] as MatchReg, t + w, length) === 0) continue starts;
          }
        }
        if (!step.oneTerm) return true;
        if (step.reg.end === true && t !== length - 1) continue starts;
      }
      t++;
    }
    return true;
  }
  return false;
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

/** `termTest` over every term of an indexed clause, from the index where it can be. */
function regMask(clause: ClauseIndex, reg: MatchReg): RegMask {
  if (reg.anything === true) return { possible: clause.all, exact: true };
  let within = clause.all;
  if (reg.start === true) within &= 1;
  if (reg.end === true) within &= 1 << (clause.length - 1);
  if (reg.id === undefined) {
    if (reg.word !== undefined && !reg.use && reg.fuzzy !== true) return { possible: within & (clause.words.get(reg.word) ?? 0), exact: true };
    if (reg.word === undefined && reg.tag !== undefined) return { possible: within & (clause.tags.get(reg.tag) ?? 0), exact: true };
    if (reg.word === undefined && reg.tag === undefined && reg.fastOr !== undefined && reg.method === undefined && reg.pre === undefined && reg.post === undefined && reg.regex === undefined && reg.chunk === undefined && reg.switch === undefined && reg.machine === undefined && reg.sense === undefined) {
      let found = 0;
      for (const w of reg.fastOr) found |= clause.orKeys.get(w) ?? 0;
      if (reg.pos) found &= clause.tags.get(reg.pos) ?? 0;
      return { possible: within & found, exact: true };
    }
  }
  // Anything else: the term test itself, term by term.
  let possible = 0;
  let exact = true;
  for (let i = 0; i < clause.length; i++) {
    const v = termTest(clause.terms[i] as MatchTerm, reg, i, clause.length);
    if (v !== 0) possible |= 1 << i;
    if (v === MAYBE) exact = false;
  }
  return { possible, exact };
}

/** compromise's `wrapMatch` over the clause: the mask inverted for a negative token when it is exact. */
function wrappedMask(clause: ClauseIndex, reg: MatchReg): RegMask {
  const m = regMask(clause, reg);
  if (reg.negative !== true) return m;
  return m.exact ? { possible: clause.all & ~m.possible, exact: true } : { possible: clause.all, exact: false };
}

/** Where a leading step may pass, as a mask of the terms it starts at. */
function stepMask(clause: ClauseIndex, step: LeadStep): number {
  if (step.kind === "term") return regMask(clause, step.reg).possible;
  if (step.kind === "or") {
    let possible = 0;
    for (const [first] of step.choices) possible |= wrappedMask(clause, first as MatchReg).possible;
    return possible;
  }
  let possible = clause.all;
  // Reg w of a choice is tested at the term w after the start.
  for (const choice of step.choices) for (let w = 0; w < choice.length; w++) possible &= wrappedMask(clause, choice[w] as MatchReg).possible >>> w;
  return possible;
}

/** `mayMatch` on an indexed clause: every start at once, one bit each. */
export function mayMatchIndexed(clause: ClauseIndex, lead: MatchLead): boolean {
  const { steps } = lead;
  const { length } = clause;
  if (steps.length === 0) return length > 0;
  const tried = length - lead.minLength + 1;
  let alive = lead.startOnly ? Math.min(1, clause.all) : tried > 0 ? clause.all & ((1 << tried) - 1) : 0;
  for (let k = 0; k < steps.length && alive !== 0; k++) {
    const step = steps[k] as LeadStep;
    // Start s is alive if the step may pass at term s + k.
    alive &= stepMask(clause, step) >>> k;
    if (alive === 0) return false;
    // A step that may pass consumes one term when it does (oneTerm), whether or not the test was exact.
    if (!step.oneTerm) return true;
    // A matched first half of a contraction may skip its second (contraction-skip.js).
    if (step.kind === "term" && (alive & (clause.implicit >>> k)) !== 0) return true;
    if (step.kind !== "term" && step.reg.end === true) alive &= (1 << (length - 1)) >>> k;
  }
  return alive !== 0;
}
