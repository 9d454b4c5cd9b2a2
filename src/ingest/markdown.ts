/** Markdown articles read as plain prose: markup removed, text and line structure kept. */

/** Strips the Markdown syntax that would otherwise look like words or punctuation to later stages. Image alt text stays as its own line (a caption). */
export function markdownToText(md: string): string {
  return md
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/^```[\s\S]*?^```/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}#{1,6}\s+/gm, "")
    .replace(/^\s{0,3}>\s?/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?!\w)/g, "$1$2")
    .replace(/^\s*([-*_])\s*(\1\s*){2,}$/gm, "");
}
