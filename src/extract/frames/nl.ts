/** Dutch reading data: «volgens», «meldt», «aldus», «zei … tegen», «schrijft», «citeert», «op basis van», fotocredits. */
import { BOW, DOMAIN, EOW, capitalisedName } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Articles before a name, not part of it unless capitalised ("De Telegraaf" keeps its "De"). */
const ART = "(?:de|het|een)";
/** Nouns that say the name after them is a publication ("de krant X", "het persbureau X", "de omroep X"). */
const OUTLET_NOUNS = ["krant", "dagblad", "ochtendkrant", "zakenkrant", "weekblad", "tijdschrift", "nieuwssite", "website", "site", "persbureau", "nieuwsagentschap", "omroep", "zender", "nieuwszender", "blog", "tabloid", "magazine", "nieuwsdienst"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).join("|")})`;
/** An outlet noun before the name, with its article and at most one adjective ("de Britse krant X"), captured as `cue`. */
const CUE = `(?:${ART}\\s+)?(?<cue>(?:\\p{L}+\\s+)?${NOUN})\\s+`;
/** Verbs of reporting a publication does. */
const REPORTS = "(?:meldt|meldde|schrijft|schreef|bericht|berichtte|berichtten|onthulde|onthult|publiceerde|publiceert|citeert|citeerde)";

/** After a phrase put first, Dutch puts the finite verb next ("Volgens de X gaat …"): a word in small letters ends the name too. */
const V2_END = "(?:{END}|(?=\\s+\\p{Ll}))";

export const nl: LanguageFrames = {
  language: "nl",
  name: `(?:${DOMAIN}|${capitalisedName(["van", "voor", "de", "het", "en", "of", "for", "and", "the"])})`,
  date: "(?:op|in|sinds)\\s+(?<date>\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4})?|\\p{Ll}+dag)",
  descriptor: `(?:de|het)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${NOUN}`,
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:dat|en|maar|op|in|om|over|met|na|voor|vandaag|gisteren|eerder|dinsdag|maandag|woensdag|donderdag|vrijdag|zaterdag|zondag|is|was|heeft|had|zou|wordt|werd)${EOW})`,
  frames: [
    { id: "nl.volgens", frame: "according_to", allowUnknown: true, pattern: `${BOW}[Vv]olgens\\s+(?:(?:een\\s+)?(?:bericht|artikel|reportage|onderzoek)\\s+(?:van|in)\\s+)?(?:${CUE})?(?:${ART}\\s+)?{SRC}${V2_END}`, example: "De haven gaat dicht, volgens de Havenkoerier.", expect: "Havenkoerier" },
    { id: "nl.meldt", frame: "reported", allowUnknown: true, pattern: `${BOW}${REPORTS}\\s+(?:${CUE}|${ART}\\s+)?{SRC}{END}`, example: "De haven gaat dicht, meldt de Havenkoerier.", expect: "Havenkoerier" },
    { id: "nl.subject_reports", frame: "reported", allowUnknown: false, pattern: `{SRC}\\s+${REPORTS}${EOW}`, example: "Reuters meldt dat de haven dichtgaat.", expect: "Reuters" },
    { id: "nl.aldus", frame: "according_to", allowUnknown: true, pattern: `${BOW}aldus\\s+(?:${CUE}|${ART}\\s+)?{SRC}{END}`, example: "De haven gaat dicht, aldus de Havenkoerier.", expect: "Havenkoerier" },
    { id: "nl.zei_tegen", frame: "told", allowUnknown: true, pattern: `${BOW}(?:zei|zegt|vertelde|vertelt|verklaarde)\\s+(?:[^,.;:!?„“"»«]{1,60}?\\s+)?tegen\\s+(?:${CUE}|${ART}\\s+)?{SRC}{END}`, example: "„Het is voorbij”, zei de havenmeester tegen de Havenkoerier.", expect: "Havenkoerier" },
    { id: "nl.interview", frame: "told", allowUnknown: true, pattern: `${BOW}(?:[Ii]n\\s+(?:een\\s+)?(?:gesprek|interview)\\s+met)\\s+(?:${CUE}|${ART}\\s+)?{SRC}${V2_END}`, example: "In een interview met de Havenkoerier ontkende de burgemeester alles.", expect: "Havenkoerier" },
    { id: "nl.op_basis_van", frame: "citing", allowUnknown: false, pattern: `${BOW}(?:op\\s+basis\\s+van|onder\\s+verwijzing\\s+naar)\\s+(?:(?:een\\s+)?(?:bericht|berichtgeving)\\s+(?:van|in)\\s+)?(?:${CUE}|${ART}\\s+)?{SRC}${V2_END}`, example: "Het persbureau meldde op basis van de Havenkoerier een ongeluk.", expect: "Havenkoerier" },
    { id: "nl.eerder_gemeld", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?:gemeld|bericht|onthuld|gepubliceerd)\\s+(?:door|in)\\s+(?:${CUE}|${ART}\\s+)?{SRC}{END}`, example: "Het nieuws werd eerder gemeld door de Havenkoerier.", expect: "Havenkoerier" },
  ],
  speechVerbs: ["zei", "zegt", "zeiden", "verklaarde", "vertelde", "liet weten", "benadrukte", "voegde toe", "voegde eraan toe", "stelde", "schreef", "aldus", "meldde", "bevestigde", "erkende", "waarschuwde"],
  opinionLeads: ["volgens", "voor"],
  pronouns: { singular: ["hij", "zij", "ze"], plural: ["zij", "ze"] },
  anonymousHeads: ["bron", "bronnen", "ingewijde", "ingewijden", "functionaris", "functionarissen", "ambtenaar", "ambtenaren", "woordvoerder", "woordvoerster", "deskundige", "deskundigen", "getuige", "getuigen", "bewoner", "bewoners", "medewerker", "medewerkers", "insider", "insiders"],
  determiners: ["een", "twee", "drie", "enkele", "meerdere", "verschillende", "de", "het", "deze", "die"],
  roleNouns: ["woordvoerder", "woordvoerster", "minister", "burgemeester", "havenmeester", "hoogleraar", "onderzoeker", "directeur", "journalist", "correspondent", "redacteur", "hoofdredacteur", "advocaat", "ambassadeur", "president", "premier", "deskundige", "analist", "wethouder", "voorzitter"],
  organisationCues: ["ministerie", "regering", "kabinet", "politie", "leger", "gemeente", "provincie", "universiteit", "instituut", "stichting", "vereniging", "commissie", "rechtbank", "partij", "ziekenhuis", "autoriteit"],
  outletCues: [...OUTLET_NOUNS, "courant", "dagblad", "nieuws", "post", "telegraaf", "volkskrant", "trouw", "nos", "rtl", "parool"],
  genericSources: ["media", "de media", "kranten", "bronnen", "persberichten", "berichten", "deskundigen"],
  nameStopwords: ["maar", "en", "volgens", "gisteren", "vandaag", "ook", "dan", "toen", "nu", "hij", "zij", "ze", "het", "de", "in", "op", "na", "voor", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  photoCredits: ["(?:Foto|Beeld|Afbeelding|Video)\\s*:\\s*[^\\n]{0,80}", "\\((?:Foto|Beeld)\\s*:?[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}"],
  titleCues: ["boek", "getiteld", "titel", "film", "documentaire", "roman", "rapport", "artikel", "lied", "essay", "programma", "studie", "kop"],
  creditLines: [
    "^\\s*(?:—|–|-)\\s*(?<name>[^\\n]{2,60}?)\\s*$",
    "^\\s*(?:Dit\\s+artikel\\s+(?:verscheen|is)\\s+(?:eerder|oorspronkelijk)\\s+(?:verschenen\\s+)?(?:in|op|bij))\\s+(?<name>[^\\n]{2,80}?)[.\\s]*$",
    "^\\s*(?:Bron|Bronnen)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
  ],
};
