/**
 * Literal strings a regular expression cannot match without: `requiredLiterals(source, flags)` gives a few strings such
 * that every match of the expression contains at least one of them, or undefined when it cannot tell. A text holding none
 * of them has no match, which `includes` finds far faster than a scan does (most frame rules open with a long name pattern
 * or a lookbehind, which the regular expression engine tries at every character), and an expression that is never run
 * is never compiled either (a language's frame rules took ~0.5 s to compile in each thread).
 *
 * Sound by construction: only characters a match consumes are read into literals (lookarounds and other assertions
 * consume nothing, so they join their neighbours); anything the reader does not know as one fixed character (classes
 * with ranges or properties, escapes such as \s or \p{L}, backreferences, optional or repeated parts) ends a literal.
 * Expressions with the i flag, or without u (whose older escape rules are not read here), are left alone.
 */

/** What one part of an expression is known to match: `exact`, every string it can match (when few); `must`, strings one of which each of its matches contains. */
interface Known {
  exact?: Set<string>;
  must?: Set<string>;
}

/** More strings than this in a set and it is dropped: a product of alternatives grows fast, and many short literals filter little. */
const MAX_STRINGS = 64;

const NOTHING: Known = {};
const EMPTY: Known = { exact: new Set([""]) };

/** The shortest string of a set: how selective the set is (a set holding "" requires nothing). */
function shortest(set: Set<string>): number {
  let min = Infinity;
  for (const s of set) min = Math.min(min, s.length);
  return min;
}

/** The more selective of two `must` sets: longer shortest strings first, then fewer strings. */
function better(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a || shortest(a) === 0) return b && shortest(b) > 0 ? b : undefined;
  if (!b || shortest(b) === 0) return a;
  const la = shortest(a);
  const lb = shortest(b);
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

function product(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_STRINGS) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

const QUANTIFIER = /\{(\d+)(?:(,)(\d*))?\}/y;
const HEX2 = /[0-9a-fA-F]{2}/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const HEX_BRACED = /\{([0-9a-fA-F]+)\}/y;

class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  /** The whole expression; throws on anything it does not expect (the caller then knows nothing). */
  read(): Known {
    const out = this.disjunction();
    if (this.i !== this.src.length) throw new Error("requiredLiterals: unexpected )");
    return out;
  }

  /** `re` (sticky) matched at the reading position, without copying the rest of the source (frame rules run to tens of kB). */
  private sticky(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    return re.exec(this.src);
  }

  private peek(): string {
    return this.src[this.i] ?? "";
  }

  /** Alternatives: each must give its set, and the union is the whole's. */
  private disjunction(): Known {
    const alternatives = [this.alternative()];
    while (this.peek() === "|") {
      this.i++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0] as Known;
    const union = (sets: (Set<string> | undefined)[]): Set<string> | undefined => {
      const out = new Set<string>();
      for (const s of sets) {
        if (!s) return undefined;
        for (const x of s) out.add(x);
      }
      return out.size <= MAX_STRINGS ? out : undefined;
    };
    const exact = union(alternatives.map((a) => a.exact));
    const must = union(alternatives.map((a) => better(a.must, a.exact)));
    return { ...(exact ? { exact } : {}), ...(must && shortest(must) > 0 ? { must } : {}) };
  }

  /** A sequence: runs of exact parts concatenate; the best of the runs and of the parts' own `must` sets is the sequence's. */
  private alternative(): Known {
    let run = new Set([""]);
    let allExact = true;
    let best: Set<string> | undefined;
    while (this.i < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const term = this.term();
      const joined = term.exact ? product(run, term.exact) : undefined;
      if (joined) {
        run = joined;
        continue;
      }
      // The run ends here: what it matched so far is one candidate, the part's own requirement another; a new run
      // starts with the part when it is exact (its product with the run was only too large), else after it.
      best = better(best, run);
      best = better(best, better(term.must, term.exact));
      allExact = false;
      run = term.exact ?? new Set([""]);
    }
    best = better(best, run);
    return { ...(allExact ? { exact: run } : {}), ...(best ? { must: best } : {}) };
  }

  /** An atom with its quantifier, or an assertion. */
  private term(): Known {
    const c = this.peek();
    if (c === "^" || c === "$") {
      this.i++;
      return EMPTY;
    }
    if (c === "(" && this.src.startsWith("(?=", this.i)) return this.lookaround(3);
    if (c === "(" && this.src.startsWith("(?!", this.i)) return this.lookaround(3);
    if (c === "(" && this.src.startsWith("(?<=", this.i)) return this.lookaround(4);
    if (c === "(" && this.src.startsWith("(?<!", this.i)) return this.lookaround(4);
    if (c === "\\" && (this.src[this.i + 1] === "b" || this.src[this.i + 1] === "B")) {
      this.i += 2;
      return EMPTY;
    }
    const atom = this.atom();
    return this.quantified(atom);
  }

  /** A lookaround consumes nothing: read past it. */
  private lookaround(open: number): Known {
    this.i += open;
    this.disjunction();
    this.expect(")");
    return EMPTY;
  }

  private expect(c: string): void {
    if (this.peek() !== c) throw new Error(`requiredLiterals: expected ${c} at ${this.i}`);
    this.i++;
  }

  private quantified(atom: Known): Known {
    const c = this.peek();
    let min: number;
    let max = Infinity;
    if (c === "*" || c === "?") {
      min = 0;
      if (c === "?") max = 1;
      this.i++;
    } else if (c === "+") {
      min = 1;
      this.i++;
    } else if (c === "{") {
      const m = this.sticky(QUANTIFIER);
      if (!m) throw new Error("requiredLiterals: bad quantifier");
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length;
    } else {
      return atom;
    }
    if (this.peek() === "?") this.i++;
    // Optional once ("reports?"): its strings or nothing. Repeated at least once: one copy's requirement stands.
    // Otherwise nothing is required.
    if (min === 0 && max === 1 && atom.exact) return { exact: new Set([...atom.exact, ""]) };
    if (min === 1 && max === 1) return atom;
    const must = better(atom.must, atom.exact);
    return min >= 1 && must ? { must } : NOTHING;
  }

  private atom(): Known {
    const c = this.peek();
    if (c === "(") {
      if (this.src.startsWith("(?:", this.i)) this.i += 3;
      else if (this.src.startsWith("(?<", this.i)) {
        const close = this.src.indexOf(">", this.i);
        if (close < 0) throw new Error("requiredLiterals: bad group name");
        this.i = close + 1;
      } else if (this.src.startsWith("(?", this.i)) throw new Error("requiredLiterals: unknown group");
      else this.i++;
      const inner = this.disjunction();
      this.expect(")");
      return inner;
    }
    if (c === "[") return this.characterClass();
    if (c === ".") {
      this.i++;
      return NOTHING;
    }
    if (c === "\\") return this.escape();
    if (c === ")" || c === "|" || c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]") throw new Error(`requiredLiterals: unexpected ${c}`);
    const cp = this.src.codePointAt(this.i) as number;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { exact: new Set([ch]) };
  }

  /** One fixed character an escape stands for, or undefined (a class escape, a backreference, …). Advances past it. */
  private escapedChar(inClass: boolean): string | undefined {
    const e = this.src[this.i + 1] ?? "";
    this.i += 2;
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v" };
    if (e in simple) return simple[e];
    if (e === "0" && !/\d/.test(this.src[this.i] ?? "")) return "\0";
    if (e === "x") {
      const m = this.sticky(HEX2);
      if (!m) throw new Error("requiredLiterals: bad \\x");
      this.i += 2;
      return String.fromCharCode(parseInt(m[0], 16));
    }
    if (e === "u") {
      const braced = this.sticky(HEX_BRACED);
      if (braced) {
        this.i += braced[0].length;
        return String.fromCodePoint(parseInt(braced[1] as string, 16));
      }
      const m = this.sticky(HEX4);
      if (!m) throw new Error("requiredLiterals: bad \\u");
      this.i += 4;
      // A surrogate pair written as two escapes is one character under u: too rare to read.
      const code = parseInt(m[0], 16);
      if (code >= 0xd800 && code <= 0xdfff) return undefined;
      return String.fromCharCode(code);
    }
    if (e === "p" || e === "P") {
      const close = this.src.indexOf("}", this.i);
      if (close < 0) throw new Error("requiredLiterals: bad \\p");
      this.i = close + 1;
      return undefined;
    }
    if (e === "k") {
      const close = this.src.indexOf(">", this.i);
      if (close < 0) throw new Error("requiredLiterals: bad \\k");
      this.i = close + 1;
      return undefined;
    }
    if (e === "c") {
      this.i++;
      return undefined;
    }
    if (/[dDwWsS]/.test(e)) return undefined;
    if (/[1-9]/.test(e)) {
      while (/\d/.test(this.src[this.i] ?? "")) this.i++;
      return undefined;
    }
    if (inClass && e === "b") return "\b";
    if (inClass && e === "-") return "-";
    // Under u only syntax characters and / may be escaped as themselves.
    if (/[\^$\\.*+?()[\]{}|/]/.test(e)) return e;
    throw new Error(`requiredLiterals: unknown escape \\${e}`);
  }

  private escape(): Known {
    const ch = this.escapedChar(false);
    return ch === undefined ? NOTHING : { exact: new Set([ch]) };
  }

  /** A class of a few listed characters ("[Aa]", "["“']") is exact; a negated class, a range or a class escape is not. */
  private characterClass(): Known {
    this.i++;
    let negated = false;
    if (this.peek() === "^") {
      negated = true;
      this.i++;
    }
    const chars = new Set<string>();
    let known = !negated;
    while (this.peek() !== "]") {
      if (this.i >= this.src.length) throw new Error("requiredLiterals: unclosed class");
      let ch: string | undefined;
      if (this.peek() === "\\") ch = this.escapedChar(true);
      else {
        ch = String.fromCodePoint(this.src.codePointAt(this.i) as number);
        this.i += ch.length;
      }
      // A range: "a-z" (a "-" first or last is itself).
      if (this.peek() === "-" && this.src[this.i + 1] !== "]") {
        this.i++;
        if (this.peek() === "\\") this.escapedChar(true);
        else this.i += String.fromCodePoint(this.src.codePointAt(this.i) as number).length;
        known = false;
        continue;
      }
      if (ch === undefined) known = false;
      else chars.add(ch);
    }
    this.i++;
    return known && chars.size > 0 && chars.size <= MAX_STRINGS ? { exact: chars } : NOTHING;
  }
}

/**
 * Strings one of which every match of `new RegExp(source, flags)` contains, or undefined when the expression is not read
 * here (i flag, no u flag, syntax this reader does not know) or requires no literal.
 */
export function requiredLiterals(source: string, flags: string): string[] | undefined {
  if (flags.includes("i") || !flags.includes("u")) return undefined;
  let known: Known;
  try {
    known = new Reader(source).read();
  } catch {
    return undefined;
  }
  const must = better(known.must, known.exact);
  return must && shortest(must) > 0 ? [...must] : undefined;
}

/** Whether `text` may hold a match: it holds one of the literals, or there are none to test. */
export function mayMatch(text: string, literals: readonly string[] | undefined): boolean {
  if (!literals) return true;
  for (const l of literals) if (text.includes(l)) return true;
  return false;
}

/**
 * Which of several expressions may match a text, from their literals: the literals (rules share many: "reported",
 * "said") are found in one pass over the text by an Aho–Corasick automaton over its UTF-16 code units, and an
 * expression is a candidate when the text holds one of its. The same answer as asking `text.includes` of each literal
 * (a literal is found exactly where it occurs as a substring), in one pass instead of one search per literal.
 */
export class LiteralIndex {
  private readonly literals: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Per literal, the expressions that hold it. */
  private readonly holders: number[][] = [];
  /** Expressions with no literals to test: always candidates. */
  private readonly untested: number[] = [];
  private count = 0;
  /** The automaton over the literals, built on the first search after the last `add`. */
  private automaton: LiteralAutomaton | undefined;
  /** Per literal, the last search that found it (a stamp instead of a set per search). */
  private seen = new Int32Array(0);
  private search = 0;

  /** Numbers the next expression by its literals (undefined: no test) and returns its number. */
  add(literals: readonly string[] | undefined): number {
    const expression = this.count++;
    this.automaton = undefined;
    if (!literals) this.untested.push(expression);
    for (const l of new Set(literals)) {
      let id = this.ids.get(l);
      if (id === undefined) {
        id = this.literals.push(l) - 1;
        this.ids.set(l, id);
        this.holders.push([]);
      }
      this.holders[id]?.push(expression);
    }
    return expression;
  }

  /** Per expression number, 1 when `text` may hold a match of it. */
  candidates(text: string): Uint8Array {
    const out = new Uint8Array(this.count);
    for (const e of this.untested) out[e] = 1;
    if (!this.automaton) {
      this.automaton = new LiteralAutomaton(this.literals);
      this.seen = new Int32Array(this.literals.length);
      this.search = 0;
    }
    if (this.search >= 2 ** 30) {
      this.seen.fill(0);
      this.search = 0;
    }
    const stamp = ++this.search;
    const seen = this.seen;
    this.automaton.scan(text, (id) => {
      if (seen[id] === stamp) return;
      seen[id] = stamp;
      for (const e of this.holders[id] as number[]) out[e] = 1;
    });
    return out;
  }
}

/**
 * An Aho–Corasick automaton over strings' UTF-16 code units, as a table of every state's move on every code unit the
 * strings use (a code unit they never use leads back to the start): `scan` reports the number of every string that
 * occurs in a text (a string occurring several times may be reported several times).
 */
class LiteralAutomaton {
  /** Per code unit, its column in `moves` plus one (0: not in any string). */
  private readonly column = new Uint16Array(65536);
  private readonly columns: number;
  /** State `s`'s move on the code unit of column `c`: `moves[s * columns + c]`. */
  private readonly moves: Int32Array;
  /** Per state, the strings ending there or at a state its failure links reach. */
  private readonly ends: number[][] = [[]];
  /** Strings found in any text (the empty string). */
  private readonly always: number[] = [];

  constructor(strings: readonly string[]) {
    // The trie, with a map of moves per state.
    const next: Map<number, number>[] = [new Map()];
    let columns = 0;
    strings.forEach((s, id) => {
      if (s.length === 0) {
        this.always.push(id);
        return;
      }
      let state = 0;
      for (let i = 0; i < s.length; i++) {
        const unit = s.charCodeAt(i);
        if (this.column[unit] === 0) this.column[unit] = ++columns;
        const c = (this.column[unit] as number) - 1;
        let to = (next[state] as Map<number, number>).get(c);
        if (to === undefined) {
          to = next.push(new Map()) - 1;
          this.ends.push([]);
          (next[state] as Map<number, number>).set(c, to);
        }
        state = to;
      }
      (this.ends[state] as number[]).push(id);
    });
    this.columns = columns;
    // Breadth first, each state's failure state (the longest proper suffix of its prefix that is a state's prefix) is
    // complete before the state's own; a move the trie lacks is the failure state's move.
    const moves = new Int32Array(next.length * columns);
    const fail = new Int32Array(next.length);
    const queue: number[] = [];
    for (const [c, to] of next[0] as Map<number, number>) {
      moves[c] = to;
      queue.push(to);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] as number;
      const f = fail[state] as number;
      for (let c = 0; c < columns; c++) {
        const to = (next[state] as Map<number, number>).get(c);
        if (to === undefined) {
          moves[state * columns + c] = moves[f * columns + c] as number;
          continue;
        }
        moves[state * columns + c] = to;
        fail[to] = moves[f * columns + c] as number;
        const inherited = this.ends[fail[to] as number] as number[];
        if (inherited.length > 0) this.ends[to] = [...(this.ends[to] as number[]), ...inherited];
        queue.push(to);
      }
    }
    this.moves = moves;
  }

  scan(text: string, found: (id: number) => void): void {
    for (const id of this.always) found(id);
    const { column, columns, moves, ends } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = column[text.charCodeAt(i)] as number;
      if (c === 0) {
        state = 0;
        continue;
      }
      state = moves[state * columns + c - 1] as number;
      const here = ends[state] as number[];
      for (let k = 0; k < here.length; k++) found(here[k] as number);
    }
  }
}
