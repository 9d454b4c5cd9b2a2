/**
 * Macedonian reading data: «според X», «јави X», «пишува весникот X», «X објави», «изјави за X», «„…“, рече X». Like
 * Bulgarian, Macedonian writes its article onto the noun ("весникот", the paper; "агенцијата", the agency) and does not
 * decline names, so an outlet is written alike after every frame ("за МИА", "според МИА"). Every verb here has people as
 * subjects too ("објави министерот", "пишува Марко Петровски"), so a frame without an outlet noun takes a name only with
 * evidence of an outlet: the registry, an outlet noun before it or an outlet word in it.
 */
import { DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

// One capitalised word (Cyrillic or Latin); a dot only inside an abbreviation.
const WORD = "\\p{Lu}(?:[\\p{L}\\p{N}’'&\\-\\u2011]|\\.(?=\\p{L}))*";
/** Nouns for a publication, bare and with the article written onto them ("весник", "весникот"). */
const OUTLET_NOUNS = [
  "весник", "весникот", "дневник", "дневникот", "неделник", "неделникот", "агенција", "агенцијата", "новинска агенција", "новинската агенција", "сајт", "сајтот",
  "портал", "порталот", "информативен портал", "информативниот портал", "медиум", "медиумот", "телевизија", "телевизијата", "радио", "радиото", "списание",
  "списанието", "магазин", "магазинот", "канал", "каналот", "блог", "блогот",
];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, "\\s+")).join("|")})`;
/** An outlet noun before the name, with up to two adjectives before it ("германскиот весник"), kept as `cue`. */
const CUE = `(?:(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?<cue>${NOUN})${EOW}\\s+)`;
/** The outlet nouns a sentence opens with, capitalised there ("Весникот", "Агенцијата"). */
const SUBJECT_NOUN = `(?:${OUTLET_NOUNS.filter((n) => !n.includes(" ")).map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join("|")})`;
/** Third-person forms of "report", "write", "publish", "pass on", present and past, singular and plural. */
const REPORTS = "јави|јавува|јавија|јавуваат|пишува|пишуваат|напиша|напишаа|објави|објавува|објавија|објавуваат|пренесе|пренесува|пренесоа|пренесуваат|информира|информираа|информираат";
/** Speech verbs whose addressee follows "за" ("изјави за МИА"): whom the speaker told. */
const TOLD = "изјави|изјавија|рече|рекоа|кажа|кажаа|потврди|потврдија|изјавува|изјавуваат|посочи|појасни|додаде|истакна|нагласи";

export const mk: LanguageFrames = {
  language: "mk",
  // Outlet names often stand in quotation marks («Нова Вест», „Нова Вест“); they stay outside the name.
  name: `(?:${DOMAIN}|(?<=[«„])\\p{Lu}[^«»„“\\n]{0,40}?(?=[»“])|${WORD}(?:\\s+${WORD}){0,4})`,
  date: "(?:во|на)\\s+(?<date>\\p{Ll}+|\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4})?)",
  descriptor: `${NOUN}(?:\\s+\\p{Ll}+){0,2}`,
  // Macedonian writes adjectives and common nouns in small letters, so any word in small letters ends a name.
  end: "(?=[»“]|[»“]?\\s*(?:[,.;:!?)”’]|$|—|–)|[»“]?\\s+\\p{Ll})",
  frames: [
    { id: "mk.spored", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])(?:[Сс]поред|[Пп]о\\s+информации\\s+на)\\s+${CUE}?[«„]?{SRC}{END}`, example: "Според весникот Нова Вест пристаништето е затворено.", expect: "Нова Вест" },
    // "…, јави МИА", "…, пишува весникот „Нова Вест“": the verb first, then the outlet.
    { id: "mk.javi", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])(?:[Кк]ако\\s+што\\s+)?(?:${REPORTS})${EOW}\\s+${CUE}?[«„]?{SRC}{END}`, example: "Пристаништето е затворено, пишува весникот Нова Вест.", expect: "Нова Вест" },
    // "Весникот Нова Вест објави дека …": the outlet noun opening the sentence has a capital and would be read into the name.
    { id: "mk.cue_subject", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])(?<cue>${SUBJECT_NOUN})\\s+[«„]?{SRC}[»“]?\\s+(?:${REPORTS})${EOW}`, example: "Весникот Нова Вест објави дека пристаништето е затворено.", expect: "Нова Вест" },
    // "МИА објави дека …": the outlet as subject ("Како што" opens a clause with no subject).
    { id: "mk.subject_reported", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `(?![Кк]ако${EOW})[«„]?{SRC}[»“]?\\s+(?:${REPORTS})${EOW}`, example: "МИА објави дека пристаништето е затворено.", expect: "МИА" },
    // "изјави за весникот Нова Вест министерот", "рече за МИА": whom the speaker told.
    { id: "mk.izjavi_za", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])(?:${TOLD})${EOW}\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}за\\s+${CUE}?[«„]?{SRC}{END}`, example: "„Нема да се откажеме“, изјави Марко Петровски за весникот Нова Вест.", expect: "Нова Вест" },
    { id: "mk.interview", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])[Вв]о\\s+интервју\\s+за\\s+${CUE}?[«„]?{SRC}{END}`, example: "Во интервју за весникот Нова Вест министерот негираше.", expect: "Нова Вест" },
  ],
  speechVerbs: [
    "рече", "рекоа", "кажа", "кажаа", "вели", "велат", "изјави", "изјавија", "изјавува", "додаде", "додадоа", "истакна", "истакнаа", "нагласи", "нагласија",
    "објасни", "објаснија", "појасни", "појаснија", "потврди", "потврдија", "посочи", "посочија", "наведе", "наведоа", "тврди", "тврдат", "порача", "порачаа",
    "соопшти", "соопштија", "демантира", "демантираа", "предупреди", "предупредија", "одговори", "одговорија", "напиша", "напишаа", "негира", "негираше",
  ],
  // The short object pronouns a clause puts before its verb ("МВР ги демантира вестите", the ministry denies them the
  // news): they stand between the subject and its speech verb and say nothing of who speaks.
  verbAsides: ["(?:ги|го|ја|ѝ|му|им|ни|ви|не|ве)"],
  pronouns: { singular: ["тој", "таа"], plural: ["тие"] },
  dropsSubject: true,
  complementisers: ["дека", "оти"],
  anonymousHeads: ["извор", "извори", "изворите", "службеник", "службеници", "експерт", "експерти", "претставник", "претставници", "сведок", "сведоци", "очевидци", "жители", "портпарол"],
  determiners: ["еден", "една", "едно", "неколку", "двајца", "тројца", "многу", "голем број"],
  roleNouns: ["експерт", "аналитичар", "новинар", "министер", "министерот", "министерката", "претставник", "портпарол", "портпаролот", "директор", "директорот", "пратеник", "градоначалник", "градоначалникот", "претседател", "претседателот", "премиер", "премиерот", "генерал", "професор", "лекар", "адвокат", "амбасадор", "обвинител", "судија"],
  // Bodies Macedonian names by the noun with its article ("полицијата соопшти", the police announced): the body speaks.
  bareBodies: ["полицијата", "министерството", "владата", "обвинителството", "општината", "судот"],
  organisationCues: ["банка", "министерство", "министерството", "влада", "владата", "армија", "армијата", "полиција", "полицијата", "обвинителство", "обвинителството", "суд", "судот", "општина", "општината", "универзитет", "институт", "комисија", "комисијата", "партија", "партијата", "болница", "болницата", "мвр", "свр", "ео", "нато", "оон"],
  // Outlet words, bare and with the article: an outlet word in a name ("Телевизија Нова") is evidence it is an outlet.
  outletCues: ["весник", "весникот", "агенција", "агенцијата", "телевизија", "телевизијата", "радио", "радиото", "сајт", "портал", "медиум", "списание", "вести", "тв", "инфо", "њуз"],
  genericSources: ["медиумите", "медиуми", "порталите", "извори", "изворите", "експерти", "социјалните мрежи", "социјалните медиуми", "новинари", "очевидци"],
  prepositions: ["во", "на", "од", "со", "за", "по", "при", "до", "пред", "над", "под", "кон", "без", "преку", "низ", "меѓу"],
  fromParticles: ["од"],
  toldPrepositions: ["за"],
  nameStopwords: ["во", "и", "но", "а", "по", "како", "ова", "тој", "таа", "тие", "сепак", "исто", "при", "по", "денеска", "вчера", "според", "воедно"],
  photoCredits: ["(?:Фото|Фотографија|Илустрација|Видео)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["книга", "книгата", "филм", "филмот", "статија", "статијата", "извештај", "извештајот", "емисија", "емисијата", "програма"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Извор|Извори)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
  // Macedonian news names the national agency and broadcaster by their initials ("според МИА", "изјави за МРТ"), which
  // the registry keeps as an agency's credit or not at all: read as those outlets in Macedonian texts only.
  localAliases: [{ alias: "МИА", outlet: "Media Information Agency" }, { alias: "МРТ", outlet: "Makedonska Radio Televizija" }],
};
