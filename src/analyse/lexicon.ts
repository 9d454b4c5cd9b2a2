/** Vocabulary for grouping statements into claims, as data: words that carry no claim, and groups of words news prose uses for one predicate. */

/** English function words and reporting verbs: they say who said it, not what was said. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but if then than that this these those there here of in on at to from by for with without about into onto over under " +
    "between among through during before after above below up down out off again further once is are was were be been being am do does did " +
    "doing have has had having will would shall should can could may might must not no nor only own same so too very just also still even " +
    "he she it they them his her its their him we us our you your i me my who whom whose which what when where why how all any both each " +
    "few more most other some such one two three four five six seven eight nine ten said says say saying told tells tell according reported " +
    "reports report claimed claims claim added adding stated noted believed believe believes thought think known reportedly allegedly " +
    "currently now recently last year years month months week weeks day days time times however while though although because since as " +
    "mr mrs ms dr cited citing quoted quoting source sources official officials expert experts"
  ).split(" "),
);

/**
 * Function syllables of the languages read without a stemmer, by code: Vietnamese writes every syllable apart, so its
 * particles, classifiers, pronouns and the syllables of "cho biết" (said) would otherwise be a claim's words.
 */
export const LANGUAGE_STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  vi: new Set(
    (
      "của và là các những được đã sẽ đang vừa cho với này đó kia theo trong một có không chưa tại khi thì mà rằng cũng vẫn " +
      "như về từ đến tới ra vào lên bị do vì nên nếu hay hoặc nhưng người ông bà anh chị họ chúng tôi ta nó biết nói hôm " +
      "nay ngày năm tháng tuần qua trên dưới sau trước còn rất nhiều hơn đều lại việc sự cái chiếc"
    ).split(" "),
  ),
};

/** Verbs that say who said something, or only carry tense: never a claim's predicate. Base forms; `isReportingVerb` also knows their inflections. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  "say tell report add claim state note believe think know reveal confirm cite quote explain describe write suggest indicate insist argue warn ask answer reply comment announce be have do will would can could may might must shall should get go make".split(" "),
);

const IRREGULAR: Readonly<Record<string, string>> = { said: "say", told: "tell", thought: "think", knew: "know", known: "know", wrote: "write", written: "write", been: "be", was: "be", were: "be", is: "be", are: "be", am: "be", has: "have", had: "have", did: "do", done: "do", made: "make", got: "get", went: "go", gone: "go" };

/** True for a form of a reporting or auxiliary verb ("said", "tells", "reported", "claiming"). */
export function isReportingVerb(word: string): boolean {
  const w = word.toLowerCase();
  const base = IRREGULAR[w] ?? w;
  if (REPORTING_VERBS.has(base)) return true;
  for (const suffix of ["ing", "ed", "es", "s", "d"]) {
    if (base.endsWith(suffix) && REPORTING_VERBS.has(base.slice(0, -suffix.length))) return true;
  }
  return base.endsWith("ing") && REPORTING_VERBS.has(`${base.slice(0, -3)}e`);
}

/** Words that say the same thing about a subject's situation; each group is one predicate for claim matching. The first word names the group. */
export const PREDICATE_GROUPS: readonly (readonly string[])[] = [
  ["hide", "hiding", "hides", "hid", "hidden", "holed", "hole", "refuge", "shelter", "sheltering", "sheltered", "hunkered", "hunker", "hideout", "hideaway", "whereabouts", "fled", "flee", "fleeing", "escaped", "escape", "melted"],
  ["alive", "survived", "surviving", "living", "lives"],
  ["dead", "killed", "died", "death", "slain", "kill", "killing"],
  ["wounded", "injured", "injury", "injuries", "wounds", "wound", "suffering", "ill", "illness", "sick", "health", "diabetes"],
  ["captured", "arrested", "detained", "capture", "arrest", "seized", "caught"],
  ["besieged", "surrounded", "encircled", "siege", "trapped"],
  ["attack", "attacks", "attacked", "strike", "strikes", "struck", "bombed", "bombing", "raid", "raids"],
  ["increase", "increased", "rise", "rose", "raised", "raise", "grew", "growth", "higher", "up"],
  ["decrease", "decreased", "fall", "fell", "cut", "cuts", "lower", "dropped", "drop", "decline", "declined"],
  ["confirmed", "confirm", "confirms", "verified", "proved", "proves", "proof", "evidence"],
  ["denied", "deny", "denies", "rejected", "refuted", "false"],
  ["close", "closed", "closes", "closing", "closure", "shut", "shuts", "shutting", "shutdown"],
  ["reopen", "reopened", "reopens", "reopening"],
  ["sell", "sells", "sold", "selling", "sale"],
  ["buy", "buys", "bought", "buying", "purchase", "purchased", "acquire", "acquired", "acquisition", "takeover"],
  ["ban", "bans", "banned", "banning", "prohibit", "prohibited", "outlaw", "outlawed"],
  ["approve", "approves", "approved", "approval", "passed", "adopted", "ratified"],
  ["resign", "resigns", "resigned", "resignation", "quit", "quits"],
  ["dismissed", "fired", "sacked", "ousted", "removed"],
  ["charged", "indicted", "accused", "prosecuted", "sued"],
  ["win", "wins", "won", "winning", "victory", "elected"],
  ["plan", "plans", "planned", "planning", "intend", "intends", "intended", "intention", "prepare", "prepares", "preparing", "prepared"],
  ["sign", "signs", "signed", "signing", "agreement", "deal", "treaty"],
  ["cost", "costs", "price", "priced", "pay", "paid", "payment", "funding", "funded"],
];

const PREDICATE_INDEX = new Map<string, string>();
for (const group of PREDICATE_GROUPS) for (const w of group) PREDICATE_INDEX.set(w, group[0] as string);

/** The predicate group a word belongs to, if any. */
export function predicateOf(word: string): string | undefined {
  return PREDICATE_INDEX.get(word);
}

/** Generic nouns that, after a proper name, make a place phrase ("Homs desert", "Anbar province"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  "desert", "province", "region", "governorate", "district", "city", "town", "village", "valley", "mountains", "mountain", "range", "border",
  "area", "countryside", "camp", "coast", "fjord", "island", "islands", "river", "sea", "bay", "lake", "gulf", "strait", "peninsula", "county", "state", "oblast",
]);
