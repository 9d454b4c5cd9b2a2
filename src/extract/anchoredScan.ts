/**
 * Scanning a text with an expression that opens with a long pattern (a name: up to six capitalised words, with
 * backtracking) is slow: the scan tries that pattern at every character. Every match of such an expression starts
 * where its head matches, so the places the head can start are found once per text (and shared by every expression with
 * the same head), and a sticky copy of the expression is tried at those places alone: the same leftmost matches, in
 * the same order, as the scan.
 */

/**
 * An expression whose matches all start with a match of `head`, kept only as its sticky copy `at` (its flags with y): the
 * scan it stands for is never run, and compiling a second copy of a name pattern cost a millisecond or more per thread.
 */
export interface AnchoredPattern {
  at: RegExp;
}

/** `source` compiled as an anchored pattern: `flags` must hold g (the scan's flags); the sticky copy adds y. */
export function anchoredPattern(source: string, flags: string): AnchoredPattern {
  if (!flags.includes("g")) throw new TypeError(`anchoredScan: flags "${flags}" need g`);
  return { at: new RegExp(source, `${flags}y`) };
}

/**
 * The offsets of `text` where `head` (sticky) matches, in order. Offsets step by code point, as a scan with the u flag
 * does; `head` must have the u flag (all the name patterns do), or a scan would also try inside surrogate pairs.
 */
export function headStarts(text: string, head: RegExp): number[] {
  if (!head.sticky || !head.unicode) throw new TypeError(`anchoredScan: head ${head} needs the y and u flags`);
  const out: number[] = [];
  // Up to the end of the text included: a scan tries there too (an expression that can match empty).
  for (let i = 0; i <= text.length; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) {
    head.lastIndex = i;
    if (head.test(text)) out.push(i);
  }
  return out;
}

/**
 * The matches of `pattern` in `text`, the same as `[...text.matchAll(scan)]` with the scan it stands for, trying its sticky copy only at
 * `starts` (the places its head matches, in order): a scan fails at every place in between.
 */
export function anchoredMatches(text: string, pattern: AnchoredPattern, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const i of starts) {
    if (i < from) continue;
    pattern.at.lastIndex = i;
    const m = pattern.at.exec(text);
    if (!m) continue;
    out.push(m);
    // After an empty match a scan moves on by one place (a whole code point with the u flag).
    from = m[0].length > 0 ? i + m[0].length : i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
  }
  pattern.at.lastIndex = 0;
  return out;
}
