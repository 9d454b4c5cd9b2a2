/** Escaping for the text formats the exporters write (XML 1.0, HTML, Markdown): article text is hostile input and must stay text. */

// XML 1.0 §2.2 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the supplementary planes; anything else cannot appear even as a reference.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// C0 controls other than tab/LF/CR, DEL and C1 controls: never meaningful in a report, and some renderers choke on them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Removes characters that XML 1.0 forbids anywhere (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, "");
}

/** Removes control characters (keeping tab, LF and CR) and lone surrogates. */
export function stripControls(text: string): string {
  return stripXmlIllegal(text).replace(CONTROL, "");
}

/** Escapes text for an XML attribute value or element content; tab, LF and CR become references so attribute normalisation keeps them. */
export function escapeXml(text: string): string {
  return stripXmlIllegal(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** Escapes text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return stripControls(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Escapes text for inline Markdown: one line; emphasis, code, link, table and raw-HTML characters backslash-escaped, and a leading block marker too. */
export function escapeMarkdown(text: string): string {
  return stripControls(text)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^([#+=-]|\d+[.)])/, (m) => `\\${m}`.replace(/^\\(\d+)/, "$1\\"));
}

/** A URL safe to put in a link: only http(s), otherwise undefined (no `javascript:` or `data:` links in a report). */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}
