/**
 * Afrikaans reading data: «volgens X», «…, berig X», «X berig dat», «soos X berig het», «aldus X», «het aan X gesê»,
 * «“…,” het X gesê», «X sê». Built as Dutch's (nl.ts): the finite verb stands second, so after a quotation the subject
 * stands between the auxiliary and the participle ("het Botma gesê"); the words are Afrikaans ("berig", "sê", "gesê").
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Articles before a name, not part of it unless capitalised ("Die Burger" keeps its "Die"). */
const ART = "(?:die|'n)";
/** Nouns that say the name after them is a publication ("die koerant X", "die radiostasie X", "die nuusagentskap X"). */
const OUTLET_NOUNS = ["koerant", "dagblad", "weekblad", "tydskrif", "nuusblad", "nuuswebwerf", "webwerf", "nuusagentskap", "nuusdiens", "persagentskap", "radiostasie", "radiostasies", "uitsaaier", "televisiekanaal", "kanaal", "blog", "nuusportaal"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).join("|")})`;
/** An outlet noun before the name, with its article and at most one adjective ("die Britse koerant X"), captured as `cue`. */
const CUE = `(?:${ART}\\s+)?(?<cue>(?:\\p{L}+\\s+)?${NOUN})\\s+`;
/** Verbs of reporting a publication does, in the present (Afrikaans writes its past with "het … berig"). */
const REPORTS = "(?:berig|skryf|meld|rapporteer|onthul|publiseer)";
/** After a phrase put first, Afrikaans puts the finite verb next ("Volgens X is …"): a word in small letters ends the name too. */
const V2_END = "(?:{END}|(?=\\s+\\p{Ll}))";

export const af: LanguageFrames = {
  language: "af",
  occasionMedia: { post: ["plasing"], spoken: ["onderhoud", "toespraak"] },
  verbSecond: true,
  complementisers: ["dat"],
  name: `(?:${DOMAIN}|${capitalisedName(["van\\s+der", "van\\s+den", "van", "de", "du", "le", "la", "en", "of", "for", "and", "the"])})`,
  date: "(?:op|in|sedert)\\s+(?<date>\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4})?|\\p{Ll}+dag)",
  descriptor: `(?:die)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${NOUN}`,
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:dat|en|maar|op|in|om|oor|met|na|vir|vandag|gister|vroeër|Maandag|Dinsdag|Woensdag|Donderdag|Vrydag|Saterdag|Sondag|is|was|het|sal|word|is)${EOW})`,
  frames: [
    { id: "af.volgens", frame: "according_to", allowUnknown: true, pattern: `${BOW}[Vv]olgens\\s+(?:(?:'n\\s+)?(?:berig|artikel|verslag|ondersoek)\\s+(?:van|in)\\s+)?(?:${CUE})?(?:${ART}\\s+)?{SRC}${V2_END}`, example: "Die hawe gaan toe, volgens Die Hawebode.", expect: "Die Hawebode" },
    // "…, berig OFM." / "…, berig die koerant X": the verb after what was reported, its subject the outlet.
    { id: "af.berig", frame: "reported", allowUnknown: true, publishingVerb: true, pattern: `${BOW}${REPORTS}\\s+(?:${CUE}|${ART}\\s+)?{SRC}{END}`, example: "Die hawe gaan toe, berig die koerant Hawebode.", expect: "Hawebode" },
    { id: "af.subject_berig", frame: "reported", allowUnknown: false, pattern: `{SRC}\\s+(?:het\\s+)?(?:berig|meld|rapporteer|onthul)${EOW}`, example: "Reuters berig dat die hawe toegaan.", expect: "Reuters" },
    { id: "af.soos", frame: "reported", allowUnknown: true, pattern: `${BOW}[Ss]oos\\s+(?:${CUE}|${ART}\\s+)?{SRC}\\s+(?:(?:vroeër|reeds|gister|\\p{Ll}+dag)\\s+){0,2}(?:berig|gerapporteer|geskryf|gemeld|onthul)\\s+het${EOW}`, example: "Soos Die Hawebode berig het, gaan die hawe toe.", expect: "Die Hawebode" },
    { id: "af.aldus", frame: "according_to", allowUnknown: true, pattern: `${BOW}aldus\\s+(?:${CUE}|${ART}\\s+)?{SRC}{END}`, example: "Die hawe gaan toe, aldus die koerant Hawebode.", expect: "Hawebode" },
    // "het aan X gesê", "sê … aan die koerant X": whom a speaker told; a person may stand there, so only with an outlet noun or the registry.
    { id: "af.aan_gese", frame: "told", allowUnknown: false, pattern: `${BOW}(?:het\\s+(?:[^,.;:!?“"»«]{1,40}?\\s+)?aan|(?:sê|vertel|verklaar)\\s+(?:[^,.;:!?“"»«]{1,40}?\\s+)?aan)\\s+(?:${CUE}|${ART}\\s+)?{SRC}${V2_END}`, example: "Die hawemeester het aan Reuters gesê die hawe gaan toe.", expect: "Reuters" },
    { id: "af.aan_gese_cue", frame: "told", allowUnknown: true, pattern: `${BOW}(?:het\\s+(?:[^,.;:!?“"»«]{1,40}?\\s+)?aan|(?:sê|vertel|verklaar)\\s+(?:[^,.;:!?“"»«]{1,40}?\\s+)?aan)\\s+${CUE}{SRC}${V2_END}`, example: "Die hawemeester het aan die koerant Hawebode gesê die hawe gaan toe.", expect: "Hawebode" },
    { id: "af.onderhoud", frame: "told", allowUnknown: true, pattern: `${BOW}[Ii]n\\s+(?:'n\\s+)?(?:onderhoud|gesprek)\\s+met\\s+(?:${CUE}|${ART}\\s+)?{SRC}${V2_END}`, example: "In 'n onderhoud met Die Hawebode het die burgemeester alles ontken.", expect: "Die Hawebode" },
  ],
  attributionOpeners: ["Dit"],
  // Afrikaans writes its past with "het" and the participle, the subject between them after a quotation or a phrase put
  // first ("“…,” het Botma gesê"; "het hy gesê"): "het … gesê" is one verb with its subject inside.
  speechVerbs: [
    "sê", "het gesê", "het … gesê", "verklaar", "het verklaar", "het … verklaar", "vertel", "het vertel", "het … vertel",
    "bevestig", "het bevestig", "het … bevestig", "voeg by", "het bygevoeg", "het … bygevoeg", "benadruk", "het benadruk", "het … benadruk",
    "verduidelik", "het verduidelik", "het … verduidelik", "waarsku", "het gewaarsku", "het … gewaarsku", "ontken", "het ontken", "het … ontken",
    "beweer", "het beweer", "het … beweer", "skryf", "het geskryf", "het … geskryf", "reageer", "het gereageer", "het … gereageer", "aldus",
  ],
  opinionLeads: ["volgens"],
  pronouns: { singular: ["hy", "sy"], plural: ["hulle"] },
  tailBreaks: ["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag", "vandag", "gister", "egter", "ook", "aan", "dat"],
  compoundNouns: true,
  anonymousHeads: ["bron", "bronne", "amptenaar", "amptenare", "woordvoerder", "woordvoerders", "kenner", "kenners", "deskundige", "deskundiges", "getuie", "getuies", "inwoner", "inwoners", "werknemer", "werknemers", "insider"],
  channelPhrases: [`(?:in|tydens|by|via|op)\\s+(?:(?:'n|die|sy|haar|hul)\\s+)?(?:verklaring|persverklaring|mediaverklaring|onderhoud|gesprek|brief|toespraak|boodskap|plasing)`],
  determiners: ["'n", "twee", "drie", "verskeie", "die", "hierdie", "daardie"],
  possessives: ["sy", "haar", "hul", "hulle"],
  abbreviatedTitles: ["Kol", "Kapt", "Brig", "Genl", "Lt", "Maj", "Sers", "Adj", "Mnr", "Me", "Mev", "Dr", "Prof", "Adv", "Ds"],
  roleNouns: ["woordvoerder", "polisiewoordvoerder", "minister", "adjunkminister", "burgemeester", "premier", "president", "direkteur", "hoof", "voorsitter", "raadslid", "professor", "navorser", "joernalis", "redakteur", "hoofredakteur", "prokureur", "advokaat", "kolonel", "kaptein", "brigadier", "generaal", "luitenant", "majoor", "sersant", "kommissaris", "ontleder", "kenner", "dokter", "hawemeester", "bestuurder", "sekretaris", "LUR"],
  organisationCues: ["bank", "ministerie", "departement", "regering", "polisie", "weermag", "munisipaliteit", "provinsie", "universiteit", "instituut", "stigting", "vereniging", "kommissie", "hof", "party", "hospitaal", "owerheid", "unie", "vakbond", "maatskappy", "raad"],
  institutions: {
    government: ["regering", "regerings*"],
    ministry: ["ministerie", "departement", "*departement"],
    police: ["polisie", "polisie*", "SAPD"],
    military: ["weermag", "leër", "militêre"],
  },
  // Nouns Afrikaans writes with "die" for a body that speaks as one ("die polisie het gesê"): read as "the police".
  bareBodies: ["polisie"],
  outletCues: [...OUTLET_NOUNS, "burger", "beeld", "rapport", "nuus", "koerant", "bode", "pos", "tv", "radio", "media", "fm"],
  genericSources: ["media", "die media", "koerante", "bronne", "berigte", "sosiale media", "kenners"],
  subjectRelatives: ["wat", "wie"],
  fromParticles: ["van", "by", "uit"],
  prepositions: ["in", "op", "aan", "by", "van", "met", "uit", "vir", "na", "oor", "onder", "deur", "tydens", "sedert", "tot", "tussen", "rondom", "teen"],
  toldPrepositions: ["aan"],
  nameStopwords: ["dat", "dit", "soos", "daarom", "daarna", "tog", "so", "maar", "en", "volgens", "gister", "vandag", "ook", "dan", "toe", "nou", "hy", "sy", "hulle", "die", "in", "op", "na", "vir", "egter", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag"],
  photoCredits: ["(?:Foto|Beeld|Argieffoto|Video)\\s*:\\s*[^\\n]{0,80}", "\\((?:Foto|Beeld)\\s*:?[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}"],
  titleCues: ["boek", "getiteld", "titel", "film", "dokumentêr", "roman", "verslag", "artikel", "lied", "program", "studie", "opskrif"],
  without: ["sonder"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Bron|Bronne)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
  accordingLeads: ["volgens"],
};
