/** Initials a text spells out itself ("the Harbour Authority Office (HAO)"): each mapped to the full name written before them. */

/** Initials in brackets: a capital, then letters, two capitals at least ("(HAO)", "(ODrN)"), group 1. */
const BRACKETED_INITIALS = /\(\s*(\p{Lu}[\p{Lu}\p{Ll}]{1,7})\s*\)/gu;
/** Most words a spelled-out name runs back from its bracket, and the characters read back for them. */
const MOST_WORDS = 10;
const REACH = 160;
/** A word a name may hold: letters, apostrophes, hyphens; no mark that ends a phrase. */
const NAME_WORD = /^[\p{L}’'\u2011-]+$/u;

/** The capitals that open a word and each of its hyphenated parts ("Auditor-General’s" gives "AG"; "ng" nothing). */
function wordCapitals(word: string): string {
  return word
    .split(/[-\u2011]/u)
    .map((part) => (/^\p{Lu}/u.test(part) ? (part[0] as string) : ""))
    .join("");
}

/**
 * The body's own spellings-out of initials: "Komisi Penyiaran Daerah (KPD)", "Harbour Watch Group (HWG)". The full
 * name is the shortest run of words before the bracket, opening on a capital, whose words' capitals are the initials'
 * capitals in order (words in small letters, "of", "ng", give none). Initials the text spells out two ways are left
 * out: which body a later "the KPD" means is then unsure.
 */
export function spelledOutInitials(body: string): ReadonlyMap<string, string> {
  const found = new Map<string, string | undefined>();
  for (const m of body.matchAll(BRACKETED_INITIALS)) {
    const initials = m[1] as string;
    const capitals = initials.replace(/\P{Lu}/gu, "");
    if (capitals.length < 2) continue;
    // Read back a bounded stretch on the bracket's line only; a word the stretch cuts into is left out.
    const from = Math.max(0, m.index - REACH);
    const stretch = body.slice(from, m.index);
    const lineStart = stretch.lastIndexOf("\n") + 1;
    const line = stretch.slice(lineStart);
    const cut = lineStart === 0 && from > 0 && /[\p{L}]/u.test(body[from - 1] ?? "");
    // The name ends at the bracket and runs back over words only: a comma, a stop or a quotation mark ends it.
    const tokens = line.split(/\s+/u).filter(Boolean).slice(cut ? 1 : 0).slice(-MOST_WORDS);
    let first = tokens.length;
    while (first > 0 && NAME_WORD.test(tokens[first - 1] as string)) first--;
    const words = tokens.slice(first);
    let full: string | undefined;
    for (let k = words.length - 1; k >= 0; k--) {
      if (!/^\p{Lu}/u.test(words[k] as string)) continue;
      const spelled = words.slice(k).map(wordCapitals).join("");
      if (spelled === capitals) {
        full = words.slice(k).join(" ");
        break;
      }
      if (spelled.length > capitals.length) break;
    }
    if (!full) continue;
    const known = found.get(initials);
    found.set(initials, found.has(initials) && known !== full ? undefined : full);
  }
  const out = new Map<string, string>();
  for (const [initials, full] of found) if (full) out.set(initials, full);
  return out;
}
