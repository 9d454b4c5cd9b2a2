/**
 * Armenian reading data: «ըստ X-ի» (according to X), «հաղորդում է X-ը» / «X-ը հաղորդում է» (X reports), «X-ի
 * փոխանցմամբ» (as X relays), «X-ի հետ զրույցում» / «X-ին տված հարցազրույցում» (in a talk with, an interview given to X).
 * Armenian writes its cases and its definite article onto a noun's last word ("Արմենպրեսի", Armenpress's; "Արմենպրեսը",
 * the Armenpress), after a hyphen on an abbreviation or a name in guillemets ("BBC-ի", "«Արմենպրես»-ը"). Where an outlet
 * noun follows the name ("«Լճափի ձայն» օրաթերթը", the daily Nor Or) the ending is on the noun and the name is as written: any
 * name is read. Where it is on the name itself, a person's name takes the same endings ("ըստ Պետրոսյանի"): only a name
 * the registry knows once the ending is off (cited.ts `uninflected`).
 */
import { CAP_WORD, DOMAIN, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** No Armenian or Latin letter before (a word's start). */
const B = "(?<![\\p{L}\\p{N}])";
/** Endings written after a hyphen on an abbreviation or after a name's closing guillemet: genitive-dative, dative, article, ablative, locative, instrumental. */
const HYPHEN_ENDINGS = ["ի", "ին", "ը", "ն", "ից", "ում", "ով", "ու"];
/** An outlet noun after a name in one case, with an adjective of news before it ("լրատվական գործակալության", of the news agency), kept as `cue`. */
const nouns = (forms: readonly string[]): string => `(?<cue>(?:լրատվական\\s+)?(?:${[...forms].sort((a, b) => b.length - a.length).join("|")}))`;
/** Genitive-dative (after "ըստ", before "փոխանցմամբ", "հետ"). */
const GENITIVE = nouns(["գործակալության", "օրաթերթի", "թերթի", "շաբաթաթերթի", "կայքի", "պորտալի", "հեռուստաընկերության", "հեռուստաալիքի", "ռադիոկայանի", "պարբերականի", "ամսագրի"]);
/** Nominative with the definite article (a subject: "«X» օրաթերթը հաղորդում է"). */
const SUBJECT = nouns(["գործակալությունը", "օրաթերթը", "թերթը", "շաբաթաթերթը", "կայքը", "պորտալը", "հեռուստաընկերությունը", "հեռուստաալիքը", "ռադիոկայանը", "պարբերականը", "ամսագիրը"]);
/** Dative with the article (whom an interview was given: "«X» թերթին տված հարցազրույցում"). */
const DATIVE = nouns(["գործակալությանը", "օրաթերթին", "թերթին", "կայքին", "պորտալին", "հեռուստաընկերությանը", "հեռուստաալիքին", "ռադիոկայանին", "ամսագրին"]);
/** A name in guillemets or as written, with the ending a hyphen sets off ("«Արմենպրես»-ի", "BBC-ի"); cleanName takes the ending off. */
const NAME = `«?{SRC}»?(?:-(?:${HYPHEN_ENDINGS.join("|")}))?`;
/** Verbs of reporting and publishing, present and perfect ("հաղորդում է", reports; "հաղորդել է", has reported), and the aorist. */
const REPORTS = "(?:հաղորդում|հաղորդել|տեղեկացնում|տեղեկացրել|գրում|գրել|հրապարակել|փոխանցում|փոխանցել|հայտնում|հայտնել)\\s+(?:է|են)|հաղորդեց|հաղորդեցին|տեղեկացրեց|գրեց|հրապարակեց|փոխանցեց|հայտնեց";
/** Stems of the outlet nouns (GENITIVE, SUBJECT, DATIVE and the adjective of news): a name may stand before them. */
const OUTLET_STEMS = "(?:լրատվական|գործակալությ|օրաթերթ|թերթ|շաբաթաթերթ|կայք|պորտալ|հեռուստաընկերությ|հեռուստաալիք|ռադիոկայան|պարբերական|ամսագ)";
/** A declined noun in small letters right after capitalised words, no outlet's: they qualify it and name no one. */
const QUALIFIES_NOUN = `(?!\\s+(?!${OUTLET_STEMS})\\p{Ll}+(?:ի|ը|ն|ից|ին|ով)(?![\\p{L}]))`;
/** What ends a name: a guillemet, punctuation (the Armenian full stop "։" and comma "՝" too), or a word in small letters. */
const END = "(?=»|»?\\s*(?:[,.;:!?)”’։՝]|$|—|–)|»?-|»?\\s+\\p{Ll})";

export const hy: LanguageFrames = {
  language: "hy",
  // A capitalised word with the definite article written on ("Քաղաքապետը", the mayor) is a sentence's subject, never a
  // word inside a name before another: only a name's last word carries an ending. The capitalised words are all of them
  // (none after), and a declined noun in small letters right after them is what they qualify ("Ազգային ժողովի
  // նախագահը", the speaker of the National Assembly; "Երևանի քաղաքապետարանից", from Yerevan's city hall): no name, unless
  // the noun is an outlet's ("Ազատություն ռադիոկայանի").
  name: `(?:${DOMAIN}|(?<=«)\\p{Lu}[^«»\\n]{0,40}?(?=»)|(?:${CAP_WORD}(?<!ը)\\s+){0,4}${CAP_WORD}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})${QUALIFIES_NOUN})`,
  date: "(?<date>\\d{1,2}\\s*-?\\s*\\p{Ll}+(?:ի|ին)?|երեկ|այսօր)",
  descriptor: "(?:նույն|այդ|տվյալ)\\s+(?:լրատվական\\s+)?(?:գործակալությունը|օրաթերթը|թերթը|կայքը|հեռուստաընկերությունը)",
  end: END,
  frames: [
    // "ըստ «Լճափի ձայն» օրաթերթի" (according to the daily Nor Or): the ending is on the noun, the name as written.
    { id: "hy.ast_cue", frame: "according_to", allowUnknown: true, pattern: `${B}[Ըը]ստ\\s+${NAME}\\s+${GENITIVE}(?![\\p{L}])`, example: "Ըստ «Լճափի ձայն» օրաթերթի, կամուրջը կփակվի։", expect: "Լճափի ձայն" },
    // "ըստ Արմենպրեսի", "ըստ BBC-ի": the ending on the name, a person's as often: the registry's only.
    { id: "hy.ast", frame: "according_to", allowUnknown: false, registryOnly: true, pattern: `${B}[Ըը]ստ\\s+${NAME}${END}`, example: "Ըստ Ռոյթերսի, կամուրջը կփակվի։", expect: "Ռոյթերսի" },
    // "հաղորդում է «Լճափի ձայն» օրաթերթը" (reports the daily Nor Or): the subject after its verb.
    { id: "hy.haghordum_cue", frame: "reported", allowUnknown: true, pattern: `${B}(?:${REPORTS})\\s+${NAME}\\s+${SUBJECT}(?![\\p{L}])`, example: "Կամուրջը կփակվի, հաղորդում է «Լճափի ձայն» օրաթերթը։", expect: "Լճափի ձայն" },
    // "հաղորդում է Արմենպրեսը": the article on the name; a person "հայտնել է" too, so the registry's only.
    { id: "hy.haghordum", frame: "reported", allowUnknown: false, registryOnly: true, publishingVerb: true, pattern: `${B}(?:${REPORTS})\\s+${NAME}${END}`, example: "Կամուրջը կփակվի, հաղորդում է Ռոյթերսը։", expect: "Ռոյթերսը" },
    // "«Լճափի ձայն» օրաթերթը հաղորդում է" (the daily Nor Or reports): the subject before its verb.
    { id: "hy.cue_haghordum", frame: "reported", allowUnknown: true, pattern: `${B}${NAME}\\s+${SUBJECT}\\s+(?:${REPORTS})(?![\\p{L}])`, example: "«Լճափի ձայն» օրաթերթը հաղորդում է, որ կամուրջը կփակվի։", expect: "Լճափի ձայն" },
    { id: "hy.subject_haghordum", frame: "reported", allowUnknown: false, registryOnly: true, publishingVerb: true, pattern: `${B}${NAME}\\s+(?:${REPORTS})(?![\\p{L}])`, example: "Ռոյթերսը հաղորդում է, որ կամուրջը կփակվի։", expect: "Ռոյթերսը" },
    // "«Լճափի ձայն» օրաթերթի փոխանցմամբ", "Արմենպրեսի փոխանցմամբ" (as relayed by): the noun's genitive, or the registry's name.
    { id: "hy.cue_pokhantsmamb", frame: "according_to", allowUnknown: true, pattern: `${B}${NAME}\\s+${GENITIVE}\\s+(?:փոխանցմամբ|տվյալներով|տեղեկություններով|հաղորդմամբ)(?![\\p{L}])`, example: "«Լճափի ձայն» օրաթերթի փոխանցմամբ՝ կամուրջը կփակվի։", expect: "Լճափի ձայն" },
    { id: "hy.pokhantsmamb", frame: "according_to", allowUnknown: false, registryOnly: true, pattern: `${B}${NAME}\\s+(?:փոխանցմամբ|հաղորդմամբ)(?![\\p{L}])`, example: "Ռոյթերսի փոխանցմամբ՝ կամուրջը կփակվի։", expect: "Ռոյթերսի" },
    // "«Լճափի ձայն» թերթի հետ զրույցում" (in a talk with the paper), "«Լճափի ձայն» թերթին տված հարցազրույցում" (in an interview given to it).
    { id: "hy.cue_zruyts", frame: "told", allowUnknown: true, pattern: `${B}${NAME}\\s+${GENITIVE}\\s+հետ\\s+(?:զրույցում|զրույցի\\s+ժամանակ|հարցազրույցում)(?![\\p{L}])`, example: "Քաղաքապետը «Լճափի ձայն» թերթի հետ զրույցում ասել է, որ կամուրջը կփակվի։", expect: "Լճափի ձայն" },
    { id: "hy.cue_hartsazruyts", frame: "told", allowUnknown: true, pattern: `${B}${NAME}\\s+${DATIVE}\\s+(?:տված\\s+հարցազրույցում|ասել\\s+է|նշել\\s+է|հայտնել\\s+է)(?![\\p{L}])`, example: "Քաղաքապետը «Լճափի ձայն» թերթին տված հարցազրույցում ասել է, որ կամուրջը կփակվի։", expect: "Լճափի ձայն" },
    { id: "hy.zruyts", frame: "told", allowUnknown: false, registryOnly: true, pattern: `${B}${NAME}\\s+(?:հետ\\s+(?:զրույցում|զրույցի\\s+ժամանակ|հարցազրույցում)|տված\\s+հարցազրույցում)(?![\\p{L}])`, example: "Քաղաքապետը Ռոյթերսին տված հարցազրույցում ասել է, որ կամուրջը կփակվի։", expect: "Ռոյթերսին" },
  ],
  // Speech verbs in the perfect ("ասել է", has said) and the aorist ("ասաց", said), as Armenian news writes them.
  speechVerbs: [
    ...["ասել", "նշել", "հայտնել", "հավելել", "շեշտել", "ընդգծել", "հայտարարել", "պնդել", "գրել", "պատմել", "պարզաբանել", "մանրամասնել", "հաստատել", "ժխտել"].flatMap((v) => [`${v} է`, `${v} են`]),
    "ասաց", "նշեց", "հայտնեց", "հավելեց", "շեշտեց", "ընդգծեց", "հայտարարեց", "պնդեց", "գրեց", "պատմեց", "հաստատեց", "ժխտեց", "ասում է", "նշում է",
  ],
  pronouns: { singular: ["նա"], plural: ["նրանք"] },
  // The definite article on a speaker's name after its verb ("ասել է Արամ Պետրոսյանը"): no name ends in it.
  subjectCaseEnding: "(?<=\\p{L}{2})ը",
  complementisers: ["որ"],
  // Endings written after a hyphen on an abbreviation or a quoted name ("BBC-ի", "ԱԺ-ում"): no part of the name.
  hyphenCaseEndings: HYPHEN_ENDINGS,
  anonymousHeads: ["աղբյուր", "աղբյուրը", "աղբյուրներ", "աղբյուրները", "պաշտոնյա", "պաշտոնյան", "պաշտոնյաներ", "փորձագետ", "փորձագետը", "փորձագետներ", "ականատես", "ականատեսը", "ականատեսներ", "բնակիչ", "բնակիչները"],
  determiners: ["մի", "մեկ", "որոշ", "մի քանի", "երկու", "երեք"],
  roleNouns: [
    ...["նախագահ", "վարչապետ", "նախարար", "փոխնախարար", "խոսնակ", "պատգամավոր", "տնօրեն", "քաղաքապետ", "դեսպան", "պրոֆեսոր", "փորձագետ", "լրագրող", "ղեկավար", "ներկայացուցիչ", "քարտուղար", "դատախազ", "դատավոր", "բժիշկ", "հրամանատար"].flatMap((r) => [r, `${r}ը`]),
  ],
  organisationCues: ["նախարարություն", "նախարարությունը", "կառավարություն", "կառավարությունը", "ոստիկանություն", "ոստիկանությունը", "համալսարան", "համալսարանը", "դատարան", "դատարանը", "կուսակցություն", "կուսակցությունը", "բանկ", "բանկը", "ծառայություն", "ծառայությունը", "կոմիտե", "կոմիտեն", "հիմնադրամ", "հիմնադրամը", "քաղաքապետարան", "քաղաքապետարանը"],
  outletCues: ["թերթ", "օրաթերթ", "շաբաթաթերթ", "գործակալություն", "կայք", "պորտալ", "հեռուստաընկերություն", "հեռուստաալիք", "ռադիոկայան", "ամսագիր", "news", "tv"],
  genericSources: ["լրատվամիջոցներ", "լրատվամիջոցները", "մամուլ", "մամուլը", "սոցիալական ցանցեր", "աղբյուրներ"],
  nameStopwords: ["Ըստ", "Նա", "Նրանք", "Այս", "Այդ", "Սակայն", "Իսկ", "Երեկ", "Այսօր", "Նաև", "ըստ", "նա", "նրանք", "այս", "այդ", "սակայն", "իսկ", "երեկ", "այսօր", "նաև"],
  photoCredits: ["(?:Լուսանկար|Լուսանկարը|Լուսանկարներ|Ֆոտո|Տեսանյութ)\\s*[:։]\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["գիրք", "գրքում", "ֆիլմ", "ֆիլմում", "հոդված", "հոդվածում", "զեկույց", "զեկույցում", "վերնագրով", "խորագրով"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Աղբյուր|Աղբյուրը)\\s*[:։]\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
};
