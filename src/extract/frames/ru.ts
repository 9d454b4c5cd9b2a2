/** Russian reading data: «как сообщает», «по данным», «со ссылкой на», «рассказал ТАСС»; guillemets around outlet names. */
import { DOMAIN, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";
import { speechVerbForms } from "./verbForms.ts";

// One capitalised word (Cyrillic or Latin); a dot only inside an abbreviation.
const WORD = "\\p{Lu}(?:[\\p{L}\\p{N}’'&\\-\\u2011]|\\.(?=\\p{L}))*";
// JavaScript's \b is ASCII-only even with the u flag: Cyrillic word ends are written as "no letter follows".
const EOW = "(?![\\p{L}\\p{N}])";
/** Publication nouns in the case a frame needs, with up to three adjectives before them ("китайская правительственная газета"), kept as `cue`. */
// "Our" publication ("нашему изданию") is the article's own outlet: whatever name follows is the speaker's, never its.
const ADJ = "(?:(?!наш)\\p{Ll}[\\p{Ll}-]*\\s+){0,3}";
const cue = (forms: string): string => `(?:${ADJ}(?<cue>${forms})${EOW}\\s+)`;
const NOM = "газета|издание|агентство|информагентство|телеканал|портал|сайт|журнал|радиостанция|ресурс|таблоид|еженедельник";
const GEN = "газеты|издания|агентства|информагентства|телеканала|портала|сайта|журнала|радиостанции|ресурса|таблоида|еженедельника";
const DAT = "газете|изданию|агентству|информагентству|телеканалу|порталу|сайту|журналу|радиостанции|ресурсу|таблоиду";
const ACC = "газету|издание|агентство|информагентство|телеканал|портал|сайт|журнал|радиостанцию|ресурс|таблоид";
const PREP = "газете|издании|агентстве|телеканале|портале|сайте|журнале|эфире";
/** One adjective in the prepositional case before a quoted name ("в российской «Комсомольской правде»"): where the outlet is from. */
const PLACE_ADJ = "(?:\\p{Ll}+(?:ой|ей|ом|ем)\\s+(?=[«”]))";
/** Third-person forms of "report", "write", "pass on", "state", present and past, perfective and imperfective ("сообщало", "передавал"), every gender and number. */
const REPORTS = "сообщает|сообщают|сообщило|сообщила|сообщил|сообщили|сообщало|сообщал|сообщала|сообщали|пишет|пишут|писал|писала|писало|писали|передает|передаёт|передают|передало|передала|передавало|передавал|передавала|передавали|утверждает|утверждают|утверждало|утверждал|утверждала|утверждали";

/** A day and month, with a year or none ("15 июля", "3 мая 2014 года"), written between a verb and its subject or in "от …". */
const DAY_MONTH = "\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4}(?:\\s+года)?)?";

/** Nouns of a report in the case after "в" or as an object, before the name of whose report it is, in the genitive ("информацию «X»", "в эфире «X»"). */
const REPORT_NOUN = "(?:информаци[яиюей]|сообщени[еяюи]|сюжет(?:а|е|у|ом)?|публикаци[яиюей]|материал(?:а|е|у|ом)?|репортаж(?:а|е|у|ем)?|эфир(?:а|е|у|ом)?|стать[яиюе]|расследовани[еяюи])";
/** The same nouns after "в" ("в сюжете", "в материале"). */
const REPORT_NOUN_IN = "(?:сюжете|репортаже|материале|публикации|статье|эфире|передаче|программе|заметке|расследовании)";
/** What a report is said to say, impersonal ("в сюжете X говорится, что"). */
const IT_IS_SAID = "(?:говорится|сообщается|утверждается|рассказывается|отмечается|указывается|ид[её]т\\s+речь)";
/** Who works for an outlet, before its name in the genitive and their own name ("журналист «X» Иван Петров"). */
const STAFF = "(?:[Жж]урналист(?:ка|ы)?|[Кк]орреспондент(?:ка|ы)?|[Рр]едактор|[Оо]бозреватель|[Рр]епортер|[Вв]едущ(?:ий|ая))";
/** One adjective in the genitive or prepositional before a name ("российского «Первого канала»", "в вечернем эфире"). */
const OBLIQUE_ADJ = "(?:\\p{Ll}+(?:ого|его|ой|ей|ом|ем)\\s+)";
/** Verbs of a report going on air: shown, came out, ran, appeared. */
const AIRED = "(?:показан[аоы]?|показали|показал[аои]?|вышел|вышла|вышло|вышли|прош[её]л|прошла|прошло|прошли|появил(?:ся|ась|ось|ись)|транслировал(?:ся|ась|ось|и|а|о)?)";
/** Where a report airs: on a channel, on its air ("на «X»", "в эфире «X»"). */
const ON_AIR = `(?:[Нн]а|[Вв]\\s+${OBLIQUE_ADJ}?эфире)`;

export const ru: LanguageFrames = {
  language: "ru",
  // Outlet names often stand in guillemets («Коммерсантъ»); they stay outside the name.
  // A name in guillemets is bounded by them, whatever the case of its later words («Северный вестник»).
  // Some pages open the name with the closing mark, as in Polish ("в ”Комсомольской правде”").
  // Straight or curly double marks bound it too ("сообщает "Бриз"").
  // A channel is named unquoted by an adjective and "канал" in any case ("на Первом канале"): the noun is part of the name.
  name: `(?:${DOMAIN}|(?<=«)\\p{Lu}[^«»\\n]{0,40}?(?=»)|(?<=(?:^|\\s)”)\\p{Lu}[^«»”“\\n]{0,40}?(?=”)|(?<=(?:^|\\s)["“„])\\p{Lu}[^«»"“”„\\n]{0,40}?(?=["”“])|\\p{Lu}\\p{Ll}+(?:ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем)\\s+(?:теле)?канал(?:а|у|ом|е)?${EOW}|${WORD}(?:\\s+${WORD}){0,4})`,
  date: `(?:в|во)\\s+(?<date>\\p{Ll}+|\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4})?)`,
  descriptor: `(?:издание|газета|агентство|телеканал|портал|сайт)(?:\\s+\\p{Ll}+){0,2}`,
  // After the name: a closing guillemet (it bounds the name), punctuation, a clause word, or — Russian puts the speaker after "рассказал ТАСС" — a source noun.
  // Russian writes adjectives and common nouns in small letters, so any word in small letters ends a name.
  end: `(?=»|»?\\s*(?:[,.;:!?)”’]|$|—|–)|»?\\s+\\p{Ll})`,
  frames: [
    // A date may stand between the verb and its subject ("…, пишет 15 июля «X»").
    { id: "ru.kak_soobshaet", frame: "reported", allowUnknown: true, pattern: `(?:[Кк]ак\\s+)?(?:${REPORTS})${EOW}\\s+(?:${DAY_MONTH}\\s+)?${cue(NOM)}?«?{SRC}{END}`, example: "Как сообщает «Коммерсантъ», сделка сорвалась.", expect: "Коммерсантъ" },
    // Before the bare subject: at a sentence's start the noun has a capital and would be read into the name ("Агентство X").
    // "Издание The Bell со ссылкой на собственные источники утверждает": the outlet by its noun, its source between it and the verb.
    { id: "ru.izdanie_utverzhdaet", frame: "reported", allowUnknown: true, pattern: `${cue(NOM)}«?{SRC}»?\\s+(?:со\\s+ссылкой\\s+на\\s+[^,.;:!?]{1,60}?\\s+)?(?:${REPORTS})${EOW}`, example: "Как стало известно, издание Северный Вестник со ссылкой на свои источники утверждает, что порт продан.", expect: "Северный Вестник" },
    // "Телеканал «Северный Вестник» опубликовал видео": an outlet noun opening the sentence (capitalised there) before the
    // name, then a verb of publishing or showing, which a person may do too: only with the noun before the name.
    { id: "ru.izdanie_opublikovalo", frame: "reported", allowUnknown: true, publishingVerb: true, pattern: `(?<![\\p{L}\\p{N}])(?:${ADJ})?(?<cue>${NOM.split("|").map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})${EOW}\\s+«?{SRC}»?\\s+(?:опубликовал[аио]?|показал[аио]?|выпустил[аио]?|разместил[аио]?|распространил[аио]?)${EOW}`, example: "Телеканал «Северный Вестник» опубликовал видео с места пожара.", expect: "Северный Вестник" },
    // "как" ("as") opens the verb's clause, no subject: "Как сообщают местные СМИ" has its subject after the verb.
    { id: "ru.subject_reported", frame: "reported", allowUnknown: true, pattern: `(?![Кк]ак${EOW})«?{SRC}»?\\s+(?:${REPORTS})${EOW}`, example: "Об этом ТАСС сообщает со ссылкой на свои источники.", expect: "ТАСС" },
    { id: "ru.po_dannym", frame: "according_to", allowUnknown: true, pattern: `(?:[Пп]о\\s+данным|[Пп]о\\s+информации|[Сс]огласно\\s+данным|[Сс]огласно\\s+информации|[Сс]огласно\\s+публикации)\\s+${cue(GEN)}?«?{SRC}{END}`, example: "По данным РБК, переговоры прервались в пятницу.", expect: "РБК" },
    // "Согласно «Коммерсанту»" (according to, with the dative): a registry name, or any name after a publication noun
    // ("согласно газете «X»"); a bare unknown name after it is as often a law, a body or a person ("согласно Конституции").
    { id: "ru.soglasno", frame: "according_to", allowUnknown: false, pattern: `[Сс]огласно\\s+(?!данным|информации|публикации)${cue(DAT)}?«?{SRC}{END}`, example: "Согласно газете «Северный Вестник», мэр ушёл в отставку.", expect: "Северный Вестник" },
    { id: "ru.ssylkoy", frame: "citing", allowUnknown: false, pattern: `со\\s+ссылкой\\s+на\\s+${cue(ACC)}?«?{SRC}{END}`, example: "Агентство сообщило об этом со ссылкой на Reuters.", expect: "Reuters" },
    { id: "ru.subject_soslalos", frame: "reported", allowUnknown: true, pattern: `«?{SRC}»?\\s+(?:сослал(?:ось|ся|ась|ись)|ссылается)\\s+на${EOW}`, example: "«Северный Вестник» сослался на анонимный источник.", expect: "Северный Вестник" },
    { id: "ru.soslalos", frame: "citing", allowUnknown: true, pattern: `(?:сослал(?:ось|ся|ась|ись)|ссылается|ссылаются)\\s+на\\s+${cue(ACC)}?«?{SRC}{END}`, example: "Издание сослалось на американский портал Морская Сводка, не проверив факты.", expect: "Морская Сводка" },
    { id: "ru.v_intervyu", frame: "told", allowUnknown: true, pattern: `(?:[Вв]\\s+(?:эксклюзивном\\s+)?интервью|[Вв]\\s+беседе\\s+с)\\s+${cue(DAT + "|" + "газетой|изданием|агентством|телеканалом|порталом")}?«?{SRC}{END}`, example: "В интервью газете «Северный Вестник» министр всё отрицал.", expect: "Северный Вестник" },
    // A syndication credit ("Эта статья впервые опубликована на сайте X", "Материал впервые вышел на X", "Публикуется с
    // разрешения X"): the outlet of record, where the article is the subject; before "опубликован в X", a plain citation.
    { id: "ru.vpervye_opublikovano", frame: "first_appeared_in", allowUnknown: true, syndication: true, pattern: `(?:(?:[Вв]первые|[Пп]ервоначально|[Ии]значально)\\s+(?:был[аио]?\\s+)?(?:опубликован\\p{Ll}*|размещен\\p{Ll}*|вышел|вышла|вышло|появил(?:ся|ась|ось))|(?:опубликован\\p{Ll}*|вышел|вышла|вышло)\\s+впервые)\\s+(?:в|на)\\s+${cue(PREP)}?«?{SRC}{END}`, example: "Эта статья впервые опубликована на сайте Северный Вестник.", expect: "Северный Вестник" },
    { id: "ru.s_razresheniya", frame: "first_appeared_in", allowUnknown: true, syndication: true, pattern: `(?:[Пп]убликуется|[Пп]ерепечатан[аоы]?|[Оо]публикован[аоы]?|[Пп]ерепечатка)\\s+с\\s+разрешения\\s+${cue(GEN)}?«?{SRC}{END}`, example: "Публикуется с разрешения издания «Северный Вестник».", expect: "Северный Вестник" },
    { id: "ru.opublikovano_v", frame: "reported_by", allowUnknown: true, publication: true, pattern: `(?:опубликован\\p{Ll}*|размещен\\p{Ll}*|вышедш\\p{Ll}*|появивш\\p{Ll}*)\\s+(?:в|на)\\s+(?:${cue(PREP)}|${PLACE_ADJ})?«?{SRC}{END}`, example: "Статья, опубликованная в журнале «Морские Записки», оказалась фальшивкой.", expect: "Морские Записки" },
    { id: "ru.perepechatal", frame: "reported_by", allowUnknown: true, publication: true, pattern: `(?:перепечатал[аои]?|перепечатывает|процитировал[аои]?|пересказал[аои]?)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:статью|материал|публикацию|текст|заметку|новость)\\s+${cue(GEN)}?«?{SRC}{END}`, example: "Газета перепечатала статью портала Морская Сводка без проверки.", expect: "Морская Сводка" },
    // Names in the genitive or prepositional, read only under a form the text writes (FrameRule.oblique): the staff of an
    // outlet ("Журналист «Северной газеты» Иван Петров опросил …"), a report of an outlet ("не подтвердил информацию
    // российского «X»", "в эфире «X» появился сюжет"), a report said to say ("В сюжете Ветра говорится, что …"), a report
    // aired on a channel ("Сюжет был показан на «X»", "На Первом канале прошёл сюжет").
    { id: "ru.zhurnalist", frame: "reported", allowUnknown: true, oblique: true, pattern: `(?<![\\p{L}\\p{N}])${STAFF}\\s+${OBLIQUE_ADJ}?[«"“]{SRC}[»"”](?=\\s+\\p{Lu}\\p{Ll})`, example: "Журналист «Северной газеты» Иван Петров опросил жителей.", expect: "Северной газеты" },
    { id: "ru.informatsiya", frame: "reported", allowUnknown: true, oblique: true, reportNoun: true, pattern: `(?<![\\p{L}\\p{N}])${REPORT_NOUN}\\s+${OBLIQUE_ADJ}?[«"“]{SRC}{END}`, example: "Никто не подтвердил информацию российской «Северной газеты» о пожаре.", expect: "Северной газеты" },
    { id: "ru.v_syuzhete_govoritsya", frame: "reported", allowUnknown: true, oblique: true, pattern: `(?<![\\p{L}\\p{N}])[Вв]\\s+${REPORT_NOUN_IN}\\s+{SRC}\\s+${IT_IS_SAID}${EOW}`, example: "В сюжете «Северной газеты» говорится, что мэр ушёл.", expect: "Северной газеты" },
    { id: "ru.pokazan_na", frame: "reported", allowUnknown: true, oblique: true, pattern: `(?<![\\p{L}\\p{N}])${AIRED}${EOW}\\s+(?:[^,.;:!?«»"\\n]{0,40}?\\s+)?${ON_AIR}\\s+{SRC}{END}`, example: "Сюжет был показан 12 июля на «Северной волне».", expect: "Северной волне" },
    { id: "ru.na_pokazan", frame: "reported", allowUnknown: true, oblique: true, pattern: `(?<![\\p{L}\\p{N}])${ON_AIR}\\s+{SRC}\\s+(?:\\p{Ll}+\\s+){0,2}?${AIRED}${EOW}`, example: "Год назад на Северном канале прошел сюжет о мальчике.", expect: "Северном канале" },
    // "В сюжете от 3 мая «X» показал …": the outlet in the nominative, the subject of what it aired; only a
    // name in marks, with a verb of telling after it (a quoted report title stands there as often).
    { id: "ru.v_syuzhete_subject", frame: "reported", allowUnknown: true, pattern: `(?<![\\p{L}\\p{N}])[Вв]\\s+(?:сво[её]м\\s+)?(?:сюжете|репортаже|эфире|передаче|программе)\\s+(?:от\\s+${DAY_MONTH}\\s+)?[«"“]{SRC}[»"”]\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:предоставил|показал|рассказал|сообщил|утверждал|заявил|выпустил|дал)(?:а|о|и)?${EOW}`, example: "В сюжете от 12 июля «Северная волна» показала беженку.", expect: "Северная волна" },
    { id: "ru.rasskazal", frame: "told", allowUnknown: true, pattern: `(?:рассказал|рассказала|рассказали|заявил|заявила|заявили|сказал|сказала|сказали|сообщил|сообщила|сообщили)${EOW}\\s+«?{SRC}{END}`, example: "«Он жив», — рассказал ТАСС источник в силовых структурах.", expect: "ТАСС" },
    // "— заявила агентству Reuters капитан порта": with the publication noun the addressee is told from the speaker after it.
    { id: "ru.rasskazal_cue", frame: "told", allowUnknown: true, pattern: `(?:рассказал|рассказала|рассказали|заявил|заявила|заявили|сказал|сказала|сказали|сообщил|сообщила|сообщили)${EOW}\\s+${cue(DAT)}«?{SRC}(?:{END}|(?=\\s+\\p{Ll}))`, example: "«Он жив», — заявил агентству Вестник Юга капитан порта.", expect: "Вестник Юга" },
  ],
  speechVerbs: ["сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "добавил", "добавила", "подчеркнул", "подчеркнула", "рассказал", "рассказала", "пояснил", "пояснила", "уточнил", "уточнила", "сообщил", "сообщила", "сообщили", "сказали", "заявили", "отметили", "добавили", "рассказали", "пояснили", "признал", "признала", "ответил", "ответила",
    ...speechVerbForms("ru", ["заявлять", "говорить", "сообщать", "отмечать", "подчёркивать", "подчеркивать", "рассказывать", "пояснять", "уточнять", "добавлять", "утверждать", "объяснять", "признавать", "отвечать"]),
  ],
  // Russian writes an outlet's title in sentence case («Горная весна»), which reads like quoted words: after a reporting
  // verb set off by a comma or dash (a date may stand between: ", пишет 15 июля «X»"), and after a publication noun with
  // whose it is in the genitive ("сайт боевиков «X»"), the marks hold a name. Without the comma the quotation after
  // "пишет" is what was written.
  quotedTitleLeads: [`(?<=[,—–]\\s{0,2})(?:${REPORTS})(?:\\s+${DAY_MONTH})?`, `(?:${NOM})\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?`],
  // What a syndication credit says ran first elsewhere: the article itself ("Эта статья впервые опубликована …").
  articleSelf: ["эта статья", "этот материал", "эта публикация", "этот текст", "статья", "материал", "публикация", "текст"],
  pronouns: { singular: ["он", "она"], plural: ["они"] },
  dropsSubject: true,
  complementisers: ["что"],
  // With the case forms that follow "по словам", "со ссылкой на", "по данным" ("по словам источника").
  anonymousHeads: ["источник", "источники", "источника", "источников", "источнику", "собеседник", "собеседники", "собеседника", "собеседников", "чиновник", "чиновники", "чиновника", "чиновников", "эксперт", "эксперты", "эксперта", "экспертов", "представитель", "представители", "представителя", "представителей", "сотрудник", "сотрудники", "сотрудника", "сотрудников", "военный", "военные", "военного", "военных", "жители", "жителей", "жителям", "очевидцы", "очевидцев", "свидетели", "свидетелей"],
  determiners: ["один", "одна", "несколько", "ряд", "два", "три"],
  // "заявил нашему изданию губернатор": whom the speaker told, in the dative, before an inverted subject.
  toldPronouns: ["нам", "мне", "нашему изданию", "нашему корреспонденту", "нашей редакции", "изданию", "редакции", "агентству", "газете", "журналистам", "корреспонденту", "телеканалу"],
  roleNouns: ["эксперт", "аналитик", "журналист", "министр", "представитель", "глава", "директор", "политолог", "депутат", "генерал", "командир", "пресс-секретарь", "губернатор", "мэр", "начальник", "руководитель", "председатель", "заместитель", "спикер", "президент", "премьер", "премьер-министр", "канцлер",
    // In the genitive, after "со ссылкой на", "по словам" ("со ссылкой на губернатора области Аркадия Белоусова").
    "эксперта", "аналитика", "министра", "представителя", "главы", "директора", "губернатора", "мэра", "начальника", "руководителя", "председателя", "заместителя", "пресс-секретаря"],
  // Whom an outlet relied on, after its credit ("сообщает ТАСС со ссылкой на губернатора …").
  citingCues: ["со ссылкой на", "ссылаясь на"],
  // Names decline: "Аркадия Белоусова" after "со ссылкой на" is Аркадий Белоусов.
  nameCaseEndings: ["ого", "его", "ому", "ему", "ием", "ией", "ий", "ия", "ию", "ии", "ым", "им", "ой", "ей", "ом", "ем", "а", "я", "у", "ю", "е", "ы", "и", "й"],
  // "губернатор Заречной области Аркадий Белоусов", "начальник управления МЧС Олег Ступин": the body a role heads
  // stands in the genitive between the role and the person.
  bodyAfterRole: true,
  // No article: "— заявил губернатор." refers back to the governor the article named.
  bareRoleRefers: true,
  middleNameEndings: ["вич", "ич", "вна", "ична"],
  organisationCues: ["банк", "министерство", "минобороны", "мид", "правительство", "армия", "полиция", "кремль", "совет", "ведомство", "служба", "фсб", "администрация", "прокуратура", "суд"],
  outletCues: ["канал", "канала", "канале", "газета", "агентство", "телеканал", "радио", "издание", "портал", "сайт", "журнал", "новости", "ведомости", "известия", "коммерсантъ", "вестник", "правда", "газеты", "портала", "издания", "агентства"],
  genericSources: ["сми", "источники", "эксперты", "соцсети", "местные сми", "китайские сми", "западные сми", "зарубежные сми", "российские сми", "издания", "агентства", "журналисты", "очевидцы"],
  prepositions: ["в", "во", "на", "из", "с", "со", "у", "от", "до", "при", "о", "об", "по", "под", "над", "за", "через", "для", "без"],
  nameStopwords: ["в", "и", "но", "а", "по", "как", "об", "этом", "он", "она", "они", "это", "однако", "также", "при", "после"],
  photoCredits: ["(?:Фото|Фотография|Иллюстрация|Кадр)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  referenceNouns: ["статья", "статьи", "статье", "статью", "статей", "ст", "часть", "части", "пункт", "пункта", "пункте", "глава", "главы", "закон", "закона", "резолюция", "резолюции", "постановление", "постановления"],
  titleCues: ["книга", "книге", "фильм", "фильме", "статья", "статье", "доклад", "докладе", "передача", "передаче", "программа", "программе", "сюжет", "сюжета", "сюжете", "рубрика", "рубрике", "назывался", "называлась", "называлось", "названием"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Источник|По\\s+материалам)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
  attributionOpenings: ["по\\s+(?:словам|данным|информации|сообщению|оценкам)\\s[^,]{1,100}", "как\\s+(?:сообщил|сообщила|сообщили|заявил|заявила|заявили|рассказал|рассказала|рассказали|отметил|отметила|пишет|сообщает|сообщают)\\s[^,]{1,100}"],
};
