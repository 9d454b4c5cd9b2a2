/** Polish reading data: «według X», «jak podaje X», «jak informuje X», «powołując się na X», «X podał», «powiedział w rozmowie z X». */
import { BOW, capitalisedName, DOMAIN, EOW, SHOW_NAME, SHOW_TITLE, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/**
 * Nouns for a periodical by how often it appears ("dziennik", "tygodnik", "miesięcznik": a daily, a weekly, a monthly),
 * in every case a frame may govern: nominative, genitive, dative, instrumental, locative ("w miesięczniku X", "ankieta
 * tygodnika X", "z dziennikiem X").
 */
const PERIODICALS = ["dziennik", "tygodnik", "dwutygodnik", "miesięcznik", "kwartalnik", "periodyk"].flatMap((n) => [n, `${n}a`, `${n}owi`, `${n}iem`, `${n}u`]);
/** Periodical nouns in the locative, after "w" (in the monthly X), and in the genitive, after "na łamach" (on the pages of the weekly X). */
const PERIODICALS_LOCATIVE = PERIODICALS.filter((n) => n.endsWith("u")).join("|");
/** Periodical nouns in the genitive, after a text of theirs ("ankieta miesięcznika X", a survey of the monthly X) or "na łamach". */
const PERIODICALS_GENITIVE = PERIODICALS.filter((n) => n.endsWith("a")).join("|");

/** Publication nouns before a name in the case a frame needs ("dziennik X", "według portalu X"), kept as `cue`. */
const NOUNS = ["gazeta", "gazety", "gazecie", "gazetę", "gazetą", ...PERIODICALS, "portal", "portalu", "portalem", "serwis", "serwisu", "serwisie", "agencja", "agencji", "telewizja", "telewizji", "stacja", "stacji", "radio", "radia", "stroną", "strona", "strony", "witryna", "witryny"].join("|");
const CUE = `(?:(?:\\p{Ll}+\\s+){0,2}(?<cue>${NOUNS})${EOW}\\s+)`;

/**
 * A text a periodical printed, in any case ("ankietę", "artykule", "tekście", "eseju", "wywiadu", "numerze"): the
 * periodical named after it in the genitive, or "dla X" whom it was written for, is where it appeared.
 */
const PRINTED_TEXT = "(?:ankiet|artykuł|artykul|tekst|teksc|esej|felieton|reportaż|wywiad|numer|wydani|publikacj|sondaż)\\p{Ll}{0,4}";

/** Verbs by which someone gives words to a paper ("powiedział … dla X", "udzielił wywiadu dla X"), in the past and present. */
const GAVE_WORDS = "powiedział|powiedziała|powiedziało|powiedzieli|powiedziały|mówi|mówią|mówił|mówiła|przekazał|przekazała|przekazało|oświadczył|oświadczyła|oświadczyło|zapewnił|zapewniła|potwierdził|potwierdziła|potwierdziło|dodał|dodała|wyjaśnił|wyjaśniła|udzielił|udzieliła|udzieliło|udzielili";

/** Words given on a show ("powiedział we wtorek w programie"), up to the show's noun; a government programme is no show, so only after a verb of saying. */
const SAID_ON_SHOW = `(?:${GAVE_WORDS})${EOW}\\s+(?:[\\p{Ll}\\p{N}]+\\s+){0,2}?w\\s+`;

export const pl: LanguageFrames = {
  language: "pl",
  name: `(?:${DOMAIN}|${capitalisedName(["i", "w", "na"], "", false, 7)})`,
  date: `(?:w|we)\\s+(?<date>\\p{Ll}+|\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4})?)`,
  descriptor: `(?:gazeta|dziennik|portal|agencja|serwis)\\s+(?:ta|ten)`,
  // Polish writes common nouns and verbs in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    { id: "pl.wedlug", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:[Ww]edług|[Zz]daniem|[Ww]edle)\\s+${CUE}?{SRC}{END}`, example: "Port zostanie zamknięty, według dziennika Poranny Kurier.", expect: "Poranny Kurier" },
    { id: "pl.jak_podaje", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Jj]ak\\s+)?(?:podaje|podają|podał|podała|podało|informuje|informują|poinformował|poinformowała|poinformowało|pisze|piszą|napisał|napisała|napisało|donosi|donoszą|ustalił|ustaliła|ustaliło)${EOW}\\s+${CUE}?{SRC}{END}`, example: "Jak podaje portal Poranny Kurier, port zamknięto.", expect: "Poranny Kurier" },
    // "co wyjaśniała PAP", "sprostowała agencja X": explaining and correcting, which a person does as often, so only a name
    // with an outlet's evidence.
    { id: "pl.wyjasniala", frame: "reported", allowUnknown: false, pattern: `${BOW}(?:wyjaśnia|wyjaśniała|wyjaśniał|wyjaśniło|wyjaśniła|wyjaśnił|sprostowała|sprostował|sprostowało|przekazała|przekazał|przekazało|podawała|podawał|podawało)${EOW}\\s+${CUE}?{SRC}{END}`, example: "Tak wyjaśniała agencja Kurier Lipowy w piątek.", expect: "Kurier Lipowy" },
    { id: "pl.powolujac", frame: "citing", allowUnknown: false, pattern: `${BOW}(?:[Pp]owołując\\s+się\\s+na|[Zz]a)\\s+${CUE}?{SRC}{END}`, example: "Agencja podała to, powołując się na Reuters.", expect: "Reuters" },
    // "W depeszy PAP relacjonującej …", "na koncie PAP na platformie X": an agency's dispatch, an outlet's account, its
    // genitive after the noun. A person has an account and a text too ("na koncie Jana Nowaka"): only a name the registry
    // knows or whose own words make it an outlet.
    { id: "pl.w_depeszy", frame: "reported_by", allowUnknown: false, pattern: `${BOW}(?:[Ww]e?\\s+|[Nn]a\\s+)(?:depeszy|depeszach|komunikacie|serwisie|koncie|profilu|materiale)\\s+${CUE}?{SRC}{END}`, example: "W depeszy Agencji Kurier znalazła się inna wersja.", expect: "Agencji Kurier" },
    // "X podała, że …", "Polska Agencja Prasowa, relacjonując wywiad, podała pilną wiadomość": the outlet before its verb,
    // with at most an adverbial participle's clause between. A person writes and says too: only a name with an outlet's
    // evidence (the registry, an outlet word in it).
    { id: "pl.podala", frame: "reported", allowUnknown: false, pattern: `{SRC}(?:,?\\s+\\p{Ll}+ąc(?:\\s+się)?\\s+[^.;:!?,]{1,80}?,?)?\\s+(?:podała|podał|podało|podawała|podawał|poinformowała|poinformował|poinformowało|napisała|napisał|napisało|doniosła|doniósł|wyjaśniała|wyjaśniła|wyjaśnił|sprostowała|sprostował|przekazała|przekazał)${EOW}`, example: "Agencja Kurier relacjonując wywiad burmistrza podała pilną wiadomość.", expect: "Agencja Kurier" },
    // "powiedział burmistrz dla Gazety Nadmorskiej": whom the words were given to, after the verb and its subject in small
    // letters ("dla" of an interview or a statement given to a paper). The verbs are GAVE_WORDS, not {SAY}: a rule's
    // required words must read the same from its pattern as from its expansion (requiredLiterals.ts), and {SAY} beside a
    // word as short as "dla" reads differently.
    { id: "pl.dla", frame: "told", allowUnknown: true, pattern: `${BOW}(?:${GAVE_WORDS})(?:\\s+\\p{Ll}+){0,3}?\\s+dla\\s+${CUE}?{SRC}{END}`, example: "Port zostanie zamknięty, powiedział burmistrz dla Kuriera Lipowego.", expect: "Kuriera Lipowego" },
    // "powiedział w Radiu Kresy, że …", "zapewnił w Telewizji Kresy": the broadcaster or paper the words were said on, after a
    // verb of saying. A place or an institution follows "w" as often ("powiedział w Sejmie"): only a name with an outlet's
    // evidence (the registry, an outlet word in it).
    { id: "pl.w_stacji", frame: "told", allowUnknown: false, pattern: `${BOW}(?:${GAVE_WORDS})${EOW}(?:\\s+\\p{Ll}+){0,2}?\\s+w\\s+${CUE}?{SRC}{END}`, example: "Minister powiedział w Radiu Kresy, że zostaje.", expect: "Radiu Kresy" },
    // "na antenie Radia Kresy potwierdził": on a broadcaster's air; the phrase is the evidence, before or after the verb.
    { id: "pl.na_antenie", frame: "told", allowUnknown: true, pattern: `${BOW}[Nn]a\\s+antenie\\s+${CUE}?{SRC}{END}`, example: "Burmistrz na antenie Radia Kresy zapewnił, że most jest bezpieczny.", expect: "Radia Kresy" },
    // "w miesięczniku „X”", "na łamach tygodnika X" (in the monthly X, on the pages of the weekly X): where something was
    // printed. The periodical noun is required and is the evidence (a diary's owner after "dziennik": `personalNouns`); a
    // person named where something was printed is no source.
    { id: "pl.w_periodyku", frame: "published_in", allowUnknown: true, publication: true, pattern: `${BOW}(?:[Ww]e?|[Nn]a\\s+łamach)\\s+(?<cue>${PERIODICALS_LOCATIVE}|${PERIODICALS_GENITIVE}|gazecie|gazety|portalu|serwisie|serwisu)${EOW}\\s+{SRC}{END}`, example: "Esej ukazał się w kwartalniku „Widnokrąg” w 1994 roku.", expect: "Widnokrąg" },
    // "odpowiedział na ankietę miesięcznika „X”", "w artykule tygodnika X": a text and the periodical that printed it, in the genitive.
    { id: "pl.tekst_periodyku", frame: "published_in", allowUnknown: true, publication: true, pattern: `${BOW}${PRINTED_TEXT}\\s+(?:z\\s+)?(?<cue>${PERIODICALS_GENITIVE}|gazety|portalu|serwisu)${EOW}\\s+{SRC}{END}`, example: "Pisarz odpowiedział na ankietę dwutygodnika „Nurt” w 1994 roku.", expect: "Nurt" },
    // "w krótkim tekście dla „Widnokręgu”": whom a text was written for; the name stands in the genitive.
    { id: "pl.tekst_dla", frame: "published_in", allowUnknown: true, publication: true, pattern: `${BOW}${PRINTED_TEXT}\\s+dla\\s+${CUE}?{SRC}{END}`, example: "Te zdania znalazły się w eseju dla „Widnokręgu”, który autor napisał w 1994 roku.", expect: "Widnokręgu" },
    // "powiedział w programie „Nocna Zmiana” w telewizji Kresy": a show is its broadcaster's, who was told; named without
    // one, the show itself (its noun the evidence) — never a broadcaster guessed.
    { id: "pl.w_programie_stacji", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}${SAID_ON_SHOW}programie\\s+${SHOW_NAME}\\s+(?=(?:w|na\\s+antenie)\\s|\\p{Ll})(?:(?:w|na\\s+antenie)\\s+)?${CUE}?{SRC}{END}`, example: "Burmistrz powiedział w programie „Nocna Zmiana” w telewizji Kresy, że zostaje.", expect: "Kresy" },
    { id: "pl.w_programie", frame: "told", allowUnknown: true, pattern: `${BOW}${SAID_ON_SHOW}(?<cue>programie)\\s+[«“„"]?(?<name>${SHOW_TITLE})[»”"]?(?=\\s*[,.;:!?)])`, example: "Burmistrz powiedział w programie „Nocna Zmiana”, że zostaje.", expect: "Nocna Zmiana" },
    { id: "pl.w_rozmowie", frame: "told", allowUnknown: true, pattern: `${BOW}(?:[Ww]\\s+rozmowie\\s+z|[Ww]\\s+wywiadzie\\s+dla)\\s+${CUE}?{SRC}{END}`, example: "W rozmowie z Porannym Kurierem minister zaprzeczył.", expect: "Porannym Kurierem" },
  ],
  speechVerbs: ["powiedział", "powiedziała", "powiedziało", "przekazało", "stwierdziło", "dodało", "poinformowało", "powiedzieli", "powiedziały", "mówi", "mówią", "stwierdził", "stwierdziła", "dodał", "dodała", "podkreślił", "podkreśliła", "wyjaśnił", "wyjaśniła", "zaznaczył", "zaznaczyła", "przekazał", "przekazała", "oświadczył", "oświadczyła", "przyznał", "przyznała",
    // Regret voiced in words quotes its speaker ("X ubolewał – „…”").
    "ubolewał", "ubolewała", "ubolewali", "ubolewa"],
  anonymityClauses: ["(?:który|która|którzy|które) (?:prosił|prosiła|prosili|prosiły|chciał|chciała|chcieli|chciały) (?:o )?(?:zachować )?anonimowość", "(?:który|która|którzy|które) (?:prosił|prosiła|prosili|prosiły) o niepodawanie (?:nazwiska|nazwisk)", "(?:który|która|którzy|które) (?:nie chciał|nie chciała|nie chcieli|nie chciały) (?:ujawniać|podawać) (?:nazwiska|nazwisk)", "(?:pod warunkiem|zastrzegając(?: sobie)?) anonimowości?"],
  toldPronouns: ["nam", "mi", "mu", "jej", "im"],
  pronouns: { singular: ["on", "ona"], plural: ["oni", "one"] },
  dropsSubject: true,
  complementisers: ["że"],
  anonymousHeads: ["źródło", "źródła", "źródeł", "rozmówca", "rozmówcy", "urzędnik", "urzędnicy", "urzędnika", "ekspert", "eksperci", "przedstawiciel", "przedstawiciele", "świadek", "świadkowie", "mieszkańcy", "mieszkańców", "pracownik", "pracownica", "pracownicy", "pracowników", "pracownic", "pielęgniarka", "pielęgniarki", "pielęgniarek", "lekarz", "lekarze", "lekarzy"],
  determiners: ["jeden", "jedno", "jedna", "kilka", "kilku", "dwa", "dwóch", "trzy"],
  // A role names the body it heads in the genitive, capitalised, before the person ("rzecznik Urzędu Morskiego Jan
  // Nowak", "dyrektor Biura Zarządu Portu Lipowiec Jan Nowak"): the body is the role's, the person the last two words.
  bodyAfterRole: true,
  roleNouns: ["ekspert", "analityk", "dziennikarz", "minister", "rzecznik", "rzeczniczka", "prezes", "dyrektor", "profesor", "poseł", "posłanka", "senator", "burmistrz", "prezydent", "premier", "generał", "przewodniczący", "przewodnicząca", "wojewoda", "szef", "szefowa",
    // In the genitive, after "według", "zdaniem", "powołując się na" ("według rzecznika ministerstwa Jana Kowalczyka").
    "eksperta", "analityka", "dziennikarza", "ministra", "rzecznika", "rzeczniczki", "prezesa", "dyrektora", "profesora", "posła", "posłanki", "senatora", "burmistrza", "prezydenta", "premiera", "generała", "przewodniczącego", "przewodniczącej", "wojewody", "szefa", "szefowej"],
  organisationCues: ["ambasada", "konsulat", "ministerstwo", "rząd", "policja", "wojsko", "sąd", "urząd", "uniwersytet", "instytut", "komisja", "rada", "agencja", "prokuratura", "partia", "szpital", "bank"],
  // With their case forms: a name is written in the case its frame governs ("dla Gazety Nadmorskiej", "z Kurierem Lipowym").
  // "dziennik" is a diary too.
  personalNouns: PERIODICALS.filter((n) => n.startsWith("dziennik")),
  outletCues: ["gazeta", "gazety", "gazecie", "gazetę", "gazetą", "dziennik", "dziennika", "dziennikowi", "dziennikiem", "dzienniku", "kurier", "kuriera", "kurierowi", "kurierem", "kurierze", "portal", "portalu", "portalowi", "portalem", "agencja", "agencji", "agencję", "agencją", "radio", "radia", "radiu", "radiem", "telewizja", "telewizji", "telewizję", "telewizją", "tygodnik", "tygodnika", "tygodnikowi", "tygodnikiem", "tygodniku", "wiadomości", "news", "fakty", "faktów", "głos", "głosu", "głosowi", "głosem", "echo", "echa", "echu", "echem", "express", "expressu"],
  genericSources: ["media", "media lokalne", "źródła", "eksperci", "serwisy", "portale", "dziennikarze"],
  prepositions: ["w", "we", "na", "z", "ze", "do", "od", "przy", "o", "po", "pod", "nad", "za", "przez", "dla", "bez", "u"],
  placeParticles: ["w"],
  fromParticles: ["z", "ze"],
  toldPrepositions: ["dla"],
  nameCaseEndings: ["iego", "iemu", "ego", "emu", "owi", "iej", "ej", "iem", "em", "im", "ą", "ę", "a", "i", "y"],
  nameStopwords: ["w", "i", "ale", "a", "jak", "to", "on", "ona", "oni", "jednak", "także", "również", "po", "według"],
  photoCredits: ["(?:Fot\\.?|Zdjęcie|Foto|Ilustracja)\\s*:?\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  referenceNouns: ["artykuł", "artykułu", "art", "ustęp", "ust", "paragraf", "punkt", "pkt", "rozdział", "ustawa", "ustawy", "rezolucja", "dyrektywa"],
  yearNouns: ["rok", "roku"],
  titleCues: ["książka", "książce", "film", "filmie", "artykuł", "artykule", "raport", "raporcie", "tytułem"],
  without: ["bez"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Źródło)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
};
