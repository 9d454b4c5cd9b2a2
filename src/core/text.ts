/** Small text helpers shared by every stage: slugs and normalisation for comparing wordings. */

/** A stable key fragment: lower case, accents removed, anything but letters and digits turned into single dashes. Letters of any script are kept. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Folds typographic variants (curly quotes, dashes, ellipsis, non-breaking spaces) to plain ASCII forms, keeping length unchanged where possible. */
export function foldTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u00A0\u2007\u202F]/g, " ");
}

/** `s` with every character a regular expression reads as syntax escaped, to match it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Collapses runs of white space to one space and trims. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Every match of a global regular expression in `text`, the same as `[...text.matchAll(re)]` on an expression whose
 * `lastIndex` is 0, without the copy of the expression `matchAll` makes on each call (for a long compiled pattern that copy
 * cost several times the matching of a sentence). `re.lastIndex` is left as it was.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches: ${re} needs the g flag, as matchAll does`);
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // An empty match moves on by one character (a whole surrogate pair with the u or v flag), as matchAll does.
      if (m[0] === "") re.lastIndex += (re.unicode || re.flags.includes("v")) && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}
