/**
 * Romanian reading data: «potrivit X», «conform X», «citat de X», «a informat X», «X a relatat», «a declarat pentru X»,
 * «care a cerut să nu îi fie publicat numele». Without it a Romanian text was read with English data and cited no one.
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Nouns that say the name after them is a publication ("ziarul X", "potrivit agenției Agerpres"), in the cases a frame needs. */
const OUTLET_NOUNS = ["ziar", "ziarul", "ziarului", "cotidian", "cotidianul", "cotidianului", "publicație", "publicația", "publicației", "agenție", "agenția", "agenției", "agenția de presă", "agenției de presă", "agenția de știri", "agenției de știri", "site", "site-ul", "site-ului", "portal", "portalul", "portalului", "săptămânal", "săptămânalul", "săptămânalului", "revista", "revistei", "postul", "postului", "televiziunea", "televiziunii", "postul de televiziune", "postului de televiziune", "radio", "blog", "blogul", "blogului"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, "\\s+")).join("|")})`;
/** An outlet noun before the name, with at most one adjective after it ("cotidianul local X"), captured as `cue`. */
// The adjective is never a preposition or a conjunction: "ziarul din Cluj" says where the paper is, it names no outlet "Cluj".
const CUE = `(?<cue>${NOUN}(?:\\s+(?!(?:de|din|și|că|în)${EOW})\\p{Ll}+)?)\\s+`;
/** The compound past is written with the auxiliary "a"/"au" and the participle ("a declarat", "au spus"); "mai" may stand between ("a mai spus"). */
const PARTICIPLES = ["declarat", "spus", "afirmat", "precizat", "explicat", "adăugat", "subliniat", "menționat", "anunțat", "confirmat", "avertizat", "transmis", "comunicat", "răspuns", "susținut", "arătat", "detaliat", "relatat", "povestit", "recunoscut", "insistat", "negat", "acuzat", "notat", "scris"];
const PRESENTS = ["declară", "spune", "spun", "afirmă", "precizează", "explică", "adaugă", "subliniază", "menționează", "anunță", "confirmă", "avertizează", "transmite", "susține", "arată", "povestește", "recunoaște", "notează", "scrie"];
const SPEECH = [...PARTICIPLES.flatMap((p) => [`a ${p}`, `au ${p}`, `a mai ${p}`, `au mai ${p}`]), ...PRESENTS];
/** Verbs of reporting an outlet does, in the compound past. */
const REPORTED = "(?:informat|relatat|scris|transmis|raportat|dezvăluit|publicat|anunțat)";

export const ro: LanguageFrames = {
  language: "ro",
  name: `(?:${DOMAIN}|${capitalisedName(["de", "din", "și", "la", "pe", "of", "the"])})`,
  date: `(?:pe|la|în|joi|vineri|luni|marți|miercuri|sâmbătă|duminică)\\s+(?<date>\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4})?|\\p{Ll}+)`,
  descriptor: `${NOUN}(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}`,
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:că|și|dar|iar|în|la|pe|cu|de|din|pentru|despre|ieri|azi|astăzi|luni|marți|miercuri|joi|vineri|sâmbătă|duminică|a|au|este|sunt|era|nu|citând|care)${EOW})`,
  frames: [
    { id: "ro.potrivit", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:[Pp]otrivit|[Cc]onform|[Ss]onform)\\s+(?:(?:unui|unei|articolului|informațiilor|datelor|relatării|anchetei)\\s+(?:\\p{Ll}+\\s+)?(?:din|de\\s+la|publicat(?:e|ă)?\\s+de|al|ale|a)\\s+)?(?:${CUE})?{SRC}{END}`, example: "Podul rămâne închis, potrivit Gazeta Someșului.", expect: "Gazeta Someșului" },
    // Inverted after the verb: "…, a informat Agerpres." A person who writes ("a scris Ana Pop") is read as a person by the cited-name decision.
    { id: "ro.a_informat", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:a|au)\\s+(?:mai\\s+)?${REPORTED}\\s+(?:${CUE})?{SRC}{END}`, example: "Podul rămâne închis, a informat Gazeta Someșului.", expect: "Gazeta Someșului" },
    // The same in the present, as agencies' reports are credited ("…, relatează velmar.ro.", "scrie Gazeta Someșului");
    // web copy may still write the old cedilla letters ("anunţă").
    { id: "ro.relateaza", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:relatează|informează|scrie|transmite|notează|raportează|anunță|anunţă|dezvăluie)\\s+(?:${CUE})?{SRC}{END}`, example: "Podul rămâne închis, relatează gazetasomesului.ro.", expect: "gazetasomesului.ro" },
    // "X a relatat că …": the subject may be a person who told something; only a name with an outlet's evidence is read.
    { id: "ro.subject_reported", frame: "reported", allowUnknown: false, pattern: `{SRC}\\s+(?:a|au)\\s+(?:relatat|informat|scris|dezvăluit|raportat)${EOW}`, example: "Gazeta Someșului a relatat că podul rămâne închis.", expect: "Gazeta Someșului" },
    { id: "ro.citat_de", frame: "cited_by", allowUnknown: false, pattern: `${BOW}(?:citat|citată|citați|citate|preluat|preluată|preluate)\\s+de\\s+(?:${CUE})?{SRC}{END}`, example: "Primarul, citat de Agerpres, a spus că podul rămâne închis.", expect: "Agerpres" },
    { id: "ro.pentru", frame: "told", allowUnknown: true, pattern: `${BOW}{SAY}\\s+(?:[^,.;:!?„“"»«]{1,60}?\\s+)?pentru\\s+(?:${CUE})?{SRC}{END}`, example: "„Nu avem bani”, a declarat primarul pentru Gazeta Someșului.", expect: "Gazeta Someșului" },
    // The impersonal passive names where it is written ("după cum se precizează în Gazeta X", "se arată în X"): only a
    // publication is written in, as after "publicat în".
    { id: "ro.se_precizeaza_in", frame: "published_in", allowUnknown: true, publication: true, pattern: `${BOW}(?:[Ss]e|[Ss]-a)\\s+(?:precizează|precizat|arată|arătat|menționează|menționat|scrie|scris|afirmă|afirmat|notează|notat|relatează|relatat)\\s+(?:și\\s+)?în\\s+(?:${CUE})?{SRC}{END}`, example: "După cum se precizează în Gazeta Someșului, podul rămâne închis.", expect: "Gazeta Someșului" },
    // An aggregator's teaser ends "Citește articolul mai departe pe X…" ("read the article further on X"): the text is X's,
    // reprinted in part. Web copy writes the old cedilla letters or none ("Citeste").
    { id: "ro.citeste_pe", frame: "first_appeared_in", allowUnknown: true, syndication: true, pattern: `${BOW}(?:[Cc]ite(?:ș|ş|s)te|[Cc]iti(?:ț|ţ|t)i)\\s+(?:(?:tot|întregul|intregul)\\s+)?(?:articolul|materialul|(?:ș|ş|s)tirea|continuarea)\\s+(?:(?:complet|integral|întreg|intreg)\\s+)?(?:mai\\s+departe\\s+)?(?:pe|în|in)\\s+(?:${CUE})?{SRC}(?:{END}|(?=\\s*…))`, example: "Podul rămâne închis până în toamnă… Citește articolul mai departe pe gazetasomesului.ro…", expect: "gazetasomesului.ro" },
    { id: "ro.publicat_de", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:publicat|publicată|publicate|difuzat|difuzată|apărut|apărută)\\s+(?:inițial\\s+|prima\\s+dată\\s+)?(?:de|în|pe)\\s+(?:${CUE})?{SRC}{END}`, example: "Știrea, publicată de Gazeta Someșului, a fost preluată.", expect: "Gazeta Someșului" },
  ],
  speechVerbs: SPEECH,
  opinionLeads: ["potrivit", "conform", "pentru"],
  anonymityClauses: [
    "care (?:a|au) (?:cerut|dorit|solicitat|preferat) (?:să nu (?:îi|își|le|i se|li se|își) (?:fie )?(?:publicat|dezvăluit|divulgat|dea|dezvăluie)(?:ă|e)? (?:numele|identitatea)|să (?:își )?(?:păstreze|rămână) (?:anonimatul|anonim|anonimă|anonimi)|anonimatul)",
    "sub (?:protecția|condiția|rezerva) anonimatului",
  ],
  toldPronouns: ["ne", "ni", "pentru noi"],
  pronouns: { singular: ["el", "ea"], plural: ["ei", "ele"] },
  dropsSubject: true,
  complementisers: ["că", "ca"],
  tailBreaks: ["care", "și", "ieri", "azi", "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică", "pentru"],
  citingCues: ["citând"],
  anonymousHeads: ["sursă", "sursa", "surse", "sursele", "oficial", "oficiali", "oficialii", "funcționar", "funcționari", "angajat", "angajată", "angajați", "angajatul", "martor", "martori", "martorii", "expert", "experți", "experții", "specialist", "specialiști", "diplomat", "diplomați", "purtător de cuvânt", "reprezentant", "reprezentanți", "membru", "membri", "locuitor", "locuitori", "localnic", "localnici", "medic", "medici", "asistentă", "asistente", "lucrător", "lucrători", "muncitor", "muncitori", "polițist", "polițiști", "anchetator", "anchetatori",
    // Whoever comments under a post or an article ("a comentat un cititor", "a răspuns alt internaut"), as "users" and "posts" are in English.
    "utilizator", "utilizatori", "utilizatorul", "utilizatorii", "internaut", "internauți", "internautul", "internauții", "cititor", "cititori", "cititorii", "comentator", "comentatori", "persoană", "persoane"],
  determiners: ["un", "o", "unui", "unei", "niște", "doi", "două", "trei", "mai mulți", "mai multe", "câțiva", "câteva", "alt", "altă", "alți", "alte", "unii", "unele", "mulți", "multe"],
  roleNouns: ["purtătorul de cuvânt", "purtător de cuvânt", "ministru", "ministrul", "ministra", "medic", "medicul", "doctor", "doctorul", "profesor", "profesorul", "profesoara", "director", "directorul", "directoarea", "manager", "managerul", "primar", "primarul", "primărița", "prefect", "prefectul", "deputat", "deputatul", "senator", "senatorul", "președinte", "președintele", "președinta", "expert", "expertul", "analist", "analistul", "jurnalist", "jurnalistul", "jurnalista", "avocat", "avocatul", "avocata", "economist", "economistul", "cercetător", "cercetătorul", "specialist", "specialistul", "epidemiolog", "epidemiologul", "medic de familie", "secretar de stat", "ambasador", "ambasadorul", "corespondent", "corespondentul", "redactor", "redactorul", "purtătoarea de cuvânt"],
  organisationCues: ["ministerul", "minister", "guvernul", "guvern", "poliția", "primăria", "prefectura", "consiliul", "spitalul", "spital", "universitatea", "institutul", "agenția", "autoritatea", "direcția", "inspectoratul", "parchetul", "tribunalul", "curtea", "partidul", "fundația", "asociația", "comisia", "banca", "compania", "societatea"],
  outletCues: [...OUTLET_NOUNS.filter((n) => !n.includes(" ")), "gazeta", "jurnalul", "adevărul", "știri", "știrile", "news", "tv", "monitorul", "cotidianul", "evenimentul", "curierul", "observator", "ziarul", "libertatea", "informația"],
  genericSources: ["presa", "presa locală", "mass-media", "media", "surse", "sursele", "rețelele sociale", "experți", "experții", "autoritățile", "informațiile", "datele"],
  prepositions: ["în", "la", "pe", "cu", "de", "din", "pentru", "despre", "după", "până", "spre", "fără", "sub", "între", "prin", "către", "lângă"],
  nameStopwords: ["dar", "și", "iar", "potrivit", "conform", "ieri", "azi", "astăzi", "apoi", "de", "în", "la", "pe", "el", "ea", "ei", "ele", "acesta", "aceasta", "acest", "această", "după", "când", "dacă", "însă", "totuși", "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
  photoCredits: ["(?:Foto|Fotografie|Sursa\\s+foto|Imagine|Video|Ilustrație)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  referenceNouns: ["articolul", "articolului", "art", "alineatul", "alin", "paragraful", "capitolul", "legea", "legii", "ordonanța", "hotărârea", "rezoluția", "directiva"],
  yearNouns: ["anul"],
  titleCues: ["cartea", "cartea intitulată", "intitulat", "intitulată", "intitulatul", "filmul", "documentarul", "romanul", "raportul", "articolul", "studiul", "emisiunea", "cântecul", "titlul"],
  creditLines: [
    SIGNATURE_LINE,
    "^\\s*(?:Sursa|Surse)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
  ],
};
