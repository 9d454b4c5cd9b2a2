/** German reading data: «laut», «wie … berichtet», «berichtete die», «sagte der Zeitung», «titelte», «zitiert», «zufolge»; German capitalises every noun, so generic nouns are kept out of names. */
import { BOW, capitalisedName, DOMAIN, EOW, NAME_AND_DATE_LINE, SENTENCE_CASE_TITLE, SIGNATURE_LINE } from "./common.ts";
import { outletNounsFor } from "../outletNouns.ts";
import type { LanguageFrames } from "./types.ts";
import { speechVerbForms } from "./verbForms.ts";

/** Articles before a name, lower case mid-sentence (the capitalised "Die Zeit" keeps its article as part of the title). */
const ART = "(?:der|die|das|dem|den|des|einem|einer|eines)";
/**
 * Words that deny or doubt a document is its named issuer's ("eine gefälschte Pressemitteilung der X", "die angebliche
 * Medienmitteilung des X"), with their endings: the name after it is the one impersonated, no source the text rests on.
 */
const FORGED_DOCUMENT = "(?:gefälscht|falsch|gefakt|fingiert|erfunden|angeblich|vermeintlich)\\p{L}{0,3}";
/** Endings of nouns for publications, compounds included ("Boulevardzeitung", "Nachrichtenagentur", "Onlineportal"). */
const OUTLET_STEMS = ["zeitung", "blatt", "magazin", "zeitschrift", "illustrierte", "sender", "fernsehsender", "rundfunk", "agentur", "portal", "website", "webseite", "seite", "plattform", "blog", "medium", "newsletter", "kanal", "sendung", "onlineausgabe", "ausgabe"];
const STEM = `(?:${OUTLET_STEMS.map((s) => `[${s[0]!.toUpperCase()}${s[0]}]${s.slice(1)}`).join("|")})`;
const NOUN = `(?:\\p{Lu}[\\p{Ll}-]*)?${STEM}${EOW}`;
/** An outlet noun before the name, with its article and at most one adjective ("der britischen Zeitung"), captured as `cue`. */
const CUE = `(?:${ART}\\s+)?(?<cue>(?:\\p{Ll}+\\s+)?${NOUN})\\s+`;

/**
 * Capitalised nouns that follow a cue but name nobody ("laut Angaben", "Experten zufolge", "sagte der Sprecher"): never
 * the start of a name. Stems, matched with their inflections ("Medienbericht" → "Medienberichten", `INFLECTION`) but not
 * as the first part of a compound: "Personalchefin Anna Roth" is a role and a name, not "Person".
 */
export const GENERIC_NOUNS = ["Angabe", "Information", "Bericht", "Medienbericht", "Presseberichte", "Expert", "Wissenschaftler", "Forscher", "Studie", "Umfrage", "Sprecher", "Minister", "Behörde", "Zeuge", "Augenzeuge", "Quelle", "Kreise", "Regierungskreise", "Sicherheitskreise", "Schätzung", "Daten", "Zahl", "Teilnehmer", "Polizeiangabe", "Ermittler", "Beobachter", "Analyst", "Insider", "Medien", "Berichterstattung", "Meldung", "Agenturmeldung", "Ansicht", "Meinung", "Auffassung", "Aussage", "Einschätzung", "Erkenntnis", "Recherche", "Ergebnis", "Mitteilung", "Pressemitteilung", "Erklärung", "Person", "Leute", "Mensch", "Beteiligte", "Vertraute", "Mitarbeiter", "Beamte"];
/** Publication nouns that are descriptions, not names ("der Zeitung", "die Nachrichtenagentur"): never a name on their own (with a capitalised word after, "Agentur Süd", they may be). */
const BARE_NOUNS = ["Tageszeitung", "Wochenzeitung", "Boulevardzeitung", "Lokalzeitung", "Regionalzeitung", "Fachzeitschrift", "Nachrichtenagentur", "Presseagentur", "Nachrichtenmagazin", "Wochenmagazin", "Fernsehsender", "Radiosender", "Nachrichtenportal", "Onlineportal", "Boulevardblatt", "Internetseite", "Webseite"];
/**
 * The endings a generic noun's stem takes in its cases, numbers and feminine forms ("Expertinnen", "Erkenntnissen").
 * Not "-ium": "Ministerium" is no form of "Minister" but a body that speaks for itself ("Dem Ministerium zufolge"), an
 * organisation as "selon le ministère" is.
 */
const INFLECTION = "(?:e|en|n|s|es|er|ern|r|in|innen|nen|se|sen|ien)?";
const NOT_GENERIC = `(?!(?:${GENERIC_NOUNS.join("|")})${INFLECTION}${EOW})(?!(?:${STEM}|${BARE_NOUNS.join("|")})${EOW}(?!\\s+\\p{Lu}))`;
/** Case forms of the article that never begin a title ("Den Experten zufolge"); "Der", "Die", "Das" may ("Die Zeit"). */
const NOT_ARTICLE = `(?!(?:Den|Dem|Des|Ein|Eine|Einem|Einen|Einer|Eines)\\s)`;
/** After a news-agency noun a short lower-case name is an agency's ("die Nachrichtenagentur dpa"). */
const AGENCY_NAME = "(?<=[Aa]gentur\\s)\\p{Ll}{2,4}(?![\\p{L}\\p{N}])";

/**
 * Nouns of people who speak for a body, which a genitive follows ("ein Sprecher der Deutschen Presse-Agentur", its own
 * spokesman): right before one, "der X" after a speech verb's subject is no dative of whom they told. The staff nouns
 * tied to an outlet (outletNouns.ts) and those of a body's spokespeople and staff.
 */
const STAFF_BEFORE_GENITIVE = `(?:${[...outletNounsFor("de").staff, "Sprecher", "Sprecherin", "Mitarbeiter", "Mitarbeiterin", "Leiter", "Leiterin", "Chef", "Chefin", "Vertreter", "Vertreterin"].join("|")})`;

/**
 * Adverbs between an inverted verb of reporting and the paper that reported ("titelte etwa die Morgenglocke", "schrieb
 * damals unter anderem die Elbpost", "berichtete am Montag der Rheinbote"): at most two, none part of the name.
 */
const INVERTED_ADVERBS = "(?:(?:am\\s+\\p{Lu}\\p{Ll}+|gestern|heute|zuerst|bereits|zuvor|kürzlich|damals|etwa|beispielsweise|zum\\s+Beispiel|unter\\s+anderem|u\\.\\s?a\\.|daraufhin|dann|später|auch|ebenfalls|sogar|schon|noch)\\s+){0,2}";

const VERB_REPORT = "(?:berichtet|berichtete|berichten|berichteten|meldet|meldete|melden|vermeldet|vermeldete|vermeldeten|schreibt|schrieb|schreiben|enthüllte|enthüllt|veröffentlichte|veröffentlicht|zitiert|zitierte)";

/**
 * "am" inside a name ("Frankfurt am Main", "Rothenburg am See"), never before a day, a part of one or a date: "schrieb die
 * Tageszeitung Rheinblick am Montag" names the paper, then when it wrote.
 */
const AM_IN_NAME = "am(?!\\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|Morgen|Vormittag|Mittag|Nachmittag|Abend|Tag|Ende|Anfang|\\d))";

/**
 * Heads of a body's name that "für" continues ("Institut für Seenforschung", "Bundesamt für Statistik", "Zeitschrift für
 * Sprache"), compounds included. After any other word "für" opens the clause's own phrase, not part of the name: "sorgt
 * laut einem Bericht des Morgenblick für Ärger" cites the Morgenblick, and no outlet "Morgenblick für Ärger".
 * Not `organisationCues`, though a dozen words are in both: those say a name is a body's and not a person's or an
 * outlet's, while these are the heads a "für" phrase names by, publications' among them ("Zeitschrift", "Journal":
 * outlets, no body) and no body that "für" mostly follows as the clause's own phrase ("die Stadt", "die Polizei sorgt
 * für Ärger"). Folded, either list would misread the other's words.
 */
const FOR_HEADS = ["institut", "amt", "zentrum", "zentrale", "gesellschaft", "verband", "verein", "vereinigung", "bund", "stiftung", "kommission", "komitee", "rat", "akademie", "büro", "forum", "ministerium", "stelle", "dienst", "agentur", "initiative", "netzwerk", "gemeinschaft", "beauftragte", "beauftragter", "bewegung", "liga", "union", "kammer", "behörde", "hochschule", "universität", "fonds", "partei", "kasse", "werk", "zeitschrift", "blätter", "archiv", "jahrbuch", "journal"];
const FOR_IN_NAME = `(?<=(?:${FOR_HEADS.map((h) => `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1)}`).join("|")})\\s+)für`;

export const de: LanguageFrames = {
  language: "de",
  occasionMedia: { spoken: ["interview\\p{L}*", "pressekonferenz\\p{L}*"] },
  verbSecond: true,
  complementisers: ["dass"],
  name: `(?:${DOMAIN}|${AGENCY_NAME}|${NOT_ARTICLE}(?:(?:Der|Die|Das)\\s+${NOT_GENERIC})?${NOT_GENERIC}(?!(?:Der|Die|Das)\\s)${capitalisedName([AM_IN_NAME, FOR_IN_NAME, "von", "vom", "of", "for", "and", "the", "de"], "", true)})`,
  date: `(?:am|im|vom|seit)\\s+(?<date>\\d{1,2}\\.\\s*\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?|\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?)`,
  descriptor: `[Dd](?:er|ie|as|em|en|es)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${NOUN}`,
  end: `(?=\\s*(?:[,.;:!?)»«”“"’]|$|—|–)|\\s+(?:dass|und|oder|aber|der|die|das|dem|den|des|ein|eine|einen|in|im|am|an|auf|mit|nach|vor|seit|über|unter|berichtet|berichtete|sagte|sagt|sagten|erklärte|erklärt|betonte|meldete|meldet|schrieb|schreibt|zufolge|zitiert|hat|habe|hatte|hatten|haben|sei|seien|ist|sind|war|waren|wurde|wurden|wird|werden|wollte|wollten|will|wollen|konnte|konnten|kann|können|sollte|sollten|soll|sollen|musste|mussten|muss|müssen|durfte|darf|liegt|lag|gibt|gab|zeigt|zeigte|nicht|sich|es|er|sie|man|heute|gestern|bereits|schon|jetzt|nun|zuvor|kürzlich|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)${EOW})`,
  frames: [
    // "Der Korrespondent der Havelpost in Rom berichtete …": what an outlet's correspondent or writer reports is the
    // outlet's report; the person is whose staff they are (`staffOf`). Only a name the registry or the article knows
    // as an outlet, as German capitalises every noun ("der Korrespondent der Partei").
    { id: "de.korrespondent_der", frame: "reported", allowUnknown: false, staffOf: true, pattern: `${BOW}(?:[Dd]er|[Dd]ie|[Ee]in|[Ee]ine)\\s+(?:Korrespondent(?:in)?|Auslandskorrespondent(?:in)?|Reporter(?:in)?|Redakteur(?:in)?|Journalist(?:in)?|Kolumnist(?:in)?)\\s+(?:der|des|von)\\s+{SRC}{END}`, example: "Der Korrespondent der FAZ in Rom berichtete, die Brücke werde geschlossen.", expect: "FAZ" },
    { id: "de.schreibt_in", frame: "reported_by", allowUnknown: false, publication: true, pattern: `${BOW}(?:schreibt|schrieb)\\s+(?:in\\s+(?:der|dem)|im)\\s+{SRC}{END}`, example: "Anna Berg schreibt in der FAZ, die Brücke werde geschlossen.", expect: "FAZ" },
    // "die ZDF-Dokumentation", "ein Bild-Bericht": an outlet's name joined to what it made; only a registry name (a compound's first part is often a topic).
    // "die Pressemitteilung des „Instituts X“": the issuer published what is quoted (its name may carry organisation words).
    // Eine gefälschte oder angebliche Pressemitteilung "der X" ist gerade nicht die von X (FORGED_DOCUMENT).
    { id: "de.pressemitteilung", frame: "citing", allowUnknown: true, issuer: true, pattern: `${BOW}(?<!${FORGED_DOCUMENT}\\s{1,3})(?:Pressemitteilung|Pressemeldung|Presseerklärung|Medienmitteilung)\\s+(?:des|der|vom|von)\\s+(?:${ART}\\s+)?[„“"»]?{SRC}[“”"«]?{END}`, example: "So beginnt die Pressemitteilung des „Quillon Institute“, die im März verschickt wurde.", expect: "Quillon Institute" },
    { id: "de.compound", frame: "reported", allowUnknown: false, registryOnly: true, pattern: "(?<![\\p{L}\\p{N}-])(?<name>\\p{Lu}[\\p{L}\\p{N}]{1,20})-(?:Dokumentation|Doku|Reportage|Bericht|Recherche|Sendung|Interview|Artikel|Meldung|Umfrage|Enthüllung)(?![\\p{L}])", example: "Der Fehler fiel erst in der ZDF-Reportage „Brücken im Nebel“ auf.", expect: "ZDF" },
    // Inside the clause the name may run up to a word in small letters or a figure ("kostet laut X 3 Milliarden Euro").
    { id: "de.laut", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:[Ll]aut|[Gg]emäß|[Nn]ach\\s+Angaben|[Nn]ach\\s+Informationen|[Nn]ach\\s+(?:einem|dem)\\s+Bericht)\\s+(?:(?:einem|einer|dem|der)\\s+(?:\\p{Ll}+\\s+)?(?:Bericht|Artikel|Meldung|Recherche|Beitrag|Interview)\\s+(?:des|der|von|im|in\\s+der)\\s+|(?:Angaben|Informationen|Daten|Zahlen|Recherchen)\\s+(?:des|der|von|vom)\\s+|(?:des|der|von|vom)\\s+)?(?:${CUE})?(?:${ART}\\s+)?{SRC}(?:{END}|(?=\\s+[\\p{Ll}\\p{N}]))`, example: "Der Hafen bleibt geschlossen, laut Nordkurier Abend.", expect: "Nordkurier Abend" },
    { id: "de.wie_berichtet", frame: "reported", allowUnknown: true, pattern: `${BOW}[Ww]ie\\s+(?:${CUE})?(?:${ART}\\s+)?{SRC}\\s+(?:(?:am|im|unter|in|auf|aus|von|bereits|zuvor|zuerst|erstmals|kürzlich|gestern|heute|online)(?:\\s+[^,.;:!?]{1,80}?)?\\s+)?(?:berichtet|berichtete|berichten|berichteten|meldet|meldete|melden|meldeten|schreibt|schrieb|schreiben|schrieben|titelt|titelte|enthüllte|veröffentlichte|zitiert|zitierte|erfuhr|erfährt|erfahren\\s+hat|erfahren\\s+haben)${EOW}`, example: "Wie die Neue Rheinpost berichtet, ist der Hafen geschlossen.", expect: "Neue Rheinpost" },
    // "Wie die X aus Kreisen des Ministeriums erfuhr": the outlet says it learned this itself, a citation of its reporting.
    { id: "de.wie_erfuhr", frame: "reported", allowUnknown: true, pattern: `${BOW}[Ww]ie\\s+(?:${CUE})?(?:${ART}\\s+)?{SRC}\\s+(?:aus|von)\\s+[^,.;:!?]{1,80}?\\s+(?:erfuhr|erfährt|erfahren\\s+hat)${EOW}`, example: "Wie die Neue Rheinpost aus Kreisen der Stadt erfuhr, schließt der Hafen.", expect: "Neue Rheinpost" },
    { id: "de.berichtete_die", frame: "reported", allowUnknown: true, pattern: `${BOW}${VERB_REPORT}\\s+${INVERTED_ADVERBS}(?:${CUE}|${ART}\\s+){SRC}{END}`, example: "Am Montag berichtete die Elbpost, der Bürgermeister sei zurückgetreten.", expect: "Elbpost" },
    // Only a publication has headlines: "titelte die X" is evidence of an outlet.
    { id: "de.titelte", frame: "reported", allowUnknown: true, publication: true, pattern: `${BOW}(?:titelt|titelte|titeln|titelten|schlagzeilte)\\s+${INVERTED_ADVERBS}(?:${CUE}|${ART}\\s+)?{SRC}{END}`, example: "Zwei Wochen später titelte die Morgenglocke: „Der Hafen bleibt zu“.", expect: "Morgenglocke" },
    // "berichtete Reuters", "meldete AFP": an agency is often named without its article; without one, a name after the
    // verb may be a person who reports ("berichtete Bürgermeister Roth"), so only a registered outlet counts.
    { id: "de.berichtete_name", frame: "reported", allowUnknown: false, registryOnly: true, pattern: `${BOW}${VERB_REPORT}\\s+(?:(?:am\\s+\\p{Lu}\\p{Ll}+|gestern|heute|zuerst|bereits|zuvor|kürzlich)\\s+)?{SRC}{END}`, example: "Das Werk schließt, berichtete Reuters unter Berufung auf Insider.", expect: "Reuters" },
    // "Der Blog Stimmen vom Deich schreibt am 3. Mai:": after a publication noun with its article the name may hold a small
    // article or preposition ("der", "vom"), which the name pattern leaves out since German capitalises every noun; the
    // noun bounds the name before, the verb after. Before the bare subject frame, which would take only the name's last noun ("Küste").
    { id: "de.cue_subject_reported", frame: "reported", allowUnknown: true, pattern: `${BOW}[Dd](?:er|ie|as)\\s+(?<cue>(?:\\p{Ll}+\\s+)?${NOUN})\\s+(?<name>\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:der|des|die|das|dem|den|von|vom|für|am|im|zur|zum|und)\\s+)?\\p{Lu}[\\p{L}-]*){0,4}?)\\s+${VERB_REPORT}${EOW}`, example: "Der Blog Stimmen vom Deich schreibt am 3. Mai 2017:", expect: "Stimmen vom Deich" },
    { id: "de.subject_reported", frame: "reported", allowUnknown: true, pattern: `${BOW}{SRC}\\s+(?:berichtet|berichtete|berichten|berichteten|meldet|meldete|melden|meldeten|schreibt|schrieb|schreiben|schrieben|titelt|titelte|enthüllte|veröffentlichte|zitiert|zitierte)${EOW}`, example: "Der Ostkurier berichtete über den Unfall.", expect: "Der Ostkurier" },
    // "Die Westfalenpost hatte zuerst über den Fall berichtet": the outlet that broke the story, in the perfect tense.
    { id: "de.first_reported", frame: "reported", allowUnknown: true, pattern: `${BOW}{SRC}\\s+(?:hatte|hat|hatten|haben)\\s+(?:zuerst|als\\s+erste[rs]?|erstmals)\\s+(?:(?:darüber|davon|über\\s+[^,.;:!?]{1,60}?)\\s+)?(?:berichtet|gemeldet|enthüllt)${EOW}`, example: "Die Westfalenpost hatte zuerst über den Fall berichtet.", expect: "Die Westfalenpost" },
    // "Ein Bericht der Zeitung X zeigt, dass …", "Einem Artikel des Spiegel zufolge": a report by the outlet, as "a report by X".
    { id: "de.bericht_der", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?<![Ll]aut\\s|[Nn]ach\\s)(?:[Ee]in|[Ee]inem|[Ee]inen|[Dd]er|[Dd]em|[Dd]en)\\s+(?:\\p{Ll}+\\s+)?(?:Bericht|Artikel|Beitrag|Recherche)\\s+(?:der|des|von\\s+der|vom|von)\\s+(?:${CUE})?{SRC}(?:{END}|(?=\\s+(?:zeigt|zeigte|zufolge|belegt|belegte|besagt|nennt|nannte)${EOW}))`, example: "Ein Bericht der Zeitung Westfalenpost zeigt, dass der Hafen geschlossen ist.", expect: "Westfalenpost" },
    // "Auf ‘Kellbacher Echo’ wurde über den Fund berichtet": where it was reported, in the passive; a site or a paper (a
    // platform's name is no outlet: cited.ts). A place after "auf" ("Auf Sylt wurde berichtet") is a place.
    { id: "de.auf_wurde_berichtet", frame: "reported", allowUnknown: true, publication: true, pattern: `${BOW}[Aa]uf\\s+(?:${CUE}|${ART}\\s+)?{SRC}\\s+(?:wurde|wird|wurden|werden|ist|war)\\s+(?:[^,.;:!?\\n]{1,80}?\\s+)?(?:berichtet|gemeldet|geschrieben|veröffentlicht)${EOW}`, example: "Auf Kellbacher Echo wurde über eine Frau berichtet, die einen Riesenfisch gefangen habe.", expect: "Kellbacher Echo" },
    // "Zuerst hatte der „Spiegel“ darüber berichtet": the perfect tenses put the outlet between the auxiliary and the participle.
    { id: "de.hatte_berichtet", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:hatte|hat|hatten|haben)\\s+(?:${CUE}|${ART}\\s+)?{SRC}\\s+(?:(?:zuerst|bereits|darüber|davon|zuvor|kürzlich|gestern|am\\s+\\p{Lu}\\p{Ll}+)\\s+){0,3}(?:berichtet|gemeldet|geschrieben|enthüllt|veröffentlicht)${EOW}`, example: "Zuerst hatte der Ostkurier darüber berichtet.", expect: "Ostkurier" },
    // "Dem NDR liegt das Dokument vor": what an outlet has obtained.
    { id: "de.liegt_vor", frame: "reported", allowUnknown: false, pattern: `${BOW}(?:[Dd]em|[Dd]er)\\s+(?:${CUE})?{SRC}\\s+(?:liegt|liegen|lag|lagen)\\s+(?:[^,.;:!?]{1,60}?\\s+)?vor${EOW}`, example: "Dem Ostkurier liegt das Dokument vor.", expect: "Ostkurier" },
    // "…, so dpa.", "…, so die Talwacht.": a credit closing the sentence after a comma names whose words these are. Not
    // a bare description ("so das Blatt."): which paper it points back to is left unread, as a wrong antecedent invents one.
    { id: "de.so_credit", frame: "according_to", allowUnknown: true, pattern: `(?<=[,–—]\\s{0,2})so\\s+(?!${ART}\\s+(?:\\p{Ll}+\\s+)?${NOUN}\\s*(?:[.;!?]|$))(?:${CUE}|${ART}\\s+)?{SRC}(?=\\s*(?:[.;!?]|$))`, example: "Der Hafen bleibt bis Mai geschlossen, so die Talwacht.", expect: "Talwacht" },
    { id: "de.zufolge", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:${CUE})?(?:${ART}\\s+)?{SRC}\\s+zufolge${EOW}`, example: "Dem Bergkurier zufolge ist der Pass gesperrt.", expect: "Bergkurier" },
    // The dative after a speech verb ("sagte der Elbpost") reads like a nominative subject ("sagte der Sprecher"): a candidate only.
    // After a spokesman or staff noun "der X" is as often its genitive ("sagte ein Sprecher der X"): no dative read there.
    { id: "de.sagte_dem", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:sagte|sagt|erklärte|erklärt|berichtete|bestätigte|bestätigt|verriet|erzählte|betonte|versicherte|sagten|erklärten)(?:\\s+(?:er|sie|es|ein(?:e)?\\s+(?!${STAFF_BEFORE_GENITIVE}${EOW})\\p{Lu}\\p{Ll}+|\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2}))?\\s+(?:gegenüber\\s+)?(?:${CUE}|(?:dem|der|den)\\s+){SRC}{END}`, example: "„Wir geben nicht auf“, sagte ein Beamter der Zeitung Elbpost.", expect: "Elbpost" },
    // "…, sagte Hafenmeisterin Ilse Brandt der Nachrichtenagentur Elbdienst": a speaker between verb and addressee; only
    // with the publication noun, which tells the addressee from a second subject.
    { id: "de.sagte_cue", frame: "told", allowUnknown: true, pattern: `${BOW}(?:sagte|sagt|sagten|erklärte|erklärt|erklärten|bestätigte|bestätigt|verriet|erzählte|betonte|versicherte)\\s+(?:[^,.;:!?„“"»«]{1,60}?(?:,\\s[^,.;:!?„“"»«]{1,60}?,)?\\s+)?(?:gegenüber\\s+)?(?:dem|der|den)\\s+(?<cue>(?:\\p{Ll}+\\s+)?${NOUN})\\s+{SRC}{END}`, example: "„Nein“, sagte Hafenmeisterin Ilse Brandt der Nachrichtenagentur Elbdienst.", expect: "Elbdienst" },
    // "…, sagte ein Sprecher des Ministeriums am Montag der Deutschen Presse-Agentur": a subject of any length (a role, a
    // genitive, an appositive between commas, when) between the verb and the outlet in the dative. Only a name the registry
    // knows whole, and never right after a noun of someone who speaks for a body ("ein Sprecher der Deutschen
    // Presse-Agentur" is the agency's own spokesman, a genitive).
    { id: "de.sagte_subjekt_dem", frame: "told", allowUnknown: false, registryOnly: true, pattern: `${BOW}(?:sagte|sagt|sagten|erklärte|erklärt|erklärten|bestätigte|bestätigt|verriet|erzählte|betonte|versicherte)\\s+[^.;:!?„“"»«]{1,100}?(?<!${STAFF_BEFORE_GENITIVE})\\s+(?:gegenüber\\s+)?(?:dem|der|den)\\s+{SRC}{END}`, example: "„Nein“, sagte ein Sprecher des Hafenamts am Montag der Deutschen Presse-Agentur.", expect: "Deutschen Presse-Agentur" },
    // "Dem „Elbspiegel“ sagte der Bürgermeister, …": the addressee put first (a dative only "Dem" shows unambiguously).
    { id: "de.dem_sagte", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:Dem|dem)\\s+(?:(?<cue>(?:\\p{Ll}+\\s+)?${NOUN})\\s+)?{SRC}\\s+(?:sagte|sagten|erklärte|erklärten|bestätigte|verriet|erzählte|betonte|versicherte|kündigte)${EOW}`, example: "Dem Magazin Elbspiegel sagte der Bürgermeister, der Plan sei gut.", expect: "Elbspiegel" },
    { id: "de.interview", frame: "told", allowUnknown: true, pattern: `${BOW}(?:[Ii]m\\s+(?:\\p{Ll}+\\s+)?(?:Interview|Gespräch)\\s+mit|[Gg]egenüber|[Aa]uf\\s+(?:\\p{Ll}+\\s+)?(?:Anfrage|Nachfrage)\\s+(?:von|vom|des|der))\\s+(?:${CUE}|(?:dem|der|den)\\s+)?{SRC}{END}`, example: "Im Interview mit dem Talblatt sagte der Minister, alles sei gut.", expect: "Talblatt" },
    // "Im Sender Kanal Nord sagte der Offizier", "sagte der Offizier im Radiosender Welle Nord": a speaker on a broadcaster's air.
    { id: "de.im_sender", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:[Ii]m|[Bb]eim)\\s+(?<cue>(?:\\p{Lu}\\p{Ll}*)?(?:[Ss]ender|[Rr]adiosender|[Ff]ernsehsender|[Kk]anal|[Rr]undfunk|[Pp]rogramm))\\s+{SRC}{END}`, example: "Im Sender Welle Nord sagte der Offizier, man habe mit dem Mädchen gesprochen.", expect: "Welle Nord" },
    { id: "de.zitiert", frame: "quoted", allowUnknown: true, pattern: `${BOW}{SRC}\\s+zitiert(?:e)?\\s+(?<citing>[^,.;:]{1,80}?)\\s+mit\\s+den\\s+Worten`, example: "Die Hafenpost zitierte einen Sprecher mit den Worten, alles sei ruhig.", expect: "Die Hafenpost" },
    // "…“, zitiert die Elbpost einen Sprecher": the outlet quotes, the object after it is who was quoted.
    { id: "de.zitiert_inverted", frame: "quoted", allowUnknown: true, pattern: `${BOW}zitiert(?:e|en)?\\s+(?:${CUE}|${ART}\\s+)?{SRC}\\s+(?<citing>(?:einen|eine|einer|den|die|das|dessen|deren)\\s+[^,.;:]{1,60}?)(?=\\s*[,.;:]|\\s+mit\\s+den\\s+Worten)`, example: "„Alles ist ruhig“, zitiert die Hafenpost einen Sprecher.", expect: "Hafenpost" },
    { id: "de.zitiert_von", frame: "cited_by", allowUnknown: false, pattern: `${BOW}(?:zitiert|wiedergegeben)\\s+(?:von|vom|nach)\\s+(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "Der Satz, zitiert von der Elbpost, ging um die Welt.", expect: "Elbpost" },
    { id: "de.von_zitiert", frame: "cited_by", allowUnknown: false, pattern: `${BOW}(?:von|vom)\\s+(?:${CUE})?(?:${ART}\\s+)?{SRC}\\s+(?:zitiert|wiedergegeben|aufgegriffen)${EOW}`, example: "Der Satz wurde von der Elbpost zitiert.", expect: "Elbpost" },
    // Before "erschienen bei X": "Zuerst erschienen bei der X", "Dieser Artikel erschien zuerst in der Zeitung X" credit the outlet of record (a syndication credit where the article is its subject); the verb before or after its adverb, an article after the preposition.
    { id: "de.first_appeared_in", frame: "first_appeared_in", allowUnknown: true, publication: true, syndication: true, pattern: `${BOW}(?:(?:zuerst|erstmals|ursprünglich)\\s+(?:erschienen|veröffentlicht)|erschien(?:en)?\\s+(?:zuerst|erstmals|ursprünglich))\\s+(?:im|beim|(?:in|bei|auf)\\s+(?:der|dem)|in|bei|auf)\\s+(?:${CUE})?{SRC}{END}`, example: "Dieser Artikel ist zuerst erschienen bei The Harbour Review.", expect: "The Harbour Review" },
    { id: "de.veroeffentlicht_in", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:veröffentlicht|erschienen|publiziert)\\s+(?:(?:im|in\\s+der|in\\s+dem|auf\\s+der|bei|von|vom|von\\s+der)\\s+)(?:${CUE})?{SRC}{END}`, example: "Die Studie, veröffentlicht in der Fachzeitschrift Annals of Coastal Research, war falsch.", expect: "Annals of Coastal Research" },
    // After a publication noun a title may be written in sentence case.
    { id: "de.veroeffentlicht_in.titel", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:veröffentlicht|erschienen|publiziert)\\s+(?:(?:im|in\\s+der|in\\s+dem|auf\\s+der|bei|von|vom|von\\s+der)\\s+)${CUE}(?<name>${SENTENCE_CASE_TITLE}){END}`, example: "Die Studie, veröffentlicht in der Fachzeitschrift Annals of coastal research, war falsch.", expect: "Annals of coastal research" },
    { id: "de.unter_berufung", frame: "citing", allowUnknown: false, pattern: `${BOW}(?:unter\\s+Berufung\\s+auf|mit\\s+Verweis\\s+auf|unter\\s+Verweis\\s+auf)\\s+(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "Die Agentur meldete unter Berufung auf die Elbpost einen Unfall.", expect: "Elbpost" },
    // "[Outlet, 18-02-2016]": a bracketed source and date after a passage, as aggregators credit what they took.
    { id: "de.bracket_source", frame: "according_to", allowUnknown: true, pattern: "[\\[(]{SRC},\\s*\\d{1,2}[-/.]\\s?\\d{1,2}[-/.]\\s?\\d{2,4}[\\])]", example: "Gestern bestätigte es der Minister [Agentur Süd, 18.02.2016].", expect: "Agentur Süd" },
  ],
  attributionOpeners: ["Das", "Dies"],
  // "Das gab die Stadt am Montag bekannt.": "bekanntgeben" is no speech verb elsewhere ("gab" alone is "gave").
  attributionOnlyForms: ["(?:Das|Dies)\\s+(?:gab|gaben|gibt|geben|hat|haben)\\s+(?:[^\\s,;:]+\\s+){1,14}?(?:bekannt|bekanntgegeben)\\s*[.!]?\\s*$"],
  textVerbs: ["lautet", "lautete", "heißt es"],
  speechVerbs: [
    ...speechVerbForms("de", [
      "sagen", "erklären", "betonen", "ergänzen", "meinen", "warnen", "bestätigen", "behaupten", "erzählen", "berichten",
      "antworten", "kommentieren", "versichern", "mahnen", "kritisieren", "präzisieren", "dementieren",
      // A post quotes its writer as a statement does ("twitterte die Bürgermeisterin", "schrieb auf X"): verbs of posting.
      "twittern", "posten",
      ["bestreiten", { present: "bestreitet", past: "bestritt", pastPlural: "bestritten" }],
      ["schreiben", { present: "schreibt", past: "schrieb", pastPlural: "schrieben" }],
      ["unterstreichen", { present: "unterstreicht", past: "unterstrich", pastPlural: "unterstrichen" }],
    ]),
    // Separable verbs keep their particle at the clause's end; inverted forms name the speaker inside the verb.
    "fügte hinzu", "fügten hinzu", "räumte ein", "räumten ein", "sagte er", "sagte sie", "so", "heißt es",
    "teilte mit", "teilten mit", "teilt mit", "teilte … mit", "teilten … mit", "teilt … mit",
    "kündigte an", "kündigten an", "kündigt an", "kündigte … an", "kündigten … an", "kündigt … an",
    // An accusation quotes its maker ("X wirft den Behörden vor, „…“"): the gap holds whom they accuse.
    "wirft … vor", "werfen … vor", "warf … vor", "warfen … vor",
  ],
  opinionLeads: ["für", "laut"],
  articleSelf: ["dieser", "diese", "dieses", "er", "eine fassung dieses"],
  anonymityClauses: ["(?:der|die|das) nicht (?:namentlich )?(?:genannt|zitiert) werden (?:wollte|wollten|will|wollen|möchte|möchten)", "(?:der|die|das) anonym bleiben (?:wollte|wollten|will|wollen|möchte|möchten)", "unter (?:der )?(?:Bedingung der |Zusicherung der )?Anonymität"],
  // "Insidern zufolge", "Experten zufolge": a source noun before the postposed "according to".
  anonymousAccording: "\\s+zufolge(?![\\p{L}])",
  citingCues: ["unter Berufung auf", "mit Verweis auf", "unter Verweis auf", "unter Bezug auf"],
  // A call to pass the text on, a greeting or a closing wish: no claim (analyse/claims/noProposition.ts).
  // "so" closes a sentence with its source ("…, so die Talwacht.") but also opens a clause of wish or condition whose verb
  // ends it ("…, so Gott will.", "so es die Zeit erlaubt"): a verb of wanting or permitting there says whose wish, not whose words.
  wishClauses: ["so\\s+(?:[\\p{L}-]+\\s+){1,4}(?:will|wolle|wollen|möge|mögen|mag|erlaubt|erlauben|erlaube|zulässt|zulassen)(?=\\s*(?:[,.;:!?)]|$))"],
  readerAddress: ["(?:bitte\\s+)?(?:teilen|weiterleiten|verbreiten)(?:\\s+sie\\s+(?:das|es|dies))?", "(?:ich\\s+wünsche\\s+(?:ihnen|euch|dir)\\s+)?einen\\s+(?:schönen|guten)\\s+tag", "guten\\s+(?:morgen|tag|abend)", "danke(?:\\s+schön)?|vielen\\s+dank"],
  pronouns: { singular: ["er", "sie"], plural: ["sie"] },
  compoundNouns: true,
  capitalisedNouns: true,
  // Endings no German given name or surname has (three letters of stem at least: "Jung" is a name); and an adjective's
  // suffix with its inflection ("südländisch aussehender Männer", "der damaligen Regierung"), which adverbs never take.
  commonNounMarks: {
    suffixes: ["ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "tät", "täten", "ismus", "ismen", "nisse", "nissen"],
    adjectiveBefore: "\\p{Ll}{2,}(?:isch|ig|lich|end|bar|sam|haft|los|ell|iv)(?:e|en|er|em|es)",
  },
  // Weak nouns and plurals take -en/-n after "auf einen", "laut einem", "von" ("unter Berufung auf einen Beamten").
  anonymousHeads: ["quelle", "quellen", "beamter", "beamte", "beamten", "beamtin", "beamtinnen", "informanten", "informantin", "mitarbeitern", "vertretern", "ermittlern", "anwohnern", "bewohnern", "offizieren", "zeugin", "diplomatin", "experte", "experten", "expertin", "diplomat", "diplomaten", "zeuge", "zeugen", "augenzeuge", "augenzeugen", "anwohner", "bewohner", "sprecher", "sprecherin", "analyst", "analysten", "ermittler", "insider", "insidern", "mitarbeiter", "mitarbeiterin", "vertreter", "vertreterin", "offizier", "offiziere", "informant", "kreise", "kreisen", "regierungskreise", "regierungskreisen", "sicherheitskreise", "sicherheitskreisen", "diplomatenkreise", "diplomatenkreisen", "parteikreise", "parteikreisen"],
  channelPhrases: [`(?:in|bei|während|auf|per)\\s+(?:(?:einer|einem|eine|der|dem|seiner|ihrer|seinem|ihrem)\\s+)?(?:schriftlichen\\s+)?(?:Mitteilung|Pressemitteilung|Erklärung|Stellungnahme|Pressekonferenz|Interview|Gespräch|Nachricht|Rede|Schreiben|Anfrage|E-Mail)`],
  toldArticles: ["der", "dem"],
  // "eine gefälschte Mitteilung der Hafenbehörde", "ein angeblicher Brief im Namen des Hafenamts" (FORGED_DOCUMENT): a
  // document's noun, compounds included ("Pressemitteilung"); the genitive's article may open the name the speakers read.
  forgedIssuerLeads: [`${FORGED_DOCUMENT}\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]*(?:mitteilung|erklärung|brief|schreiben|nachricht|dokument|bekanntmachung|anordnung|meldung|warnung|beitrag|mail|notiz|verfügung)(?:en|e|s|es)?(?:\\s+(?:des|der|vom|von|im\\s+Namen\\s+(?:des|der|von)))?`],
  determiners: ["ein", "eine", "einer", "einem", "einen", "mehrere", "einige", "zwei", "drei", "der", "die", "das", "den", "dem", "diese", "dieser", "andere", "viele", "verschiedene"],
  possessives: ["sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"],
  roleNouns: ["experte", "expertin", "journalist", "journalistin", "analyst", "analystin", "sprecher", "sprecherin", "minister", "ministerin", "professor", "professorin", "forscher", "forscherin", "wissenschaftler", "wissenschaftlerin", "direktor", "direktorin", "leiter", "leiterin", "autor", "autorin", "anwalt", "anwältin", "diplomat", "botschafter", "botschafterin", "historiker", "historikerin", "abgeordneter", "abgeordnete", "bürgermeister", "bürgermeisterin", "präsident", "präsidentin", "berater", "beraterin", "arzt", "ärztin", "ökonom", "ökonomin", "korrespondent", "korrespondentin", "redakteur", "redakteurin", "chefredakteur", "gründer", "chef", "chefin", "general", "oberst", "meister", "meisterin", "sprecher", "sprecherin"],
  organisationCues: ["bank", "ministerium", "regierung", "bundesregierung", "armee", "bundeswehr", "polizei", "staatsanwaltschaft", "gericht", "rat", "stadt", "universität", "institut", "stiftung", "verband", "verein", "kommission", "behörde", "amt", "bundesamt", "partei", "krankenhaus", "klinik", "vatikan", "uno", "nato", "eu"],
  institutions: {
    government: ["regierung", "bundesregierung", "landesregierung", "regierungs*", "bundesregierungs*", "kabinett", "kabinetts*"],
    ministry: ["ministerium", "ministeriums", "*ministerium", "*ministeriums", "ministeriums*"],
    police: ["polizei", "polizei*"],
    military: ["bundeswehr", "armee", "militär", "militärs", "militär*"],
    intelligence: ["geheimdienst", "geheimdienste", "geheimdienstes", "geheimdienst*", "*geheimdienst"],
  },
  outletCues: ["zeitung", "blatt", "magazin", "zeitschrift", "sender", "rundfunk", "agentur", "nachrichtenagentur", "portal", "online", "news", "post", "kurier", "anzeiger", "rundschau", "spiegel", "welt", "bild", "tagesspiegel", "zeit", "tv", "radio", "presse", "tageblatt", "abendblatt", "morgenpost"],
  outletSuffixes: ["zeitung", "blatt", "kurier", "post", "anzeiger", "rundschau", "magazin", "presse", "funk", "nachrichten"],
  genericSources: ["medien", "medienberichte", "medienberichten", "berichte", "berichten", "angaben", "informationen", "experten", "wissenschaftlern", "forschern", "quellen", "kreisen", "regierungskreisen", "sicherheitskreisen", "zeugen", "augenzeugen", "studie", "umfrage", "teilnehmern", "beobachtern"],
  subjectRelatives: ["der", "die", "das"],
  possessiveStatementLeads: ["seine", "ihre"].flatMap((p) => ["erklärung", "botschaft", "stellungnahme", "antwort", "rede", "mitteilung"].map((n) => `${p} ${n}`)),
  accordingLeads: ["laut"],
  // A figure or photo pointed back to at a sentence's start: its next sentence may say who put it out (types.ts).
  restatementLeads: ["die zahl", "die zahlen", "die angabe", "die schätzung", "die statistik", "die daten", "das foto", "das bild", "die aufnahme", "das video", "der beitrag", "die meldung", "das gerücht", "diese zahl", "dieses foto", "dieses bild"],
  studyAuthorLeads: ["studie", "umfrage", "untersuchung", "forscher", "forscherinnen", "wissenschaftler", "wissenschaftlerinnen", "experten"].flatMap((n) => [`${n} des`, `${n} der`, `${n} vom`, `${n} von`]),
  genitiveArticles: ["des", "eines"],
  nounsCapitalised: true,
  ownerPrepositions: ["von", "vom", "durch"],
  prepositions: ["am", "im", "an", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "von", "vom", "zu", "zum", "zur", "in", "über", "unter", "vor", "für", "gegen", "ohne", "um", "bis", "durch", "hinter", "neben", "zwischen", "ins", "ans", "aufs", "gegenüber"],
  nameStopwords: ["aber", "und", "laut", "gemäß", "gestern", "heute", "auch", "dann", "jedoch", "doch", "zudem", "außerdem", "also", "danach", "vorher", "während", "wenn", "dieser", "diese", "er", "sie", "es", "in", "für", "wie", "schon", "jetzt", "noch", "am", "im", "zuvor",
    // Adverbs that open a sentence before its verb ("Weiter heißt es in dem Bericht, …", "Später sagte er …").
    "weiter", "weiterhin", "ferner", "später", "damals", "inzwischen", "mittlerweile", "bereits", "nun", "hier", "dort",
    "deshalb", "daher", "trotzdem", "allerdings", "zunächst", "schließlich", "demnach", "demzufolge", "ebenfalls",
    // German capitalises these nouns: at a sentence's start they look like names ("Am Montag berichtete …").
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "jahr", "woche", "tag", "uhr", "mitte", "ende", "anfang", "morgen", "abend", "nacht"],
  // "Bild:" is also the tabloid ("titelte die Bild: …"): a credit stands at the start of a line or after a bracket or bar only.
  photoCredits: ["(?<=^|\\n|[(|/]\\s?)\\s*(?:Foto|Fotos|Bild|Bilder|Quelle|Abbildung|Grafik|Video)\\s*:\\s*[^\\n]{0,80}", "\\((?:Foto|Bild)\\s*:?\\s*[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}", "(?:Foto|Bild)\\s+(?:von|mit\\s+freundlicher\\s+Genehmigung\\s+von)\\s+[^\\n.]{0,60}"],
  referenceNouns: ["artikel", "art", "paragraf", "paragraph", "absatz", "abs", "satz", "abschnitt", "kapitel", "ziffer", "nummer", "gesetz", "resolution", "richtlinie", "verordnung"],
  yearNouns: ["jahr", "jahre", "jahres"],
  newCountWords: ["bisher", "bislang", "inzwischen", "mittlerweile", "nun", "jetzt", "stieg auf", "gestiegen", "erhöhte sich auf"],
  titleCues: ["buch", "titel", "betitelt", "mit dem titel", "film", "dokumentation", "roman", "bericht", "artikel", "lied", "essay", "sendung", "beitrag", "rubrik", "folge", "studie", "schlagzeile", "titelte", "titelten"],
  compositionVerbs: ["schrieb", "geschrieben", "verfasste", "verfasst", "komponierte", "komponiert"],
  without: ["ohne"],
  creditLines: [
    NAME_AND_DATE_LINE,
    SIGNATURE_LINE,
    "^\\s*(?:Dieser|Der)\\s+(?:Artikel|Text|Beitrag)\\s+(?:ist|wurde)\\s+(?:zuerst|erstmals|ursprünglich)\\s+(?:erschienen|veröffentlicht)\\s+(?:im|in\\s+der|in|bei|auf)\\s+(?<name>[^\\n]{2,80}?)(?:\\s+(?:erschienen|veröffentlicht))?[.\\s]*$",
    "^\\s*(?:Quelle|Quellen|Via|(?<contributed>Mit\\s+Material\\s+von))\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
    "^\\s*(?<name>(?:\\p{Lu}[\\p{Lu} .&'-]{2,40}))\\s*$",
  ],
};
