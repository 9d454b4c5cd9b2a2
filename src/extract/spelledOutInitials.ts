/** Initials a text spells out itself ("the Harbour Authority Office (HAO)"): each mapped to the full name written before them. */
import { bracketedAbbreviations, runsSpelling } from "./bracketedAbbreviation.ts";

/** Initials: a capital, then letters, up to eight in all ("HAO", "ODrN"); they must hold two capitals at least. */
const INITIALS = /^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u;
/** Most words a spelled-out name runs back from its bracket, and the characters read back for them. */
const MOST_WORDS = 10;
const REACH = 160;
/** A word a name may hold: letters, apostrophes, hyphens; no mark that ends a phrase. */
const NAME_WORD = /^[\p{L}’'\u2011-]+$/u;

/**
 * The body's own spellings-out of initials: "Komisi Penyiaran Daerah (KPD)", "Harbour Watch Group (HWG)". The full
 * name is the shortest run of words before the bracket, opening on a capital, whose words' capitals are the initials'
 * capitals in order (words in small letters, "of", "ng", give none). Initials the text spells out two ways are left
 * out: which body a later "the KPD" means is then unsure.
 */
export function spelledOutInitials(body: string): ReadonlyMap<string, string> {
  const found = new Map<string, string | undefined>();
  for (const bracket of bracketedAbbreviations(body)) {
    const initials = bracket.letters;
    if (!INITIALS.test(initials) || initials.replace(/\P{Lu}/gu, "").length < 2) continue;
    // Read back a bounded stretch on the bracket's line only; a word the stretch cuts into is left out.
    const from = Math.max(0, bracket.start - REACH);
    const stretch = body.slice(from, bracket.start);
    const lineStart = stretch.lastIndexOf("\n") + 1;
    const line = stretch.slice(lineStart);
    const cut = lineStart === 0 && from > 0 && /[\p{L}]/u.test(body[from - 1] ?? "");
    // The name ends at the bracket and runs back over words only: a comma, a stop or a quotation mark ends it.
    const tokens = line.split(/\s+/u).filter(Boolean).slice(cut ? 1 : 0).slice(-MOST_WORDS);
    let first = tokens.length;
    while (first > 0 && NAME_WORD.test(tokens[first - 1] as string)) first--;
    const words = tokens.slice(first);
    // The shortest run that ends at the bracket and opens on a capital.
    const run = runsSpelling(initials, words, "capitals").find((r) => r.last === words.length - 1 && /^\p{Lu}/u.test(words[r.first] as string));
    if (!run) continue;
    const full = words.slice(run.first).join(" ");
    const known = found.get(initials);
    found.set(initials, found.has(initials) && known !== full ? undefined : full);
  }
  const out = new Map<string, string>();
  for (const [initials, full] of found) if (full) out.set(initials, full);
  return out;
}
