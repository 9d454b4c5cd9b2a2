/**
 * Bulgarian reading data: «според», «съобщи X», «пише X», «X съобщи», «каза пред X», «по данни на»; guillemets around
 * outlet names. Bulgarian writes its article onto the noun ("вестникът", "агенцията") and does not decline names, so an
 * outlet is written alike after every frame ("пред БТА", "според БТА"). Every verb here has people as subjects too
 * ("съобщи министърът", "пише Иван Петров"), so each frame takes a name only with evidence of an outlet: the registry, an
 * outlet noun before it ("вестник Нова Вест") or an outlet word in it — a person or a city is never an outlet.
 */
import { DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

// One capitalised word (Cyrillic or Latin); a dot only inside an abbreviation.
const WORD = "\\p{Lu}(?:[\\p{L}\\p{N}’'&\\-\\u2011]|\\.(?=\\p{L}))*";
/** Nouns for a publication, bare and with the article written onto them ("вестник", "вестникът", "вестника"). */
const OUTLET_NOUNS = ["вестник", "вестникът", "вестника", "ежедневник", "ежедневникът", "ежедневника", "седмичник", "седмичникът", "седмичника", "таблоид", "таблоидът", "таблоида", "агенция", "агенцията", "информационна агенция", "информационната агенция", "сайт", "сайтът", "сайта", "новинарски сайт", "новинарският сайт", "новинарския сайт", "портал", "порталът", "портала", "медия", "медията", "издание", "изданието", "списание", "списанието", "телевизия", "телевизията", "радио", "радиото", "канал", "каналът", "канала", "блог", "блогът", "блога"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, "\\s+")).join("|")})`;
/** An outlet noun before the name, with up to two adjectives before it ("германският вестник"), kept as `cue`. */
const CUE = `(?:(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?<cue>${NOUN})${EOW}\\s+)`;
/** The outlet nouns a sentence opens with, capitalised there ("Вестник", "Агенцията"). */
const SUBJECT_NOUN = `(?:${OUTLET_NOUNS.filter((n) => !n.includes(" ")).map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join("|")})`;
/** Third-person forms of "report", "write", "inform", "pass on", present and past, singular and plural. */
const REPORTS = "съобщи|съобщава|съобщиха|съобщават|пише|пишат|писа|писаха|написа|информира|информираха|информират|предаде|предава|предадоха|предават";
/** A social network, as Bulgarian writes it in Cyrillic or Latin letters, capitalised or not. */
const NETWORK = "(?:[Фф]ейсбук|[Ии]нстаграм|[Тт]ик\\s?[Тт]ок|[Тт]уитър|Facebook|Instagram|TikTok|Twitter)";
/** A platform where words were posted: "в профила си в инстаграм", "на страницата си във фейсбук", "във Фейсбук". */
const MEDIUM = `(?:(?:в|на)\\s+(?:(?:личния|официалния)\\s+си\\s+)?(?:профила|страницата)\\s+си\\s+)?(?:в|във)\\s+${NETWORK}`;
/** Speech verbs whose addressee follows "пред" ("каза пред БТА"): whom the speaker told. */
const TOLD = "каза|казва|казаха|заяви|заявява|заявиха|сподели|споделя|разказа|коментира|обясни|потвърди|призна|съобщи|отбеляза|увери|подчерта";

export const bg: LanguageFrames = {
  language: "bg",
  // Outlet names often stand in guillemets («Нова Вест»); they stay outside the name.
  name: `(?:${DOMAIN}|(?<=«)\\p{Lu}[^«»\\n]{0,40}?(?=»)|${WORD}(?:\\s+${WORD}){0,4})`,
  date: "(?:в|във|на)\\s+(?<date>\\p{Ll}+|\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4})?)",
  descriptor: `${NOUN}(?:\\s+\\p{Ll}+){0,2}`,
  // Bulgarian writes adjectives and common nouns in small letters, so any word in small letters ends a name.
  end: "(?=»|»?\\s*(?:[,.;:!?)”’]|$|—|–)|»?\\s+\\p{Ll})",
  frames: [
    { id: "bg.spored", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])(?:[Сс]поред|[Пп]о\\s+данни\\s+на|[Пп]о\\s+информация\\s+на)\\s+${CUE}?«?{SRC}{END}`, example: "Според вестник Нова Вест пристанището е затворено.", expect: "Нова Вест" },
    // "…, съобщи БТА", "…, пише вестник „Нова Вест“": the verb first, then the outlet.
    { id: "bg.saobshti", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])(?:[Кк]акто\\s+)?(?:${REPORTS})${EOW}\\s+${CUE}?«?{SRC}{END}`, example: "Пристанището е затворено, съобщи агенция Нова Вест.", expect: "Нова Вест" },
    // "Вестник „Нова Вест“ пише, че …": the outlet noun opening the sentence has a capital and would be read into the name.
    { id: "bg.cue_subject", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])(?<cue>${SUBJECT_NOUN})\\s+«?{SRC}»?\\s+(?:${REPORTS})${EOW}`, example: "Вестник «Нова Вест» пише, че пристанището е затворено.", expect: "Нова Вест" },
    // "БТА съобщи, че …": the outlet as subject ("Както" opens a clause with no subject).
    { id: "bg.subject_reported", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `(?![Кк]акто${EOW})«?{SRC}»?\\s+(?:${REPORTS})${EOW}`, example: "БТА съобщи, че пристанището е затворено.", expect: "БТА" },
    // "каза пред БТА кметът", "заяви пред вестник „Нова Вест“": whom the speaker told.
    { id: "bg.kaza_pred", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])(?:${TOLD})${EOW}\\s+(?:\\p{Ll}+\\s+)?пред\\s+${CUE}?«?{SRC}{END}`, example: "„Няма да се откажем“, каза пред агенция Нова Вест кметът.", expect: "Нова Вест" },
    // "каза Петрова в ефира на Нова телевизия" (on the air of): whose broadcast the speaker spoke on, as "пред X" is whom
    // they told. A show's title there ("в ефира на „Добро утро“") is no broadcaster: only a name with an outlet's evidence
    // (the registry, an outlet word) is taken, so a show the text ties to no outlet names none.
    { id: "bg.v_efira_na", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])[Вв]\\s+(?:\\p{Ll}+\\s+)?ефира?\\s+на\\s+${CUE}?«?{SRC}{END}`, example: "„Няма да се откажем“, каза кметът в ефира на Нова Телевизия.", expect: "Нова Телевизия" },
    { id: "bg.interview", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])(?:[Вв]\\s+интервю\\s+(?:за|пред))\\s+${CUE}?«?{SRC}{END}`, example: "В интервю за вестник Нова Вест министърът отрече.", expect: "Нова Вест" },
    { id: "bg.tsitiran", frame: "cited_by", allowUnknown: true, needsEvidence: true, pattern: `(?<![\\p{L}])(?:цитиран[аио]?|публикуван[аио]?)\\s+(?:от|в|във)\\s+${CUE}?«?{SRC}{END}`, example: "Данните, цитирани от вестник Нова Вест, са неточни.", expect: "Нова Вест" },
  ],
  // A person writes a post as well as says ("написа в профила си Петрова"); the present "пише" stays the frames': it is
  // how papers are cited ("пише вестник X"), and an unknown paper after it would be read as a person.
  speechVerbs: ["каза", "казва", "казаха", "заяви", "заявява", "заявиха", "добави", "добавя", "добавиха", "подчерта", "подчертава", "обясни", "обяснява", "отбеляза", "отбелязва", "разказа", "сподели", "споделя", "потвърди", "призна", "коментира", "уточни", "увери", "съобщи", "съобщиха", "отговори", "написа", "написаха"],
  // Where the words were posted, between the verb and its inverted subject ("написа в профила си в инстаграм Петрова"):
  // stepped over, never the speaker.
  mediumPhrases: [MEDIUM],
  pronouns: { singular: ["той", "тя"], plural: ["те"] },
  dropsSubject: true,
  complementisers: ["че"],
  anonymousHeads: ["източник", "източници", "служител", "служители", "експерт", "експерти", "представител", "представители", "свидетел", "свидетели", "очевидци", "жители", "говорител"],
  determiners: ["един", "една", "едно", "няколко", "двама", "трима", "много"],
  roleNouns: ["експерт", "анализатор", "журналист", "министър", "министърът", "представител", "говорител", "говорителят", "директор", "директорът", "депутат", "кмет", "кметът", "президент", "президентът", "председател", "председателят", "заместник", "премиер", "премиерът", "генерал", "професор", "лекар", "адвокат", "посланик"],
  organisationCues: ["банка", "министерство", "министерството", "правителство", "правителството", "армия", "армията", "полиция", "полицията", "прокуратура", "прокуратурата", "съд", "съдът", "община", "общината", "университет", "университетът", "институт", "институтът", "комисия", "комисията", "партия", "партията", "болница", "болницата", "мвр", "ес", "нато", "оон"],
  // Outlet words, bare and with the article: an outlet word in a name ("Нова Телевизия") is evidence it is an outlet.
  outletCues: ["вестник", "вестникът", "вестника", "агенция", "агенцията", "телевизия", "телевизията", "радио", "радиото", "сайт", "портал", "медия", "издание", "списание", "новини", "таймс", "нюз", "тв"],
  genericSources: ["медии", "медиите", "местни медии", "местните медии", "източници", "експерти", "социалните мрежи", "издания", "агенции", "журналисти", "очевидци"],
  prepositions: ["в", "във", "на", "от", "с", "със", "за", "по", "при", "до", "пред", "над", "под", "към", "без", "през", "след"],
  nameStopwords: ["в", "и", "но", "а", "по", "както", "това", "той", "тя", "те", "обаче", "също", "при", "след", "днес", "вчера", "според"],
  // The national agency, named by its initials alone ("съобщи БТА").
  localAliases: [{ alias: "БТА", outlet: "Bulgarian News Agency" }, { alias: "BTA", outlet: "Bulgarian News Agency" }],
  photoCredits: ["(?:Снимка|Снимки|Илюстрация|Кадър)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  // "в ефира на „X“" (on the air of X): what is in marks after a broadcast's air is the programme's title, no one's words.
  titleCues: ["книга", "книгата", "филм", "филма", "филмът", "статия", "статията", "доклад", "доклада", "предаване", "предаването", "програма", "ефир", "ефира"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Източник|По\\s+материали\\s+на)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
};
