/**
 * The lines a social post embedded in a page leaves once its markup is lost, naming who posted it: a tweet's signature
 * ("— Ines Calder (@InesCalder) March 3, 2026"), an Instagram embed's credit ("A post shared by Ines Calder
 * (@inescalder)"), a Facebook embed's ("Posted by Ines Calder on Tuesday, March 3, 2026"). The words before such a line
 * are the poster's, not the page's: several outlets printing one post print one person's statement. Each platform's
 * embed code writes its credit in the page's language; the forms below are those of the languages claimtrail reads
 * most. Pure data and one reader.
 */

/** A handle in brackets, with a Mastodon-style server after a second "@" ("(@ines@social.example)"). */
export const HANDLE = String.raw`\(@[\p{L}\p{N}_.]{1,30}(?:@[\p{L}\p{N}.-]{1,60})?\)`;

/** The poster's display name on a signature line: a few words, no brackets, no handle. */
const NAME = String.raw`(?<name>[^()\n@]{2,60}?)`;

/**
 * The words Instagram's embed writes before the poster's name, per interface language (en, fr, es, pt, de, it, nl, sv,
 * pl, ru). Turkish and the languages that put the name first are left out: their credit has no opening words to anchor on.
 */
export const INSTAGRAM_CREDITS: readonly string[] = [
  "A post shared by",
  "Une publication partagée par",
  "Una publicación compartida (?:por|de)",
  "Uma publicação compartilhada por",
  "Ein Beitrag geteilt von",
  "Un post condiviso da",
  "Een bericht gedeeld door",
  "Ett inlägg delat av",
  "Post udostępniony przez",
  "Публикация от",
];

/** Facebook's credit before the poster's name, per language of its embed code. */
export const FACEBOOK_CREDITS: readonly string[] = ["Posted by", "Gepostet von", "Publiée? par", "Publicado por", "Pubblicato da", "Geplaatst door"];
/** The prepositions of those languages before the date that follows the name ("on", "am", "sur", "en", "em", "su", "op"). */
const FACEBOOK_DATE_PREPOSITIONS: readonly string[] = ["on", "am", "sur", "le", "en", "el", "em", "su", "il", "op"];

/** One kind of signature line: its pattern (the whole line, the name in group "name"). */
export interface PostSignatureForm {
  platform: "tweet" | "instagram" | "facebook";
  pattern: RegExp;
  /**
   * True where a blog's byline can take the same form ("Posted by Ines Calder on March 3, 2026"): such a line signs an
   * embedded post only where the article goes on after it (a byline closing a page signs the whole page).
   */
  bylineLike?: true;
}

export const POST_SIGNATURES: readonly PostSignatureForm[] = [
  { platform: "tweet", pattern: new RegExp(String.raw`^[—–-]\s*${NAME}\s*${HANDLE}\s*(?:[^\n]{0,40})$`, "u") },
  { platform: "instagram", pattern: new RegExp(String.raw`^(?:${INSTAGRAM_CREDITS.join("|")})\s+${NAME}\s*${HANDLE}[^\n]{0,60}$`, "iu") },
  {
    platform: "facebook",
    // The date after it holds a figure: "Posted by the mayor on the council's page" is a sentence, not an embed's credit.
    pattern: new RegExp(String.raw`^(?:${FACEBOOK_CREDITS.join("|")})\s+${NAME}\s+(?:${FACEBOOK_DATE_PREPOSITIONS.join("|")})\s+[^\n]{0,40}\p{N}[^\n]{0,30}$`, "iu"),
    bylineLike: true,
  },
];

/** The signature a line is (trimmed), with the poster's name and where it starts in the line; undefined where it is none. */
export function postSignature(line: string): { form: PostSignatureForm; name: string; at: number } | undefined {
  const text = line.trim();
  for (const form of POST_SIGNATURES) {
    const name = form.pattern.exec(text)?.groups?.name?.trim();
    if (name) return { form, name, at: line.indexOf(name) };
  }
  return undefined;
}
