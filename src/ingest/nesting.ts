/** A cheap, iterative pass over a page's tags that bounds how deep its elements nest, before any DOM is built. */

/** Elements that never have content, so never deepen the tree. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"]);
/** Elements whose end tag pages often leave out: a new one closes the previous one at the same level. */
const SELF_ENDING = new Set(["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp"]);
/** Elements whose content is raw text up to their end tag (no tags inside). */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]);
/** How far down the stack an end tag looks for its start tag; a stray end tag further away is ignored (bounds the work per tag). */
const MATCH_WINDOW = 64;

/** What the pass found: the page (unchanged unless something nested too deep), the deepest level seen, and how many tags were dropped. */
export interface NestingResult {
  html: string;
  depth: number;
  /** Start tags (with their end tags) removed because they opened beyond the limit; their text is kept. */
  flattened: number;
}

// A start or end tag; attribute values may hold '>' inside quotes.
const TAG = /<(\/?)([A-Za-z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/y;

/**
 * Measures element nesting and, beyond `maxDepth`, drops the start and end tags of deeper elements (their text stays,
 * joined to the enclosing element). Linear in the page: one scan, a stack, and a bounded look-up per end tag. It mirrors
 * the HTML parser roughly (void, raw-text and self-ending elements, comments), which is enough to bound the tree.
 */
export function capNesting(html: string, maxDepth: number): NestingResult {
  const stack: { name: string; dropped: boolean }[] = [];
  const out: string[] = [];
  let copiedTo = 0;
  let flattened = 0;
  let deepest = 0;
  let i = 0;
  const skip = (from: number, to: number) => {
    out.push(html.slice(copiedTo, from));
    copiedTo = to;
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf(">", lt + 2);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      i = lt + 1;
      continue;
    }
    const tagEnd = lt + m[0].length;
    const name = (m[2] as string).toLowerCase();
    if (m[1]) {
      // An end tag closes the nearest open element of its name (and whatever is left open inside it).
      let k = stack.length - 1;
      const floor = Math.max(0, stack.length - MATCH_WINDOW);
      while (k >= floor && stack[k]!.name !== name) k--;
      if (k >= floor && k >= 0) {
        if (stack[k]!.dropped) skip(lt, tagEnd);
        stack.length = k;
      }
      i = tagEnd;
      continue;
    }
    const selfClosed = (m[3] ?? "").trimEnd().endsWith("/");
    if (!VOID.has(name) && !selfClosed) {
      if (SELF_ENDING.has(name) && stack[stack.length - 1]?.name === name) stack.pop();
      const dropped = stack.length >= maxDepth;
      if (dropped) {
        skip(lt, tagEnd);
        flattened++;
      }
      stack.push({ name, dropped });
      deepest = Math.max(deepest, stack.length);
      if (RAW_TEXT.has(name)) {
        // Raw text runs to the matching end tag; nothing inside it is a tag.
        const close = new RegExp(`</${name}`, "gi");
        close.lastIndex = tagEnd;
        i = close.exec(html)?.index ?? html.length;
        continue;
      }
    }
    i = tagEnd;
  }
  if (flattened === 0) return { html, depth: deepest, flattened };
  out.push(html.slice(copiedTo));
  return { html: out.join(""), depth: deepest, flattened };
}
