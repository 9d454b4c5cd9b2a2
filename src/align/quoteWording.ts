/**
 * Same words or changed words: compares a later printing of a quotation with an earlier one, word by word, the way a
 * fact-checker reads them. Quoting only part of a statement is not changing it; dropping words from its middle
 * without an ellipsis, joining two of its pieces into one, swapping a word, or stopping it mid-sentence with a full
 * stop is. Punctuation, typography and letter case are not words ("U.S." is "US"; capitals for emphasis, "cada vez
 * MAIS FELIZ", are the words written small), except that an acronym written small ("US" → "Us") is another word. Pure.
 */
import { contrastTest } from "../core/contrasts.ts";
import { negationTest, negationWordsOf } from "../core/negations.ts";
import type { Span } from "../core/spans.ts";
import { escapeRegExp } from "../core/text.ts";
import { myersScript } from "./diff.ts";
import { abbreviatedAlike, sameLettersRunTogether, type PrintedWord } from "./folding.ts";
import { tokenNorms, tokenize } from "./tokens.ts";

/** One quoted word: folded for comparison, with its place in the body and the piece of quotation it stands in. */
interface QuoteToken extends Span {
  norm: string;
  raw: string;
  piece: number;
  /** Set where an editor set the word into the quotation (EDITORIAL_INSERTION). */
  inserted?: true;
}

/** How a later printing of a quotation relates to an earlier one. */
export interface WordingComparison {
  /** True when every word the two share stands unchanged and nothing was silently dropped, joined or added between them. */
  same: boolean;
  /** Where the shared stretch lies in each body: from the first word both print to the last (what the later kept). */
  later: Span;
  earlier: Span;
  /** Words the two print alike. */
  sharedWords: number;
  /** What changed, in plain words ("'bred' → 'born'", "dropped 'on the list'"), empty when `same`. */
  changes: string[];
}

// An ellipsis, bare or bracketed, marks words left out on purpose: the quotation says it was cut.
const ELLIPSIS = /…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)/u;
// A full stop, or a question or exclamation mark, after the last word; three stops in a row are an ellipsis (ELLIPSIS), a cut.
const SENTENCE_END = /^[\s"'”’»」』]*(?:[!?]|\.(?!\.\.))/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
// Acronyms that spell a word of the language when written small ("US" / "us", "WHO" / "who", "IT" / "it") are short;
// a longer word in capitals written small is still read as itself ("UNICEF" / "Unicef", "NEVER" / "never").
const WORDLIKE_ACRONYM_LETTERS = 4;

/**
 * True when `word`, printed in capitals, is an acronym that written small would be another word: a short run of capitals
 * ("US", "WHO") standing among words that are not in capitals. A word in capitals next to another one (a phrase or a
 * line set in capitals for emphasis, "cada vez MAIS FELIZ") or a long one ("NEVER") is a word shouted, not an acronym.
 * `before` and `after`: the words printed on either side of it, if any.
 */
export function isWordlikeAcronym(word: string, before?: string, after?: string): boolean {
  const letters = word.replace(/\./g, "");
  if (!ACRONYM.test(letters) || letters.length > WORDLIKE_ACRONYM_LETTERS) return false;
  const inCapitals = (w: string | undefined) => w !== undefined && ACRONYM.test(w.replace(/[^\p{L}]/gu, ""));
  return !inCapitals(before) && !inCapitals(after);
}
// What may stand between a quotation's last printed word and the turn it was cut before: a comma, a dash, a space.
const CLAUSE_GAP = /^[\s,;:–—-]*/u;
// A negation that opens a short tail takes back what came before ("… a cure — not yet."); a longer clause opened by one
// says something of its own.
const NEGATING_TAIL_WORDS = 4;

/**
 * Whether a word is the language's negation ("nu", "not", "nicht"): written in capitals in one printing ("Premierul NU a
 * fost implicat"), it is the negation shouted, which no acronym is.
 */
function isNegation(word: string, language: string | undefined): boolean {
  const words = language === undefined ? undefined : negationWordsOf(language);
  if (!words) return false;
  const m = negationTest(words).exec(word);
  return m !== null && m.index === 0 && m[0].length === word.length;
}

/** The words of a sentence's tail after the gap where a printing stopped ("…, but it isn't" → "but it isn't"). */
export function tailWords(tail: string): string {
  return tail.replace(CLAUSE_GAP, "").trim();
}

/**
 * True when `tail` (the rest of a sentence after where a later printing stopped) opens with a turn against what came
 * before in `language`: a contrastive word ("but it isn't", "pero no lo es") or, in a short tail, a negation ("not
 * yet"). Cutting there keeps what the speaker took back.
 */
export function turnsAgainst(tail: string, language: string | undefined): boolean {
  const words = negationWordsOf(language ?? "en");
  if (!words) return false;
  const rest = tail.slice(CLAUSE_GAP.exec(tail)?.[0].length ?? 0);
  if (rest === "") return false;
  if (rest.search(contrastTest(words.language)) === 0) return true;
  return rest.search(negationTest(words)) === 0 && tokenize(rest).length <= NEGATING_TAIL_WORDS;
}

/**
 * Words an editor set into a quotation: anything in square brackets ("the ferry [from Port Lessing] will sail"), and one
 * word in round brackets before the quotation reads on ("(Of) those who were killed"), as some papers mark theirs.
 * They are not the speaker's, so a printing with them says the same as one without; where both printings set words in,
 * those are compared as any others (two editors who glossed a place differently changed what the quotation says).
 */
const EDITORIAL_INSERTION = /\[[^\[\]\n]{1,60}\]|\(\p{L}+\)(?=\s+\p{L})/gu;

/** The spans of `text` an editor inserted (EDITORIAL_INSERTION), an ellipsis in brackets excepted: that marks a cut. */
function editorialInsertions(text: string): Span[] {
  return [...text.matchAll(EDITORIAL_INSERTION)].filter((m) => !ELLIPSIS.test(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The quoted words of `pieces`, in order; initials with stops ("U.S.", "U.N.") are one word, as their writers mean. */
export function quoteTokens(body: string, pieces: readonly Span[]): QuoteToken[] {
  const out: QuoteToken[] = [];
  let skipCent = false;
  pieces.forEach((piece, index) => {
    const text = body.slice(piece.start, piece.end);
    const inserted = editorialInsertions(text);
    for (const t of tokenize(text)) {
      const editorial = inserted.some((s) => t.start >= s.start && t.end <= s.end);
      const raw = text.slice(t.start, t.end);
      const start = piece.start + t.start;
      const end = piece.start + t.end;
      const prev = out[out.length - 1];
      // "U.S." tokenises as "u", "s": join single capitals linked by stops into the acronym they spell.
      if (prev && prev.piece === index && /^\p{Lu}+$/u.test(prev.raw.replace(/\./g, "")) && /^\p{Lu}$/u.test(raw) && body.slice(prev.end, start) === "." && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(prev.raw)) {
        prev.raw += `.${raw}`;
        prev.norm += t.norm;
        prev.end = end;
        continue;
      }
      // "12 per cent", "12 percent" and "12%" are one figure written three ways: the word after a number is its sign.
      if (prev && prev.piece === index && /^\p{N}/u.test(prev.norm) && (t.norm === "percent" || (t.norm === "per" && /^\s+cent\b/iu.test(text.slice(t.end))))) {
        prev.end = t.norm === "per" ? end + (/^\s+cent/iu.exec(text.slice(t.end))?.[0].length ?? 0) : end;
        skipCent = t.norm === "per";
        continue;
      }
      if (skipCent && t.norm === "cent") {
        skipCent = false;
        continue;
      }
      skipCent = false;
      out.push({ norm: t.norm, raw, start, end, piece: index, ...(editorial ? { inserted: true as const } : {}) });
    }
  });
  // A lone initial joined above keeps its stops in `raw`; compare acronyms without them.
  for (const t of out) if (t.raw.includes(".")) t.raw = t.raw.replace(/\./g, "");
  return out;
}

// The quoted words of each (body, pieces) read once: one printing of a quotation is compared with every other printing
// of it (at wire scale, each of a story's copies with each other). Only read by compareWording; kept by body, and
// started afresh when this many are held, like the fold memo.
const QUOTE_TOKENS_LIMIT = 100_000;
let quoteTokensMemo = new Map<string, Map<string, readonly QuoteToken[]>>();
let quoteTokensHeld = 0;

function quoteTokensOnce(body: string, pieces: readonly Span[]): readonly QuoteToken[] {
  let byPieces = quoteTokensMemo.get(body);
  const key = pieces.map((p) => `${p.start}:${p.end}`).join(",");
  const hit = byPieces?.get(key);
  if (hit) return hit;
  const tokens = quoteTokens(body, pieces);
  if (quoteTokensHeld >= QUOTE_TOKENS_LIMIT) {
    quoteTokensMemo = new Map();
    quoteTokensHeld = 0;
    byPieces = undefined;
  }
  if (!byPieces) quoteTokensMemo.set(body, (byPieces = new Map()));
  byPieces.set(key, tokens);
  quoteTokensHeld++;
  return tokens;
}

/** The two printings' words, without an editor's insertions where only one printing has any. */
function withoutOneSidedInsertions(earlier: readonly QuoteToken[], later: readonly QuoteToken[]): [readonly QuoteToken[], readonly QuoteToken[]] {
  const inEarlier = earlier.some((t) => t.inserted);
  const inLater = later.some((t) => t.inserted);
  if (inEarlier === inLater) return [earlier, later];
  return inEarlier ? [earlier.filter((t) => !t.inserted), later] : [earlier, later.filter((t) => !t.inserted)];
}

/** U+FFFD: where the received copy lost a character in transit (bytes of another encoding read as UTF-8). */
export const LOST = "\uFFFD";
const LOST_RUN = /^\uFFFD+$/u;

/** The number of lost characters in `body` right before `at` (backward) or from `at` on (forward). */
function lostAt(body: string, at: number, backward: boolean): number {
  let n = 0;
  while (body[backward ? at - 1 - n : at + n] === LOST) n++;
  return n;
}

/**
 * The words of one printing with the letters its copy lost restored from the other printing. A word with lost
 * characters is split by the tokenizer ("not\uFFFDcias" → "not", "cias") or dropped ("\uFFFD" for "à"); it is the other
 * printing's word that has its letters and one letter for each lost character ("noticias"), when exactly one word there
 * does, or exactly one that also stands after the same word. Encoding damage is not a changed word. Pure.
 */
function restoreLost(body: string, tokens: readonly QuoteToken[], other: readonly QuoteToken[]): readonly QuoteToken[] {
  if (!body.includes(LOST)) return tokens;
  const letters = (n: number) => (n > 0 ? `[\\p{L}\\p{N}]{${n}}` : "");
  // The one word of `other` a damaged word can be: by its letters, then by the word before it.
  const pick = (pattern: RegExp, before: string | undefined): string | undefined => {
    const at = other.flatMap((t, k) => (pattern.test(t.norm) ? [k] : []));
    const norms = new Set(at.map((k) => other[k]!.norm));
    if (norms.size === 1) return [...norms][0];
    const after = new Set(at.filter((k) => k > 0 && other[k - 1]!.norm === before).map((k) => other[k]!.norm));
    return after.size === 1 ? [...after][0] : undefined;
  };
  const out: QuoteToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    // A word dropped whole: lost characters alone between this word and the one before.
    const prev = out[out.length - 1];
    const gap = prev && prev.piece === first.piece ? body.slice(prev.end, first.start) : "";
    if (prev && /^[\s\p{P}]+\uFFFD+[\s\p{P}]+$/u.test(gap)) {
      const n = gap.replace(/[^\uFFFD]/gu, "").length;
      const norm = pick(new RegExp(`^${letters(n)}$`, "u"), prev.norm);
      const from = body.indexOf(LOST, prev.end);
      if (norm !== undefined) out.push({ norm, raw: LOST.repeat(n), start: from, end: from + n, piece: first.piece });
    }
    // A word split at lost characters: the tokens joined by nothing but them, with those at its edges.
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.piece === first.piece && LOST_RUN.test(body.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
    const last = tokens[j]!;
    const lead = lostAt(body, first.start, true);
    const trail = lostAt(body, last.end, false);
    if (j === i && lead === 0 && trail === 0) {
      out.push(first);
      i++;
      continue;
    }
    let source = letters(lead);
    for (let k = i; k <= j; k++) source += escapeRegExp(tokens[k]!.norm) + (k < j ? letters(tokens[k + 1]!.start - tokens[k]!.end) : "");
    source += letters(trail);
    const norm = pick(new RegExp(`^${source}$`, "u"), out[out.length - 1]?.norm);
    if (norm === undefined) {
      out.push(...tokens.slice(i, j + 1));
    } else {
      const start = first.start - lead;
      const end = last.end + trail;
      out.push({ norm, raw: body.slice(start, end), start, end, piece: first.piece });
    }
    i = j + 1;
  }
  return out;
}

// A run of fewer shared words than this at either end, cut off from the rest by words only one side prints, is a
// chance match ("the" of another sentence of a long statement), not where the excerpt begins or ends.
const EDGE_RUN_WORDS = 3;
const EDGE_GAP_WORDS = 2;
// Between its first and last shared word, a repeated quotation keeps at least this share of the later printing's words, in runs.
const MIN_DENSITY = 0.6;

/** First and last step of the stretch both printings share, chance matches at its ends left out; undefined when none. */
function sharedCore(script: readonly string[]): [number, number] | undefined {
  const runs: [number, number][] = [];
  for (let s = 0; s < script.length; s++) {
    if (script[s] !== "=") continue;
    let t = s;
    while (t + 1 < script.length && script[t + 1] === "=") t++;
    runs.push([s, t]);
    s = t;
  }
  if (runs.length === 0) return undefined;
  const weak = (r: [number, number]) => r[1] - r[0] + 1 < EDGE_RUN_WORDS;
  const oneSided = (from: number, to: number) => {
    const gap = script.slice(from, to);
    return gap.length >= EDGE_GAP_WORDS && (!gap.includes("-") || !gap.includes("+"));
  };
  let a = 0;
  let b = runs.length - 1;
  // Both printings opening alike is the quotation's opening, not a chance match: "This is [an association, not] proof …".
  const opensBoth = runs[0]![0] === 0;
  while (a < b && !(a === 0 && opensBoth) && weak(runs[a]!) && oneSided(runs[a]![1] + 1, runs[a + 1]![0])) a++;
  while (b > a && weak(runs[b]!) && oneSided(runs[b - 1]![1] + 1, runs[b]![0])) b--;
  return [runs[a]![0], runs[b]![1]];
}

/** Fewest words a printing found whole inside the other must have to be aligned there: fewer may be a chance phrase. */
const WHOLE_RUN_WORDS = 6;

/**
 * The edit script that aligns the shorter printing's words, all of them in one run, where that run stands in the
 * longer one ("Y me han quitado el teléfono … mucho" at the end of a long voice message that says "me han quitado el
 * teléfono" twice): the other's words before and after it are what the excerpt leaves out, none inside it. Undefined
 * where neither printing holds the other's words whole in one run. Pure.
 */
export function wholeRunScript(earlier: readonly string[], later: readonly string[]): string | undefined {
  const [short, long] = later.length <= earlier.length ? [later, earlier] : [earlier, later];
  if (short.length < WHOLE_RUN_WORDS || short.length === long.length) return undefined;
  const at = findRun(long, short);
  if (at < 0) return undefined;
  const outside = short === later ? "-" : "+";
  return outside.repeat(at) + "=".repeat(short.length) + outside.repeat(long.length - at - short.length);
}

/** Where `run` first stands whole in `words`, or -1. */
export function findRun(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) {
    let k = 0;
    while (k < run.length && words[i + k] === run[k]) k++;
    if (k === run.length) return i;
  }
  return -1;
}

/**
 * The later printing's words put back in the earlier one's order where a block of them only changed place: dropped at
 * one spot and printed, the same words in the same order, on the other side of one run of shared words ("ستدفع
 * تيسارا" → "تيسارا ستدفع", "next year we will" → "we will next year"). Word order is the grammar of the language a
 * quotation is printed in (a verb before or after its subject), not the speaker's words — unless a negation moves,
 * which moves what it denies ("is not a cure, it is a start" → "is a cure, it is not a start"). Undefined when no
 * block moved.
 */
function undoMoves(script: string, e: readonly QuoteToken[], l: readonly QuoteToken[], language: string | undefined): QuoteToken[] | undefined {
  // The script as runs: of shared words, of dropped words only, of added words only, or of both ("±").
  const runs: { op: string; from: number; to: number; ei: number; li: number }[] = [];
  let ei = 0;
  let li = 0;
  for (let s = 0; s < script.length; ) {
    const equal = script[s] === "=";
    let t = s + 1;
    while (t < script.length && (script[t] === "=") === equal) t++;
    const part = script.slice(s, t);
    const dropped = [...part].filter((op) => op !== "+").length;
    const added = [...part].filter((op) => op !== "-").length;
    runs.push({ op: new Set(part).size === 1 ? part[0]! : "±", from: s, to: t, ei, li });
    ei += dropped;
    li += added;
    s = t;
  }
  const words = (r: (typeof runs)[number]) => (r.op === "-" ? e.slice(r.ei, r.ei + r.to - r.from) : l.slice(r.li, r.li + r.to - r.from));
  const negation = negationWordsOf(language ?? "en");
  // For each moved run, the later words to print where its earlier words stand (nothing where the later printing put them).
  const putBack = new Map<number, readonly QuoteToken[]>();
  for (let k = 0; k + 2 < runs.length; k++) {
    const [a, between, b] = [runs[k]!, runs[k + 1]!, runs[k + 2]!];
    if (between.op !== "=" || !((a.op === "-" && b.op === "+") || (a.op === "+" && b.op === "-"))) continue;
    const wa = words(a);
    const wb = words(b);
    if (wa.length !== wb.length || wa.some((w, i) => w.norm !== wb[i]!.norm)) continue;
    if (negation && negationTest(negation).test(wa.map((w) => w.raw).join(" "))) continue;
    const laterWords = a.op === "+" ? wa : wb;
    putBack.set(a.op === "-" ? k : k + 2, laterWords);
    putBack.set(a.op === "-" ? k + 2 : k, []);
    k += 2;
  }
  if (putBack.size === 0) return undefined;
  return runs.flatMap((r, k) => putBack.get(k) ?? (r.op === "-" ? [] : l.slice(r.li, r.li + [...script.slice(r.from, r.to)].filter((op) => op !== "-").length)));
}

/** The runs of shared words (steps "=") from step `first` to step `last` of an alignment, each as its first and last step. */
function sharedRuns(steps: readonly { op: string }[], first: number, last: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let s = first; s <= last; s++) {
    if (steps[s]!.op !== "=") continue;
    let t = s;
    while (t + 1 <= last && steps[t + 1]!.op === "=") t++;
    runs.push([s, t]);
    s = t;
  }
  return runs;
}

/**
 * Compares the later printing (`later` pieces of `laterBody`) with the earlier one. Returns undefined when the two
 * share no word, or only scattered words (not one statement). Words only one side prints before the first or after the last shared word are a shorter or longer
 * excerpt, not a change — unless the later one closes a sentence the earlier one goes on with.
 */
export function compareWording(earlierBody: string, earlier: readonly Span[], laterBody: string, later: readonly Span[], earlierLanguage?: string): WordingComparison | undefined {
  const [earlierWords, laterWords] = withoutOneSidedInsertions(quoteTokensOnce(earlierBody, earlier), quoteTokensOnce(laterBody, later));
  const e = restoreLost(earlierBody, earlierWords, laterWords);
  let l = restoreLost(laterBody, laterWords, e);
  // One printing's words found whole, in one run, inside the other's are an excerpt of it, printed faithfully: aligned
  // there (wholeRunScript), not where the shortest edit script first meets each word, which may match the excerpt's
  // opening words to an earlier place the long quotation says them too and read the words between as dropped.
  const whole = wholeRunScript(
    e.map((t) => t.norm),
    l.map((t) => t.norm),
  );
  let script =
    whole ??
    myersScript(
      e.map((t) => t.norm),
      l.map((t) => t.norm),
    );
  const reordered = whole ? undefined : undoMoves(script, e, l, earlierLanguage);
  if (reordered) {
    l = reordered;
    script = myersScript(
      e.map((t) => t.norm),
      l.map((t) => t.norm),
    );
  }
  // Walk the script once, noting for each step the earlier and later word it stands on.
  const steps: { op: string; ei: number; li: number }[] = [];
  let ei = 0;
  let li = 0;
  for (const op of script) {
    steps.push({ op, ei, li });
    if (op !== "+") ei++;
    if (op !== "-") li++;
  }
  const core = sharedCore(steps.map((x) => x.op));
  if (!core) return undefined;
  const [firstEq, lastEq] = core;
  // Words left out where the later printing says so (an ellipsis) or where it breaks the quotation itself ("…," she
  // said. "…") are a cut the reader can see: between two runs of shared words, a stretch the later one only drops
  // from (a chance match of a small word inside it aside) is excused when its text shows the cut there.
  const excused = new Set<number>();
  const runs = sharedRuns(steps, firstEq, lastEq);
  const strong = runs.filter(([s, t]) => t - s + 1 >= EDGE_RUN_WORDS || s === firstEq || t === lastEq);
  for (let k = 0; k + 1 < strong.length; k++) {
    const from = strong[k]![1] + 1;
    const to = strong[k + 1]![0];
    if (from >= to || steps.slice(from, to).some((x) => x.op === "+")) continue;
    const before = l[steps[from - 1]!.li]!;
    const after = l[steps[to]!.li]!;
    if (before.piece !== after.piece || ELLIPSIS.test(laterBody.slice(before.end, after.start))) for (let x = from; x < to; x++) excused.add(x);
  }
  const changes: string[] = [];
  let sharedWords = 0;
  for (let s = firstEq; s <= lastEq; ) {
    const step = steps[s]!;
    if (excused.has(s)) {
      s++;
      continue;
    }
    if (step.op === "=") {
      sharedWords++;
      const a = e[step.ei]!;
      const b = l[step.li]!;
      // Only an acronym written small changes the word; capitals for emphasis do not (isWordlikeAcronym).
      const capitalA = ACRONYM.test(a.raw);
      // Asked only of a word in capitals on one side alone: the scan of both printings below is the costly part, and a
      // word written alike on both sides (nearly every shared word) needs none.
      if (capitalA !== ACRONYM.test(b.raw)) {
        // A word the quotation also prints small elsewhere ("This FAKE news … these fake rumours") is that word shouted.
        const small = (capitalA ? a.raw : b.raw).toLowerCase();
        const writtenSmallToo = e.some((t, i) => i !== step.ei && t.raw === small) || l.some((t, i) => i !== step.li && t.raw === small);
        if (!writtenSmallToo && !isNegation(small, earlierLanguage) && (capitalA ? isWordlikeAcronym(a.raw, e[step.ei - 1]?.raw, e[step.ei + 1]?.raw) : isWordlikeAcronym(b.raw, l[step.li - 1]?.raw, l[step.li + 1]?.raw))) changes.push(`'${a.raw}' → '${b.raw}'`);
      }
      s++;
      continue;
    }
    // A run of changed words between two shared ones.
    let t = s;
    while (t <= lastEq && steps[t]!.op !== "=" && !excused.has(t)) t++;
    const run = steps.slice(s, t);
    const droppedTokens = run.filter((x) => x.op === "-").map((x) => e[x.ei]!);
    const addedTokens = run.filter((x) => x.op === "+").map((x) => l[x.li]!);
    const dropped = droppedTokens.map((w) => w.raw);
    const added = addedTokens.map((w) => w.raw);
    // Words the later printing quotes that the earlier article prints at that very place, between the two shared words,
    // outside the marks its reading found (a quotation nesting others in the same marks, "„… казаха: "…" Попитах: "…"“",
    // read as the inner ones only) are words both print: no change of wording.
    if (dropped.length === 0 && t <= lastEq && sameWords(tokenNorms(earlierBody.slice(e[steps[s - 1]!.ei]!.end, e[steps[t]!.ei]!.start)), addedTokens)) {
      sharedWords += added.length;
      s = t;
      continue;
    }
    // Words written joined on one side and apart on the other are the same words (sameLettersRunTogether).
    if (dropped.length > 0 && added.length > 0 && sameLettersRunTogether(droppedTokens.map((w) => w.norm), addedTokens.map((w) => w.norm))) {
      sharedWords += Math.min(dropped.length, added.length);
      s = t;
      continue;
    }
    // A word one printing abbreviates and the other writes out is the same word (abbreviatedAlike).
    if (dropped.length > 0 && added.length > 0 && abbreviatedAlike(printedWords(earlierBody, droppedTokens), printedWords(laterBody, addedTokens))) {
      sharedWords += Math.min(dropped.length, added.length);
      s = t;
      continue;
    }
    if (dropped.length > 0 && added.length > 0) changes.push(`'${dropped.join(" ")}' → '${added.join(" ")}'`);
    else if (dropped.length > 0) changes.push(`dropped '${dropped.join(" ")}'`);
    else changes.push(`added '${added.join(" ")}'`);
    s = t;
  }
  const lastE = e[steps[lastEq]!.ei]!;
  const lastL = l[steps[lastEq]!.li]!;
  // A quotation stopped with a full stop where the statement goes on in the same sentence ("any nation." for "any
  // nation that strives …") passes a fragment off as the whole.
  const earlierGoesOn = steps.slice(lastEq + 1).some((x) => x.op === "-") && /^[\s,;]*\p{Ll}/u.test(earlierBody.slice(lastE.end, lastE.end + 40)) && e[steps[lastEq]!.ei + 1]?.piece === lastE.piece;
  if (earlierGoesOn && SENTENCE_END.test(laterBody.slice(lastL.end, Math.min(lastL.end + 4, later[lastL.piece]!.end + 1)))) changes.push(`stopped at '${lastL.raw}' where the statement goes on`);
  else if (steps.slice(lastEq + 1).some((x) => x.op === "-") && !steps.slice(lastEq + 1).some((x) => x.op === "+")) {
    // Stopped, however punctuated, just before the sentence turns against itself ("… a cure, [but it isn't]"): the
    // excerpt says what the speaker went on to take back.
    let rest = earlierBody.slice(lastE.end, earlier[lastE.piece]!.end);
    // A quotation broken by its attribution after that word ("… a cure," she said, "but …") goes on in its next piece.
    const next = earlier[lastE.piece + 1];
    if (next && !/[\p{L}\p{N}.!?…]/u.test(rest)) rest = earlierBody.slice(next.start, next.end);
    const sentenceEnd = /[.!?…]/u.exec(rest);
    const tail = rest.slice(0, sentenceEnd ? sentenceEnd.index : rest.length);
    if (turnsAgainst(tail, earlierLanguage)) changes.push(`stopped before '${tailWords(tail)}'`);
  }
  // Both printings go on, each in its own words, straight after the last word they share, inside the same quotation:
  // the later one rewrote the ending ("fine in Istanbul, but [in football you never know]" → "… but [he wants to take
  // the leap]"), which is no shorter or longer excerpt. Only a quotation both open alike: what they share is its start.
  // An ending the earlier article prints right after the last shared word, outside the marks its reading found, is the
  // same ending (read as far as a remembered comparison reads, compareWordingByText).
  const earlierGoesOnAlike = (added: readonly QuoteToken[]) =>
    sameWords(tokenNorms(earlierBody.slice(lastE.end, Math.min(earlierBody.length, Math.max(...earlier.map((p) => p.end)) + EARLIER_READ_PAST))).slice(0, added.length), added);
  const rewritten = rewrittenEnding(steps.slice(lastEq + 1), e, l, lastE, lastL, steps[firstEq]!.ei === 0 && steps[firstEq]!.li === 0);
  const ending = rewritten && !earlierGoesOnAlike(rewritten.added) ? rewritten : undefined;
  if (ending) changes.push(`'${ending.dropped.map((t) => t.raw).join(" ")}' → '${ending.added.map((t) => t.raw).join(" ")}'`);
  // A chance match left out at the start may still be the excerpt's first word ("The" before "Valley Post").
  let fe = steps[firstEq]!.ei;
  let fl = steps[firstEq]!.li;
  while (fe > 0 && fl > 0 && e[fe - 1]!.norm === l[fl - 1]!.norm && e[fe - 1]!.piece === e[fe]!.piece && l[fl - 1]!.piece === l[fl]!.piece) {
    fe--;
    fl--;
    sharedWords++;
  }
  const firstE = e[fe]!;
  const firstL = l[fl]!;
  // Two long texts share small words by chance; a quotation printed again keeps most of the later printing's words in
  // runs (two pieces of a long statement joined still do; the earlier side may have dropped any length between them).
  let inRuns = steps[firstEq]!.li - fl;
  for (const [s, t] of runs) if (t - s + 1 >= EDGE_RUN_WORDS) inRuns += t - s + 1;
  if (inRuns < MIN_DENSITY * (steps[lastEq]!.li - fl + 1)) return undefined;
  // Words put back in the earlier order (undoMoves) may stand anywhere in the later printing's stretch.
  const kept = l.slice(fl, steps[lastEq]!.li + 1);
  const laterStart = reordered ? Math.min(...kept.map((t) => t.start)) : firstL.start;
  const laterEnd = ending ? ending.added[ending.added.length - 1]!.end : reordered ? Math.max(...kept.map((t) => t.end)) : lastL.end;
  const earlierEnd = ending ? ending.dropped[ending.dropped.length - 1]!.end : lastE.end;
  return { same: changes.length === 0, later: { start: laterStart, end: laterEnd }, earlier: { start: firstE.start, end: earlierEnd }, sharedWords, changes };
}

/** Quoted words as abbreviatedAlike reads them: each with whether a full stop follows it in `body`. */
function printedWords(body: string, tokens: readonly QuoteToken[]): PrintedWord[] {
  return tokens.map((t) => ({ norm: t.norm, raw: t.raw, stopAfter: body[t.end] === "." }));
}

/** Whether folded words `norms` are the words of `tokens`, one for one. */
function sameWords(norms: readonly string[], tokens: readonly QuoteToken[]): boolean {
  return norms.length === tokens.length && norms.every((n, i) => n === tokens[i]!.norm);
}

/** Words each printing must go on with after the last shared one for its ending to count as rewritten. */
const ENDING_WORDS = 2;

/**
 * The earlier printing's ending and the later's, where both go on straight after their last shared word, in the same
 * quotation piece, with at least ENDING_WORDS words only each prints, and both printings open alike (`opensAlike`).
 */
function rewrittenEnding(tail: readonly { op: string; ei: number; li: number }[], e: readonly QuoteToken[], l: readonly QuoteToken[], lastE: QuoteToken, lastL: QuoteToken, opensAlike: boolean): { dropped: QuoteToken[]; added: QuoteToken[] } | undefined {
  if (!opensAlike || tail.some((x) => x.op === "=")) return undefined;
  const dropped = tail.filter((x) => x.op === "-").map((x) => e[x.ei]!).filter((t) => t.piece === lastE.piece);
  const added = tail.filter((x) => x.op === "+").map((x) => l[x.li]!).filter((t) => t.piece === lastL.piece);
  if (dropped.length < ENDING_WORDS || added.length < ENDING_WORDS) return undefined;
  // Straight after: the first word of each ending is the next word of its printing.
  if (dropped[0] !== e[e.indexOf(lastE) + 1] || added[0] !== l[l.indexOf(lastL) + 1]) return undefined;
  return { dropped, added };
}

/** Characters past its last piece that `compareWording` reads of the earlier body: whether the statement goes on. */
const EARLIER_READ_PAST = 40;
/** Characters past its last piece that `compareWording` reads of the later body: a full stop right after it. */
export const LATER_READ_PAST = 1;

/** The stretch of `body` a comparison reads around `pieces` (from the first piece to `past` characters after the last), with the pieces in its coordinates. */
function readStretch(body: string, pieces: readonly Span[], past: number): { from: number; text: string; pieces: Span[] } {
  let from = Number.POSITIVE_INFINITY;
  let to = 0;
  for (const p of pieces) {
    from = Math.min(from, p.start);
    to = Math.max(to, p.end);
  }
  return { from, text: body.slice(from, Math.min(body.length, to + past)), pieces: pieces.map((p) => ({ start: p.start - from, end: p.end - from })) };
}

/** A comparison's spans moved by `earlier` and `later` characters. */
function shifted(c: WordingComparison, earlier: number, later: number): WordingComparison {
  return { ...c, later: { start: c.later.start + later, end: c.later.end + later }, earlier: { start: c.earlier.start + earlier, end: c.earlier.end + earlier } };
}

/**
 * `compareWording`, remembered by the text it reads: the pieces, from the first to a few characters after the last, of
 * each body, and the language. A story reprinted by many sites prints each quotation alike in many of them, and every
 * printing of it is compared with every other: a comparison of two texts already compared (anywhere in the case) is
 * the same comparison, moved to where these two stand. Bodies where the received copy lost characters are compared
 * in full (restoring a lost letter reads around it and the other printing's words), as are pieces with no place.
 * For one run: the memo lives as long as the function returned.
 */
export function compareWordingByText(): typeof compareWording {
  const memo = new Map<string, WordingComparison | undefined>();
  const lostIn = new Map<string, boolean>();
  const damaged = (body: string) => lostIn.get(body) ?? (lostIn.set(body, body.includes(LOST)), lostIn.get(body)!);
  return (earlierBody, earlier, laterBody, later, earlierLanguage) => {
    if (earlier.length === 0 || later.length === 0 || [...earlier, ...later].some((p) => p.start < 0 || p.end < p.start) || damaged(earlierBody) || damaged(laterBody)) return compareWording(earlierBody, earlier, laterBody, later, earlierLanguage);
    const e = readStretch(earlierBody, earlier, EARLIER_READ_PAST);
    const l = readStretch(laterBody, later, LATER_READ_PAST);
    const where = (s: { pieces: Span[] }) => s.pieces.map((p) => `${p.start}:${p.end}`).join(",");
    const key = `${earlierLanguage ?? ""}\u0000${where(e)}\u0000${where(l)}\u0000${e.text}\u0000${l.text}`;
    let found = memo.get(key);
    if (found === undefined && !memo.has(key)) memo.set(key, (found = compareWording(e.text, e.pieces, l.text, l.pieces, earlierLanguage)));
    return found && shifted(found, e.from, l.from);
  };
}
