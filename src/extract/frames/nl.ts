/** Dutch reading data: «volgens», «meldt», «aldus», «zei … tegen», «schrijft», «citeert», «op basis van», fotocredits. */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Articles before a name, not part of it unless capitalised ("De Telegraaf" keeps its "De"). */
const ART = "(?:de|het|een)";
/** Nouns that say the name after them is a publication ("de krant X", "het persbureau X", "de omroep X"). */
const OUTLET_NOUNS = ["krant", "dagblad", "ochtendkrant", "zakenkrant", "weekblad", "tijdschrift", "nieuwssite", "website", "site", "persbureau", "nieuwsagentschap", "omroep", "zender", "nieuwszender", "blog", "tabloid", "magazine", "nieuwsdienst"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).join("|")})`;
/** An outlet noun before the name, with its article and at most one adjective ("de Britse krant X"), captured as `cue`. */
const CUE = `(?:${ART}\\s+)?(?<cue>(?:\\p{L}+\\s+)?${NOUN})\\s+`;
/** Verbs of reporting a publication does. */
const REPORTS = "(?:meldt|meldde|schrijft|schreef|bericht|berichtte|berichtten|onthulde|onthult|publiceerde|publiceert|citeert|citeerde|kopt|kopte|kopten)";
/** Adverbs between an inverted verb of reporting and the paper ("schreef onder meer de Havenkoerier", "kopte toen het Havenblad"): at most two. */
const INVERTED_ADVERBS = "(?:(?:onder\\s+(?:meer|andere)|o\\.\\s?a\\.|bijvoorbeeld|toen|eerder|gisteren|vandaag|ook|zelfs|\\p{Ll}+dag(?:avond|ochtend|middag)?)\\s+){0,2}";

/** Verbs of saying whose addressee follows "tegen" ("zei … tegen de NOS"), and verbs of telling whose addressee follows "aan" too ("melden … aan het ANP"). */
const TOLD_TEGEN = "zei|zegt|zeggen|zeiden|verklaarde|verklaarden";
const TOLD_AAN = "vertelde|vertelt|vertelden|vertellen|meldde|meldt|melden|meldden";

/** After a phrase put first, Dutch puts the finite verb next ("Volgens de X gaat …"): a word in small letters ends the name too. */
const V2_END = "(?:{END}|(?=\\s+\\p{Ll}))";

export const nl: LanguageFrames = {
  language: "nl",
  occasionMedia: { spoken: ["interview\\p{L}*", "onderhoud", "persconferentie", "toespraak"] },
  verbSecond: true,
  complementisers: ["dat"],
  // Surnames carry particles of two words too ("Jan van der Berg", "Els ter Horst", "Piet van 't Hek").
  name: `(?:${DOMAIN}|${capitalisedName(["van\\s+der", "van\\s+den", "van\\s+de", "van\\s+het", "van\\s+'t", "in\\s+'t", "van", "voor", "de", "het", "ter", "ten", "en", "of", "for", "and", "the"])})`,
  date: "(?:op|in|sinds)\\s+(?<date>\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4})?|\\p{Ll}+dag)",
  descriptor: `(?:de|het)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${NOUN}`,
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:dat|en|maar|op|in|om|over|met|na|voor|vandaag|gisteren|eerder|dinsdag|maandag|woensdag|donderdag|vrijdag|zaterdag|zondag|is|was|heeft|had|zou|wordt|werd)${EOW})`,
  frames: [
    { id: "nl.volgens", frame: "according_to", allowUnknown: true, pattern: `${BOW}[Vv]olgens\\s+(?:(?:een\\s+)?(?:bericht|artikel|reportage|onderzoek)\\s+(?:van|in)\\s+)?(?:${CUE})?(?:${ART}\\s+)?{SRC}${V2_END}`, example: "De haven gaat dicht, volgens de Havenkoerier.", expect: "Havenkoerier" },
    { id: "nl.meldt", frame: "reported", allowUnknown: true, pattern: `${BOW}${REPORTS}\\s+${INVERTED_ADVERBS}(?:${CUE}|${ART}\\s+)?{SRC}{END}`, example: "De haven gaat dicht, meldt de Havenkoerier.", expect: "Havenkoerier" },
    { id: "nl.subject_reports", frame: "reported", allowUnknown: false, pattern: `{SRC}\\s+${REPORTS}${EOW}`, example: "Reuters meldt dat de haven dichtgaat.", expect: "Reuters" },
    // "X zegt dat …", "X weet te melden dat …", "X geeft aan dat …" (X indicates that): said of people
    // as often as of outlets, so only a name the registry, an address or an outlet noun before it ("het dagblad X")
    // shows to be an outlet's is read.
    { id: "nl.subject_zegt", frame: "reported", allowUnknown: false, pattern: `${BOW}(?:${CUE})?{SRC}\\s+(?:zegt|zei|weet\\s+te\\s+melden|wist\\s+te\\s+melden|geeft\\s+aan|gaf\\s+aan)\\s+(?:(?:ook|nu|al|verder)\\s+)?dat${EOW}`, example: "Havenkoerier.nl zegt dat de haven dichtgaat.", expect: "Havenkoerier.nl" },
    // "Zoals de X meldde, …": the outlet's report is what the sentence rests on.
    { id: "nl.zoals", frame: "reported", allowUnknown: true, pattern: `${BOW}[Zz]oals\\s+(?:${CUE}|${ART}\\s+)?{SRC}\\s+(?:(?:eerder|al|gisteren|eergisteren|vorige\\s+week|\\p{Ll}+dag|heeft|had)\\s+){0,2}(?:meldde|meldt|gemeld|schreef|schrijft|geschreven|berichtte|bericht|onthulde|onthuld)${EOW}`, example: "Zoals de Havenkoerier meldde, gaat de haven dicht.", expect: "Havenkoerier" },
    { id: "nl.aldus", frame: "according_to", allowUnknown: true, pattern: `${BOW}aldus\\s+(?:${CUE}|${ART}\\s+)?{SRC}{END}`, example: "De haven gaat dicht, aldus de Havenkoerier.", expect: "Havenkoerier" },
    // Told: "zei … tegen X" and "meldde/vertelde … aan X"; the name may be followed by the rest of the clause ("zei tegen X opgelucht te zijn").
    { id: "nl.zei_tegen", frame: "told", allowUnknown: true, pattern: `${BOW}(?:(?:${TOLD_TEGEN})\\s+(?:[^,.;:!?„“"»«]{1,60}?\\s+)?tegen|(?:${TOLD_AAN})\\s+(?:[^,.;:!?„“"»«]{1,60}?\\s+)?(?:aan|tegen))\\s+(?:${CUE}|${ART}\\s+)?{SRC}${V2_END}`, example: "„Het is voorbij”, zei de havenmeester tegen de Havenkoerier.", expect: "Havenkoerier" },
    { id: "nl.interview", frame: "told", allowUnknown: true, pattern: `${BOW}(?:[Ii]n\\s+(?:een\\s+)?(?:gesprek|interview)\\s+met)\\s+(?:${CUE}|${ART}\\s+)?{SRC}${V2_END}`, example: "In een interview met de Havenkoerier ontkende de burgemeester alles.", expect: "Havenkoerier" },
    // "Journalisten van Havenkoerier.nl achterhaalden …", "Een verslaggever van de Havenkoerier": an outlet's staff, whose work the
    // text credits. A body has staff too ("medewerkers van de gemeente"): only a name with an outlet's evidence. A staff noun
    // after "als"/"voor" is an identity someone takes or is given ("zich voordoen als (tv-)verslaggever van X", "zich
    // uitgeven voor journalist van X", "werkte als redacteur van X"), not X's staff at work: it credits X with nothing.
    { id: "nl.journalisten_van", frame: "reported", allowUnknown: false, staffOf: true, pattern: `${BOW}(?<!${BOW}(?:als|voor)\\s+(?:${ART}\\s+)?(?:\\p{L}+-)?)(?:[Jj]ournalist(?:en)?|[Vv]erslaggever(?:s)?|[Rr]edacteur(?:en)?|[Cc]orrespondent(?:en)?|[Ff]actchecker(?:s)?|[Rr]edactie)\\s+van\\s+(?:${CUE}|${ART}\\s+)?{SRC}${V2_END}`, example: "Journalisten van de krant Havenkoerier achterhaalden dat het onzin is.", expect: "Havenkoerier" },
    { id: "nl.op_basis_van", frame: "citing", allowUnknown: false, pattern: `${BOW}(?:op\\s+basis\\s+van|onder\\s+verwijzing\\s+naar)\\s+(?:(?:een\\s+)?(?:bericht|berichtgeving)\\s+(?:van|in)\\s+)?(?:${CUE}|${ART}\\s+)?{SRC}${V2_END}`, example: "Het persbureau meldde op basis van de Havenkoerier een ongeluk.", expect: "Havenkoerier" },
    // "Het bericht verscheen vrijdag in De Havenkoerier": only a publication prints a story; time words may stand between.
    { id: "nl.verscheen_in", frame: "published_in", allowUnknown: true, publication: true, pattern: `${BOW}(?:verscheen|verschenen|verschijnt)\\s+(?:(?:eerder|eerst|ook|al|toen|gisteren|eergisteren|vorige\\s+week|(?:op\\s+)?\\p{Ll}+dag(?:avond|ochtend|middag)?)\\s+){0,2}(?:(?:eerst|online)\\s+)?(?:in|op)\\s+(?:${CUE}|${ART}\\s+)?{SRC}{END}`, example: "Het bericht verscheen vrijdag in De Havenkoerier en werd overgenomen.", expect: "De Havenkoerier" },
    { id: "nl.eerder_gemeld", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?:gemeld|bericht|onthuld|gepubliceerd)\\s+(?:door|in)\\s+(?:${CUE}|${ART}\\s+)?{SRC}{END}`, example: "Het nieuws werd eerder gemeld door de Havenkoerier.", expect: "Havenkoerier" },
  ],
  // Hand-listed forms (verbForms.ts has no Dutch paradigm). A separable verb may put words between its parts ("liet in een
  // reactie weten"): "…" stands for up to four words in small letters there (names.ts).
  attributionOpeners: ["Dat", "Dit"],
  // "Dat maakte de burgemeester dinsdag bekend.": "bekendmaken" closing the sentence.
  attributionOnlyForms: ["(?:Dat|Dit)\\s+(?:maakte|maakten|maakt|heeft|hebben)\\s+(?:[^\\s,;:]+\\s+){1,14}?(?:bekend|bekendgemaakt)\\s*[.!]?\\s*$"],
  speechVerbs: ["zei", "zegt", "zeggen", "zeiden", "verklaarde", "verklaarden", "verklaart", "vertelde", "vertelden", "vertelt", "liet weten", "lieten weten", "laat weten", "liet … weten", "lieten … weten", "laat … weten",
    "benadrukte", "benadrukt", "voegde toe", "voegde eraan toe", "stelde", "stelt", "schreef", "aldus", "meldde", "meldden", "melden", "bevestigde", "bevestigt", "erkende", "waarschuwde", "noemde", "noemt", "noemden", "sprak van", "spreekt van", "reageerde", "ontkende", "ontkenden", "ontkent",
    // A post quotes its writer as a statement does: verbs of posting.
    "tweette", "tweetten", "twitterde", "twitterden", "postte", "postten"],
  opinionLeads: ["volgens", "voor"],
  pronouns: { singular: ["hij", "zij", "ze"], plural: ["zij", "ze"] },
  // A figure or photo pointed back to at a sentence's start: its next sentence may say who put it out (types.ts).
  restatementLeads: ["het cijfer", "de cijfers", "het getal", "de schatting", "het percentage", "de statistiek", "de gegevens", "de foto", "het beeld", "de beelden", "de video", "het bericht", "het gerucht", "dit cijfer", "deze foto"],
  // "Minister Hendrika Valkhof van Infrastructuur": the minister's portfolio, not her surname (affiliation.ts).
  affiliation: { particle: "van", portfolios: ["infrastructuur", "financiën", "defensie", "justitie", "onderwijs", "volksgezondheid", "buitenlandse", "binnenlandse", "economische", "sociale", "landbouw", "klimaat", "asiel", "migratie", "verkeer", "waterstaat", "cultuur", "wetenschap", "welzijn", "veiligheid", "handel", "ontwikkelingssamenwerking", "wonen", "milieu"] },
  // A day or the one told ends what a source's tail says about it: "bronnen rond het kabinet | dinsdag aan het ANP".
  tailBreaks: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "vandaag", "gisteren", "eerder", "aan", "tegen", "dat", "zich"],
  compoundNouns: true,
  anonymousHeads: ["bron", "bronnen", "ingewijde", "ingewijden", "functionaris", "functionarissen", "ambtenaar", "ambtenaren", "woordvoerder", "woordvoerster", "deskundige", "deskundigen", "getuige", "getuigen", "bewoner", "bewoners", "medewerker", "medewerkers", "insider", "insiders"],
  channelPhrases: [`(?:in|tijdens|bij|via)\\s+(?:(?:een|het|de|zijn|haar)\\s+)?(?:verklaring|persbericht|persconferentie|interview|gesprek|bericht|brief|toespraak|tweet|reactie)`],
  determiners: ["een", "twee", "drie", "enkele", "meerdere", "verschillende", "de", "het", "deze", "die"],
  possessives: ["zijn", "haar", "hun"],
  roleNouns: ["woordvoerder", "woordvoerster", "minister", "burgemeester", "havenmeester", "hoogleraar", "onderzoeker", "directeur", "journalist", "correspondent", "redacteur", "hoofdredacteur", "advocaat", "ambassadeur", "president", "premier", "deskundige", "analist", "wethouder", "voorzitter", "kamerlid", "staatssecretaris", "gedeputeerde", "commissaris", "raadslid", "fractievoorzitter", "partijleider", "topman", "topvrouw", "bestuurder", "directrice", "voorzitster"],
  organisationCues: ["bank", "ministerie", "regering", "kabinet", "politie", "leger", "gemeente", "provincie", "universiteit", "instituut", "stichting", "vereniging", "commissie", "rechtbank", "partij", "ziekenhuis", "autoriteit", "beheerder", "vervoerder", "bond", "federatie", "bedrijf", "maatschappij"],
  institutions: {
    government: ["regering", "kabinet", "regerings*", "kabinets*"],
    ministry: ["ministerie", "*ministerie"],
    police: ["politie", "politie*"],
    military: ["leger", "militair", "militaire", "militairen", "defensie"],
    intelligence: ["inlichtingendienst", "inlichtingendiensten", "*inlichtingendienst"],
  },
  outletCues: [...OUTLET_NOUNS, "courant", "dagblad", "nieuws", "post", "telegraaf", "volkskrant", "trouw", "nos", "rtl", "rtv", "tv", "radio", "parool"],
  genericSources: ["media", "de media", "kranten", "bronnen", "persberichten", "berichten", "deskundigen"],
  subjectRelatives: ["die", "dat"],
  // "zegt producent Eva Smit van Studio Noord", "… uit Lelystad": after a full name, where the speaker works or lives.
  fromParticles: ["van", "bij", "uit"],
  ownerPrepositions: ["van", "door"],
  prepositions: ["in", "op", "aan", "bij", "van", "met", "uit", "voor", "naar", "over", "onder", "door", "tijdens", "sinds", "tot", "tussen", "rond", "nabij", "tegen"],
  toldPrepositions: ["tegen"],
  nameStopwords: ["dat", "dit", "zoals", "daarom", "daarna", "toch", "zo", "maar", "en", "volgens", "gisteren", "vandaag", "ook", "dan", "toen", "nu", "hij", "zij", "ze", "het", "de", "in", "op", "na", "voor", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
  photoCredits: ["(?:Foto|Beeld|Afbeelding|Video)\\s*:\\s*[^\\n]{0,80}", "\\((?:Foto|Beeld)\\s*:?[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}"],
  referenceNouns: ["artikel", "art", "lid", "paragraaf", "hoofdstuk", "wet", "resolutie", "richtlijn"],
  yearNouns: ["jaar"],
  titleCues: ["boek", "getiteld", "titel", "film", "documentaire", "roman", "rapport", "artikel", "lied", "essay", "programma", "studie", "kop"],
  without: ["zonder"],
  creditLines: [
    SIGNATURE_LINE,
    "^\\s*(?:Dit\\s+artikel\\s+(?:verscheen|is)\\s+(?:eerder|oorspronkelijk)\\s+(?:verschenen\\s+)?(?:in|op|bij))\\s+(?<name>[^\\n]{2,80}?)[.\\s]*$",
    "^\\s*(?:Bron|Bronnen)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
  ],
  accordingLeads: ["volgens"],
};
