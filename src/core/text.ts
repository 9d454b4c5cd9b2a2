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

/** Collapses runs of white space to one space and trims. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
