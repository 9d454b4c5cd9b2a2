/**
 * Albanian reading data: «sipas gazetës X», «sipas X», «raporton X», «shkruan portali X», «„…“, tha X», «X deklaroi se …».
 * Albanian puts its article after the noun ("gazeta", the paper; "gazetës", of the paper) and joins a body's name with
 * the linking article of its genitive ("Policia e Shtetit", "Policisë së Qarkut", "Drejtoria Vendore e Policisë"): the
 * small linking words "e", "i", "së", "të" between capitalised words belong to the name. The past of a speech verb is one
 * form for he and she ("tha", said; "deklaroi", declared), another for they ("thanë", "deklaruan"); a known subject is dropped.
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Publication nouns before a name, with their postposed article in the cases frames govern ("gazeta X", "sipas portalit X"), kept as `cue`. */
const OUTLET_NOUNS = [
  "gazeta", "gazetës", "gazetën", "gazetë", "portali", "portalit", "portalin", "agjencia", "agjencisë", "agjencinë", "televizioni", "televizionit", "televizionin",
  "radio", "radios", "revista", "revistës", "e përditshmja", "të përditshmes", "media", "mediumi", "mediumit", "faqja", "faqes", "kanali", "kanalit",
];
/** An outlet noun, maybe with a word in small letters after it as Albanian puts adjectives ("gazeta italiane X", "agjencia shtetërore X"), kept as `cue`. */
const CUE = `(?:(?<cue>${OUTLET_NOUNS.join("|")})${EOW}(?:\\s+\\p{Ll}+)?\\s+)`;
/** Verbs of publishing and reporting, third person present and past ("raporton", "shkruan", "njoftoi"), singular and plural. */
const REPORTS = ["raporton", "raportojnë", "raportoi", "raportuan", "shkruan", "shkruajnë", "shkroi", "shkruan", "njofton", "njoftojnë", "njoftoi", "njoftuan", "transmeton", "transmetoi", "publikon", "publikoi", "bën të ditur", "bëri të ditur", "citon", "citoi", "mëson", "mësoi"];
/** Verbs by which a person gives words to an outlet ("i tha X", "deklaroi për X"). */
const TOLD = ["tha", "deklaroi", "tregoi", "konfirmoi", "pohoi", "sqaroi", "u shpreh"];

export const sq: LanguageFrames = {
  language: "sq",
  occasionMedia: { spoken: ["intervist\\p{L}*"] },
  name: `(?:${DOMAIN}|${capitalisedName(["e", "i", "së", "të"])})`,
  date: `(?<date>(?:të\\s+)?(?:hënën|martën|mërkurën|enjten|premten|shtunën|dielën)|më\\s+\\d{1,2}\\s+\\p{Ll}+)`,
  descriptor: `(?:ky|kjo|i\\s+njëjti|e\\s+njëjta)\\s+(?:portal|gazetë|media|agjenci)`,
  // Common nouns and verbs are written in small letters; the linking articles inside a name are read by `name`.
  end: `(?=\\s*(?:[,.;:!?)»«“”"’/]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    // "sipas gazetës X", "sipas agjencisë X": an outlet noun in the genitive before the name, which stays as the outlet writes it.
    { id: "sq.sipas_cue", frame: "according_to", allowUnknown: true, pattern: `${BOW}[Ss]ipas\\s+${CUE}{SRC}{END}`, example: "Porti do të mbyllet, sipas gazetës Zëri i Bregut.", expect: "Zëri i Bregut" },
    // "sipas X": according to X; a person's or a body's account as often as an outlet's: an outlet only with evidence of one.
    { id: "sq.sipas", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${BOW}[Ss]ipas\\s+{SRC}{END}`, example: "Porti do të mbyllet, sipas Reuters.", expect: "Reuters" },
    // "raporton portali X", "shkruan gazeta X": the verb before its subject, named an outlet by its noun.
    { id: "sq.raporton_cue", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:${REPORTS.join("|")})${EOW}\\s+${CUE}{SRC}{END}`, example: "Porti do të mbyllet, shkruan gazeta Zëri i Bregut.", expect: "Zëri i Bregut" },
    // "raporton noa.al", "njofton Reuters": without the noun a person may stand there too: an outlet only with evidence of one.
    { id: "sq.raporton", frame: "reported", allowUnknown: true, needsEvidence: true, publishingVerb: true, pattern: `${BOW}(?:${REPORTS.join("|")})${EOW}\\s+{SRC}{END}`, example: "Porti do të mbyllet, raporton Reuters.", expect: "Reuters" },
    // "portali X raportoi se …": the outlet, named by its noun, before its verb.
    { id: "sq.portali_raporton", frame: "reported", allowUnknown: true, pattern: `${BOW}${CUE}{SRC}\\s+(?:${REPORTS.join("|")})${EOW}`, example: "Të hënën portali Zëri i Bregut raportoi se porti do të mbyllet.", expect: "Zëri i Bregut" },
    // "i tha gazetës X", "deklaroi për televizionin X": whom the words were given to, named by its noun.
    { id: "sq.i_tha", frame: "told", allowUnknown: true, pattern: `${BOW}(?:i\\s+)?(?:${TOLD.join("|")})\\s+(?:për\\s+)?${CUE}{SRC}{END}`, example: "Ministri i tha gazetës Zëri i Bregut se porti nuk mbyllet.", expect: "Zëri i Bregut" },
  ],
  // Verbs of publishing ("raporton", "shkruan", "njofton") are left to the frames: after them stands an outlet as often as a person.
  speechVerbs: [
    "tha", "thanë", "thotë", "thonë", "deklaroi", "deklaruan", "deklaron", "deklarojnë", "shtoi", "shtuan", "shton", "theksoi", "theksuan", "thekson",
    "tregoi", "treguan", "tregon", "sqaroi", "sqaruan", "sqaron", "pohoi", "pohuan", "pohon", "konfirmoi", "konfirmuan", "konfirmon", "mohoi", "mohuan", "mohon",
    "u shpreh", "u shprehën", "shprehet", "paralajmëroi", "paralajmëruan", "paralajmëron", "nënvizoi", "nënvizuan", "nënvizon", "pranoi", "pranuan", "pranon",
    "kërkoi", "kërkuan", "siguroi", "siguruan", "garantoi", "premtoi", "premtuan",
    // The perfect, which Albanian news writes as often as the past ("ka thënë", has said; "kanë deklaruar", have declared).
    ...["thënë", "deklaruar", "shtuar", "theksuar", "treguar", "sqaruar", "pohuar", "konfirmuar", "mohuar", "paralajmëruar", "nënvizuar", "pranuar", "njoftuar", "bërë të ditur"].flatMap((p) => [`ka ${p}`, `kanë ${p}`]),
    // A body's notice ("Policia njofton se …", the police inform that): the subject before the verb is who speaks. After the
    // verb an outlet stands as often ("njofton Reuters"): the frames read that.
    "njofton", "njoftoi", "njoftojnë", "njoftuan", "informon", "informoi", "bën të ditur", "bëri të ditur",
  ],
  pronouns: { singular: ["ai", "ajo"], plural: ["ata", "ato"] },
  dropsSubject: true,
  complementisers: ["se", "që"],
  anonymousHeads: ["burim", "burime", "burimet", "burimeve", "zyrtar", "zyrtarë", "zyrtarët", "ekspert", "ekspertë", "ekspertët", "dëshmitar", "dëshmitarë", "dëshmitarët", "banorë", "banorët", "zëdhënës"],
  determiners: ["një", "disa", "dy", "tre", "tri"],
  bodyAfterRole: true,
  bareRoleRefers: true,
  roleNouns: [
    "ministri", "ministrja", "zëvendësministri", "kryeministri", "kryeministrja", "presidenti", "presidentja", "drejtori", "drejtorja", "zëdhënësi", "zëdhënësja",
    "kryetari", "kryetarja", "deputeti", "deputetja", "prokurori", "prokurorja", "gjyqtari", "gjyqtarja", "eksperti", "analisti", "gazetari", "gazetarja",
    "komandanti", "shefi", "shefja", "drejtuesi", "drejtuesja", "profesori", "profesoresha", "mjeku", "mjekja", "kreu", "sekretari", "sekretarja",
  ],
  // Bodies Albanian names by the noun with its article ("policia njofton", the police inform): the body speaks.
  bareBodies: ["policia", "prokuroria", "autoritetet", "qeveria", "ministria"],
  organisationCues: ["ministria", "ministrisë", "policia", "policisë", "qeveria", "qeverisë", "prokuroria", "prokurorisë", "gjykata", "gjykatës", "drejtoria", "drejtorisë", "agjencia", "agjencisë", "universiteti", "instituti", "komisioni", "partia", "spitali", "banka", "bashkia", "bashkisë", "kuvendi", "zyra", "departamenti", "byroja", "organizata"],
  outletCues: ["gazeta", "portali", "agjencia", "televizioni", "tv", "radio", "news", "info", "lajme", "lajmi", "media", "online", "press", "post"],
  genericSources: ["mediat", "media", "burimet", "burime", "ekspertët", "portalet", "gazetarët", "rrjetet sociale", "rrjetet e komunikimit"],
  prepositions: ["në", "nga", "me", "për", "pa", "mbi", "nën", "te", "tek", "deri", "pas", "para", "gjatë", "pranë", "afër", "ndaj", "prej"],
  placeParticles: ["në"],
  fromParticles: ["nga", "prej"],
  toldPrepositions: ["për"],
  nameStopwords: ["dhe", "e", "i", "së", "të", "se", "që", "por", "ai", "ajo", "ata", "ato", "sipas", "gjithashtu", "edhe", "më", "pas", "ndërsa", "kështu"],
  photoCredits: ["(?:Foto|FOTO|Video)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["libri", "librin", "filmi", "filmin", "artikulli", "artikullin", "titullin", "titulluar", "emisioni", "emisionin", "kënga"],
  without: ["pa"],
  creditLines: [SIGNATURE_LINE, "^\\s*Burimi\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
};
