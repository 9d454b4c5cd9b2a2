/** Turns a file's bytes into text, refusing binary data and saying when the encoding was not UTF-8. */

export type Decoded = { text: string; warning?: string } | { error: string };

/** Share of control characters (other than tab, newline, carriage return, form feed) above which bytes are binary. */
const BINARY_CONTROL_SHARE = 0.05;

/** Decodes bytes as UTF-8 (with or without BOM, or UTF-16 with BOM); falls back to Windows-1252 with a warning; refuses binary. */
export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { error: "the file is empty (0 bytes); expected article text" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), warning: "decoded as UTF-16 (little-endian)" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), warning: "decoded as UTF-16 (big-endian)" };
  const head = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return { error: "the file is binary (it contains NUL bytes); expected text, Markdown or HTML" };
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  if (controls / head.length > BINARY_CONTROL_SHARE) return { error: "the file is binary (many control characters); expected text, Markdown or HTML" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    // Older saved pages and Windows text files are often Windows-1252; decoding them so keeps every character.
    const text = new TextDecoder("windows-1252").decode(bytes);
    return { text, warning: "the file is not valid UTF-8; it was read as Windows-1252 (check accented letters and quotation marks)" };
  }
}
