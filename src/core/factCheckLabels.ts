/**
 * The labels a fact-check sets before its fields ("Claim: …", "Verdict: False.", "Rating: Altered", "Fact check: …"), in
 * the languages whose stance words read a verdict, with the verdict words a heading may be ("FALSE: …", "Bulo: …").
 * One list: the cleaner keeps such a line in the body (it is what the check says, not its headline), and a claim's label
 * drops it (it is the check's form, not the claim).
 */
const LABEL_WORDS = [
  // en
  "claims?", "fact[-\\s]?check", "verdict", "rating", "ruling", "rumou?r", "false", "misleading", "fake(?:\\s+news)?", "hoax",
  // de, fr, es, pt, it, hu
  "behauptung", "faktencheck", "bewertung", "falsch",
  "affirmation", "intox", "faux",
  "afirmaci[oó]n", "veredicto", "bulo", "falso",
  "alega[cç][aã]o", "veredito",
  "affermazione", "verdetto",
  "állítás", "értékelés",
].join("|");

/** A fact-check label opening a line or sentence, with its colon and the space after it. */
export const FACT_CHECK_LABEL = new RegExp(`^(?:${LABEL_WORDS})\\s*[:：]\\s+`, "iu");

/** A fact-check label standing alone on its line ("Claim:"), over the field it names. */
export const BARE_FACT_CHECK_LABEL = new RegExp(`^(?:${LABEL_WORDS})\\s*[:：]$`, "iu");
