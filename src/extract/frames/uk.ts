/** Ukrainian reading data: «як повідомляє», «за даними», «з посиланням на», «розповів Укрінформу»; guillemets around outlet names. */
import { DOMAIN, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

// One capitalised word (Cyrillic or Latin; Ukrainian writes the apostrophe inside words, "інтерв'ю", "Прип'ять").
const WORD = "\\p{Lu}(?:[\\p{L}\\p{N}’'ʼ&\\-\\u2011]|\\.(?=\\p{L}))*";
// JavaScript's \b is ASCII-only even with the u flag: Cyrillic word ends are written as "no letter follows".
const EOW = "(?![\\p{L}\\p{N}])";
/** Publication nouns in the case a frame needs, with up to three adjectives before them ("провідне урядове видання"), kept as `cue`. */
// "Our" publication ("нашему изданию") is the article's own outlet: whatever name follows is the speaker's, never its.
const ADJ = "(?:(?!наш)\\p{Ll}[\\p{Ll}'ʼ’-]*\\s+){0,3}";
const cue = (forms: string): string => `(?:${ADJ}(?<cue>${forms})${EOW}\\s+)`;
const NOM = "газета|видання|агентство|інформагентство|телеканал|портал|сайт|журнал|радіостанція|ресурс|таблоїд|тижневик";
const GEN = "газети|видання|агентства|інформагентства|телеканалу|порталу|сайту|журналу|радіостанції|ресурсу|таблоїда|тижневика";
const DAT = "газеті|виданню|агентству|інформагентству|телеканалу|порталу|сайту|журналу|радіостанції|ресурсу|таблоїду|тижневику";
const ACC = "газету|видання|агентство|інформагентство|телеканал|портал|сайт|журнал|радіостанцію|ресурс|таблоїд|тижневик";
const LOC = "газеті|виданні|агентстві|телеканалі|порталі|сайті|журналі|ефірі|тижневику";
/** Third-person forms of "report", "write", "pass on", "state", every gender and number. */
const REPORTS = "повідомляє|повідомляють|повідомило|повідомила|повідомив|повідомили|повідомляло|повідомляла|повідомляв|повідомляли|пише|пишуть|писав|писала|писало|писали|передає|передають|передало|передала|передав|передавало|передавала|передавав|передавали|стверджує|стверджують|інформує|інформують";
/** Speech verbs an outlet is told with ("розповів Укрінформу джерело"). */
const TOLD = "розповів|розповіла|розповіло|розповіли|заявив|заявила|заявило|заявили|сказав|сказала|сказало|сказали|повідомив|повідомила|повідомило|повідомили";

/** Nouns of a report as an object or after "в", before the name of whose report it is, in the genitive ("інформацію «X»", "в ефірі «X»"). */
const REPORT_NOUN = "(?:інформаці[яїює]|інформацією|повідомлен(?:ня|ню|ні|ням)|сюжет(?:у|і|ом)?|публікаці[яїює]|матеріал(?:у|і|ом)?|репортаж(?:у|і|ем)?|ефір(?:у|і|ом)?|статт[яіює]|розслідуван(?:ня|ню|ні))";
/** The same nouns after "в" or "у" ("у сюжеті", "в матеріалі"). */
const REPORT_NOUN_IN = "(?:сюжеті|репортажі|матеріалі|публікації|статті|ефірі|передачі|програмі|замітці|розслідуванні)";
/** What a report is said to say, impersonal ("у сюжеті X розповідається, що"). */
const IT_IS_SAID = "(?:розповідається|йдеться|ідеться|говориться|повідомляється|стверджується|зазначається|вказується)";
/** Who works for an outlet, before its name in the genitive and their own name ("журналіст «X» Іван Петренко"). */
const STAFF = "(?:[Жж]урналіст(?:ка|и)?|[Кк]ореспондент(?:ка|и)?|[Рр]едактор|[Оо]глядач|[Рр]епортер|[Вв]едуч(?:ий|а))";
/** One adjective in the genitive or locative before a name ("російського «Першого каналу»", "у вечірньому ефірі"). */
const OBLIQUE_ADJ = "(?:\\p{Ll}+(?:ого|ої|ому|ій|ім)\\s+)";
/** Verbs of a report going on air: shown, came out, ran, appeared. */
const AIRED = "(?:показан[оаий]?|показали|показав|показала|вийшов|вийшла|вийшло|вийшли|пройшов|пройшла|пройшло|пройшли|з['’ʼ]явився|з['’ʼ]явилася|з['’ʼ]явилось|транслювали|транслювався|транслювалася)";
/** Where a report airs: on a channel, on its air ("на «X»", "в ефірі «X»"). */
const ON_AIR = `(?:[Нн]а|[ВвУу]\\s+${OBLIQUE_ADJ}?ефірі)`;

export const uk: LanguageFrames = {
  language: "uk",
  // Outlet names often stand in guillemets («Українська правда»); they stay outside the name.
  // A name in guillemets is bounded by them, whatever the case of its later words («Северный вестник»).
  // Straight or curly double marks bound it too; a channel is named unquoted by an adjective and "канал" ("на Першому каналі").
  name: `(?:${DOMAIN}|(?<=«)\\p{Lu}[^«»\\n]{0,40}?(?=»)|(?<=(?:^|\\s)["“„])\\p{Lu}[^«»"“”„\\n]{0,40}?(?=["”“])|\\p{Lu}\\p{Ll}+(?:ий|ій|ого|ому|им|ім)\\s+(?:теле)?канал(?:у|ом|і)?${EOW}|${WORD}(?:\\s+${WORD}){0,4})`,
  date: `(?:в|у)\\s+(?<date>\\p{Ll}+|\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4})?)`,
  descriptor: `(?:видання|газета|агентство|телеканал|портал|сайт)(?:\\s+\\p{Ll}+){0,2}`,
  // Ukrainian, like Russian, writes adjectives and common nouns in small letters: any word in small letters ends a name.
  end: `(?=»|»?\\s*(?:[,.;:!?)”’]|$|—|–)|»?\\s+\\p{Ll})`,
  frames: [
    { id: "uk.yak_povidomlyaye", frame: "reported", allowUnknown: true, pattern: `(?:[Яя]к\\s+)?(?:${REPORTS})${EOW}\\s+${cue(NOM)}?«?{SRC}{END}`, example: "Як повідомляє видання «Вечірній Вітряк», угода зірвалася.", expect: "Вечірній Вітряк" },
    // Before the bare subject: at a sentence's start the noun has a capital and would be read into the name ("Агентство X").
    // "Агентство X повідомляло, що …", "Видання X з посиланням на джерела пише": the outlet by its noun, its source between it and the verb.
    { id: "uk.vydannia_povidomlyaye", frame: "reported", allowUnknown: true, pattern: `${cue(NOM)}«?{SRC}»?\\s+(?:з\\s+посиланням\\s+на\\s+[^,.;:!?]{1,60}?\\s+)?(?:${REPORTS})${EOW}`, example: "Як стало відомо, видання Північний Вісник з посиланням на свої джерела стверджує, що порт продано.", expect: "Північний Вісник" },
    // "Видання X заявило, що …" (the publication X stated that): a verb of telling whose subject the outlet noun makes an outlet.
    { id: "uk.vydannia_zayavylo", frame: "reported", allowUnknown: true, pattern: `${cue(NOM)}«?{SRC}»?\\s+(?:заявило|заявила|заявив|заявили|стверджувало|стверджувала|стверджував)${EOW},?\\s+(?:що|ніби|начебто)${EOW}`, example: "Британське видання Північний Вісник заявило, що порт продано.", expect: "Північний Вісник" },
    // "как" ("as") opens the verb's clause, no subject: "Як пишуть місцеві ЗМІ" has its subject after the verb.
    { id: "uk.subject_reported", frame: "reported", allowUnknown: true, pattern: `(?![Яя]к${EOW})«?{SRC}»?\\s+(?:${REPORTS})${EOW}`, example: "Про це Укрінформ повідомляє з посиланням на власні джерела.", expect: "Укрінформ" },
    { id: "uk.za_danymy", frame: "according_to", allowUnknown: true, pattern: `(?:[Зз]а\\s+даними|[Зз]а\\s+інформацією|[Зз]гідно\\s+з\\s+даними|[Зз]гідно\\s+з\\s+інформацією|[Зз]гідно\\s+з\\s+публікацією)\\s+${cue(GEN)}?«?{SRC}{END}`, example: "За даними Вечірнього Вітряка, переговори перервалися в п'ятницю.", expect: "Вечірнього Вітряка" },
    // "Згідно з «Укрінформом»" (according to, with the instrumental): a registry name, or any name after a publication
    // noun; a bare unknown name after it is as often a law, a body or a person ("згідно з Конституцією").
    { id: "uk.zgidno", frame: "according_to", allowUnknown: false, pattern: `[Зз]гідно\\s+(?:з|із)\\s+(?!даними|інформацією|публікацією)${cue("газетою|виданням|агентством|інформагентством|телеканалом|порталом|сайтом|журналом|радіостанцією|ресурсом")}?«?{SRC}{END}`, example: "Згідно з газетою «Вечірній Вітряк», мер пішов у відставку.", expect: "Вечірній Вітряк" },
    { id: "uk.z_posylanniam", frame: "citing", allowUnknown: false, pattern: `(?:з|із)\\s+посиланням\\s+на\\s+${cue(ACC)}?«?{SRC}{END}`, example: "Агентство повідомило про це з посиланням на Reuters.", expect: "Reuters" },
    { id: "uk.v_interviu", frame: "told", allowUnknown: true, pattern: `(?:[ВвУу]\\s+(?:ексклюзивному\\s+)?інтерв['ʼ’]ю|[ВвУу]\\s+розмові\\s+з)\\s+${cue(DAT + "|газетою|виданням|агентством|телеканалом|порталом")}?«?{SRC}{END}`, example: "В інтерв'ю газеті «Вечірній Вітряк» міністр усе заперечив.", expect: "Вечірній Вітряк" },
    // A syndication credit ("Вперше опубліковано на X", "Матеріал вперше вийшов на сайті X", "Публікується з дозволу
    // X"): the outlet of record, where the article is the subject; before "опубліковано в X", a plain citation.
    { id: "uk.vpershe_opublikovano", frame: "first_appeared_in", allowUnknown: true, syndication: true, pattern: `(?:(?:[Вв]перше|[Пп]очатково)\\s+(?:був\\s+|була\\s+|було\\s+)?(?:опублікован\\p{Ll}*|розміщен\\p{Ll}*|вийшов|вийшла|вийшло|з['ʼ’]явил(?:ся|ася|ося))|(?:опублікован\\p{Ll}*|вийшов|вийшла|вийшло)\\s+вперше)\\s+(?:в|у|на)\\s+${cue(LOC)}?«?{SRC}{END}`, example: "Вперше опубліковано на сайті Північний Вісник.", expect: "Північний Вісник" },
    { id: "uk.z_dozvolu", frame: "first_appeared_in", allowUnknown: true, syndication: true, pattern: `(?:[Пп]ублікується|[Пп]ередрукован[оаі]?|[Оо]публікован[оаі]?)\\s+з\\s+дозволу\\s+${cue(GEN)}?«?{SRC}{END}`, example: "Публікується з дозволу видання «Північний Вісник».", expect: "Північний Вісник" },
    { id: "uk.opublikovano_v", frame: "reported_by", allowUnknown: true, publication: true, pattern: `(?:опублікован\\p{Ll}*|розміщен\\p{Ll}*|оприлюднен\\p{Ll}*)\\s+(?:в|у|на)\\s+${cue(LOC)}?«?{SRC}{END}`, example: "Стаття, опублікована в журналі «Морські Записки», виявилася фальшивкою.", expect: "Морські Записки" },
    // Names in the genitive or locative, read only under a form the text writes (FrameRule.oblique), as in Russian.
    { id: "uk.zhurnalist", frame: "reported", allowUnknown: true, oblique: true, pattern: `(?<![\\p{L}\\p{N}])${STAFF}\\s+${OBLIQUE_ADJ}?[«"“]{SRC}[»"”](?=\\s+\\p{Lu}\\p{Ll})`, example: "Журналіст «Вечірньої газети» Іван Петренко опитав мешканців.", expect: "Вечірньої газети" },
    { id: "uk.informatsiya", frame: "reported", allowUnknown: true, oblique: true, reportNoun: true, pattern: `(?<![\\p{L}\\p{N}])${REPORT_NOUN}\\s+${OBLIQUE_ADJ}?[«"“]{SRC}{END}`, example: "Ніхто не підтвердив інформацію «Вечірньої газети» про пожежу.", expect: "Вечірньої газети" },
    { id: "uk.u_syuzheti_rozpovidayetsya", frame: "reported", allowUnknown: true, oblique: true, pattern: `(?<![\\p{L}\\p{N}])[ВвУу]\\s+${REPORT_NOUN_IN}\\s+{SRC}\\s+${IT_IS_SAID}${EOW}`, example: "У сюжеті «Вечірньої газети» розповідається, що мер пішов.", expect: "Вечірньої газети" },
    { id: "uk.pokazano_na", frame: "reported", allowUnknown: true, oblique: true, pattern: `(?<![\\p{L}\\p{N}])${AIRED}${EOW}\\s+(?:[^,.;:!?«»"\\n]{0,40}?\\s+)?${ON_AIR}\\s+{SRC}{END}`, example: "Сюжет було показано 12 липня на «Вечірній хвилі».", expect: "Вечірній хвилі" },
    { id: "uk.na_pokazano", frame: "reported", allowUnknown: true, oblique: true, pattern: `(?<![\\p{L}\\p{N}])${ON_AIR}\\s+{SRC}\\s+(?:\\p{Ll}+\\s+){0,2}?${AIRED}${EOW}`, example: "Рік тому на Північному каналі пройшов сюжет про хлопчика.", expect: "Північному каналі" },
    // "У сюжеті від 12 липня «X» надав слово …": the outlet in the nominative, in marks, with a verb of telling after it.
    { id: "uk.u_syuzheti_subject", frame: "reported", allowUnknown: true, pattern: `(?<![\\p{L}\\p{N}])[ВвУу]\\s+(?:своєму\\s+)?(?:сюжеті|репортажі|ефірі|передачі|програмі)\\s+(?:від\\s+\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4}(?:\\s+року)?)?\\s+)?[«"“]{SRC}[»"”]\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:нада|показа|розпові|повідоми|стверджува|заяви|випусти|да)(?:в|ла|ло|ли)${EOW}`, example: "У сюжеті від 12 липня «Вечірня хвиля» показала біженку.", expect: "Вечірня хвиля" },
    { id: "uk.rozpoviv", frame: "told", allowUnknown: true, pattern: `(?:${TOLD})${EOW}\\s+«?{SRC}{END}`, example: "«Він живий», — розповів Укрінформу джерело в силових структурах.", expect: "Укрінформу" },
    { id: "uk.rozpoviv_cue", frame: "told", allowUnknown: true, pattern: `(?:${TOLD})${EOW}\\s+${cue(DAT)}«?{SRC}(?:{END}|(?=\\s+\\p{Ll}))`, example: "«Він живий», — заявила агентству Вісник Півдня капітан порту.", expect: "Вісник Півдня" },
  ],
  speechVerbs: ["озвучив", "озвучила", "озвучили", "сказав", "сказала", "сказало", "сказали", "заявив", "заявила", "заявило", "заявили", "зазначив", "зазначила", "зазначили", "додав", "додала", "додали", "наголосив", "наголосила", "підкреслив", "підкреслила", "розповів", "розповіла", "розповіло", "розповіли", "пояснив", "пояснила", "пояснили", "уточнив", "уточнила", "повідомив", "повідомила", "повідомило", "повідомили", "визнав", "визнала", "відповів", "відповіла", "каже", "кажуть",
    // Neuter forms: "джерело" (a source) is neuter ("Джерело … уточнило").
    "зазначило", "додало", "наголосило", "підкреслило", "пояснило", "уточнило", "визнало", "відповіло"],
  // What a syndication credit says ran first elsewhere: the article itself ("Эта статья впервые опубликована …").
  articleSelf: ["ця стаття", "цей матеріал", "ця публікація", "цей текст", "стаття", "матеріал", "публікація", "текст"],
  pronouns: { singular: ["він", "вона"], plural: ["вони"] },
  dropsSubject: true,
  complementisers: ["що"],
  // With the case forms that follow "за словами", "з посиланням на", "за даними" ("за словами джерела").
  anonymousHeads: ["джерело", "джерела", "джерелу", "джерел", "співрозмовник", "співрозмовники", "співрозмовника", "співрозмовників", "посадовець", "посадовці", "посадовця", "посадовців", "чиновник", "чиновники", "чиновника", "чиновників", "експерт", "експерти", "експерта", "експертів", "представник", "представники", "представника", "представників", "співробітник", "співробітники", "співробітника", "співробітників", "військовий", "військові", "військового", "військових", "мешканці", "мешканців", "жителі", "жителів", "очевидці", "очевидців", "свідки", "свідків"],
  determiners: ["один", "одна", "одне", "кілька", "декілька", "низка", "два", "дві", "три"],
  // "заявив нашому виданню губернатор": whom the speaker told, in the dative, before an inverted subject.
  toldPronouns: ["нам", "мені", "нашому виданню", "нашому кореспонденту", "нашій редакції", "виданню", "редакції", "агентству", "газеті", "журналістам", "кореспонденту", "телеканалу"],
  roleNouns: ["експерт", "аналітик", "журналіст", "міністр", "представник", "голова", "директор", "політолог", "депутат", "генерал", "командир", "речник", "речниця", "прес-секретар", "губернатор", "мер", "професор", "науковець", "начальник", "керівник", "заступник", "президент", "прем'єр", "прем'єр-міністр", "канцлер", "радник", "радниця", "помічник", "помічниця", "посол", "суддя", "прокурор"],
  // "речник Центру Тарас Мельничук", "голова Житомирської області Ігор Коваль": the body a role heads stands in the
  // genitive between the role and the person.
  bodyAfterRole: true,
  // No article: "— заявил губернатор." refers back to the governor the article named.
  bareRoleRefers: true,
  // Whom an outlet relied on, after its credit ("повідомляє агентство з посиланням на …").
  citingCues: ["з посиланням на", "посилаючись на"],
  middleNameEndings: ["вич", "ич", "вна", "ична"],
  organisationCues: ["банк", "міністерство", "міноборони", "мзс", "уряд", "армія", "поліція", "рада", "відомство", "служба", "сбу", "адміністрація", "прокуратура", "суд", "університет",
    // The general staff, a staff, command, forces, an office, a directorate, a department, a committee, a commission, a
    // fund, a company, and the armed forces' and emergency service's initials.
    "генштаб", "штаб", "командування", "сили", "офіс", "управління", "департамент", "комітет", "комісія", "фонд", "компанія", "зсу", "дснс", "мвс"],
  outletCues: ["канал", "каналу", "каналі", "газета", "агентство", "телеканал", "радіо", "видання", "портал", "сайт", "журнал", "новини", "вісник", "правда", "газети", "порталу", "агентства"],
  genericSources: ["змі", "джерела", "експерти", "соцмережі", "місцеві змі", "іноземні змі", "російські змі", "медіа", "видання", "агентства", "журналісти", "очевидці"],
  prepositions: ["в", "у", "на", "з", "із", "зі", "до", "від", "при", "про", "по", "під", "над", "за", "через", "для", "без", "біля"],
  nameStopwords: ["в", "у", "і", "й", "та", "але", "а", "по", "як", "про", "це", "він", "вона", "вони", "однак", "також", "після", "проте"],
  photoCredits: ["(?:Фото|Світлина|Ілюстрація|Кадр)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  referenceNouns: ["стаття", "статті", "статтею", "ст", "частина", "частини", "пункт", "пункту", "глава", "закон", "закону", "резолюція", "резолюції", "постанова"],
  titleCues: ["книга", "книзі", "фільм", "фільмі", "стаття", "статті", "доповідь", "доповіді", "передача", "передачі", "програма", "програмі", "сюжет", "сюжету", "сюжеті", "рубрика", "рубриці", "називався", "називалася", "називалося", "назвою"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Джерело|За\\s+матеріалами)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
  attributionOpenings: ["за\\s+(?:словами|даними|інформацією|повідомленням|оцінками)\\s[^,]{1,100}", "як\\s+(?:повідомив|повідомила|повідомили|заявив|заявила|заявили|розповів|розповіла|зазначив|зазначила|пише|повідомляє|повідомляють)\\s[^,]{1,100}"],
};
