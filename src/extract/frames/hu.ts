/**
 * Hungarian reading data: «X szerint», «az X értesülése szerint», «az X-nek nyilatkozta», «közölte az X», «mondta a
 * lapnak egy …, aki nem kívánta nevét nyilvánosságra hozni». Hungarian puts a postposition after the name ("szerint") or
 * writes the case ending onto it, after a hyphen on an abbreviation ("MTI-nek"): the ending is kept out of the name.
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Nouns after an outlet's name that say it is one ("a Krónika című napilap szerint", "az Index hírportál"), kept as `cue`. */
const OUTLET_NOUNS = ["lap", "napilap", "hetilap", "hírlap", "újság", "hírportál", "portál", "internetes portál", "hírügynökség", "hírszolgálat", "televízió", "tévé", "rádió", "magazin", "folyóirat", "weboldal", "honlap", "blog", "tévécsatorna", "csatorna"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, "\\s+")).join("|")})`;
/** An outlet noun after the name, perhaps with "című" ("called"), captured as `cue`. */
const CUE_AFTER = `\\s+(?:című\\s+|nevű\\s+)?(?:\\p{Ll}+\\s+)?(?<cue>${NOUN})`;
/** What an outlet's report is called before "szerint" ("according to X's information / report"). */
const REPORT = "(?:értesülése|értesülései|információi|információja|jelentése|beszámolója|híradása|cikke|tudósítása|összefoglalója)";
/** The dative ending written after a hyphen on an abbreviation or a name ending in a digit ("MTI-nek", "RTL-nek"). */
const DAT = "-(?:nak|nek)";
/** Verbs of telling a publication, whose dative object is the outlet told. */
const TOLD = "(?:nyilatkozta|nyilatkozott|mondta|elmondta|mondta\\s+el|közölte|megerősítette|erősítette\\s+meg)";

export const hu: LanguageFrames = {
  language: "hu",
  name: `(?:${DOMAIN}|${capitalisedName(["de", "és", "of", "the"])})`,
  date: `(?<date>\\d{4}\\.\\s+\\p{Ll}+\\s+\\d{1,2}\\.|\\p{Ll}+\\s+\\d{1,2}-(?:én|án))`,
  descriptor: `(?:a|az)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${NOUN}`,
  // Hungarian writes common nouns and verbs in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    // "X szerint" is as often a person's view ("Kovács szerint"): only a name with an outlet's evidence is read.
    { id: "hu.szerint", frame: "according_to", allowUnknown: false, pattern: `{SRC}(?:${CUE_AFTER})?\\s+szerint${EOW}`, example: "A hidat lezárják, a Déli Hírlap szerint.", expect: "Déli Hírlap" },
    { id: "hu.ertesulese_szerint", frame: "according_to", allowUnknown: true, pattern: `{SRC}(?:${CUE_AFTER})?\\s+${REPORT}\\s+szerint${EOW}`, example: "Tegnap a Déli Hírlap értesülése szerint a hidat lezárták.", expect: "Déli Hírlap" },
    { id: "hu.nak_nyilatkozta", frame: "told", allowUnknown: false, pattern: `{SRC}${DAT}\\s+(?:azt\\s+|úgy\\s+)?${TOLD}${EOW}`, example: "A polgármester az MTI-nek nyilatkozta, hogy a hidat lezárják.", expect: "MTI" },
    { id: "hu.nyilatkozta_nak", frame: "told", allowUnknown: false, pattern: `${BOW}${TOLD}\\s+(?:(?:a|az)\\s+)?{SRC}${DAT}${EOW}`, example: "„Lezárjuk a hidat” – mondta el az MTI-nek a polgármester.", expect: "MTI" },
    // The dative written onto a name ("a Reggeli Hírlapnak nyilatkozta"): a person's name takes it too ("Kovács Annának
    // mondta"), so only a name the registry knows, written whole once the ending is off (cited.ts `uninflected`).
    { id: "hu.nak_nyilatkozta_nev", frame: "told", allowUnknown: false, registryOnly: true, pattern: `{SRC}(?<=nak|nek)\\s+(?:azt\\s+|úgy\\s+)?${TOLD}${EOW}`, example: "A polgármester a Déli Hírlapnak nyilatkozta, hogy a hidat lezárják.", expect: "Déli Hírlapnak" },
    { id: "hu.nyilatkozta_nak_nev", frame: "told", allowUnknown: false, registryOnly: true, pattern: `${BOW}${TOLD}\\s+(?:(?:a|az)\\s+)?{SRC}(?<=nak|nek)${EOW}`, example: "„Lezárjuk a hidat” – mondta el a Déli Hírlapnak a polgármester.", expect: "Déli Hírlapnak" },
    // Inverted after the verb: "– közölte az MTI." A person who writes ("írta Kovács Anna") is read as a person.
    { id: "hu.kozolte", frame: "reported", allowUnknown: false, pattern: `${BOW}(?:közölte|közli|jelentette|jelenti|írta|írja|tudósított|tudósít|adta\\s+hírül|adja\\s+hírül|számolt\\s+be|számol\\s+be)\\s+(?:(?:a|az)\\s+)?{SRC}(?:${CUE_AFTER})?{END}`, example: "A hidat lezárják – közölte az MTI.", expect: "MTI" },
    // "Az Index azt írja, hogy …": the outlet as the subject of a writing verb with its "azt … hogy" clause. A person writes
    // so too ("Kovács Anna azt írta, hogy"): only a name with an outlet's evidence is read.
    // "A Reuters december 8-án írt arról, hogy …", "az MTI arról számolt be, hogy …" (wrote/reported about it, that …):
    // "arról" points at the clause as "azt" does; a date may stand between the name and the verb.
    { id: "hu.irt_arrol", frame: "reported", allowUnknown: false, pattern: `(?:${BOW}(?:[Aa]|[Aa]z)\\s+)?{SRC}(?:${CUE_AFTER})?\\s+(?:(?:most|pedig|is|ma|tegnap|már|szintén)\\s+|(?:\\p{Ll}+\\s+)?\\d{1,2}-[áé]n\\s+)?(?:(?:írt|írta|ír|írja|számolt\\s+be|számol\\s+be)\\s+arról|arról\\s+(?:írt|írta|ír|írja|számolt\\s+be|számol\\s+be)),?\\s+hogy${EOW}`, example: "A Reuters december 8-án írt arról, hogy a hidat lezárják.", expect: "Reuters" },
    { id: "hu.azt_irja", frame: "reported", allowUnknown: false, pattern: `(?:${BOW}(?:[Aa]|[Aa]z)\\s+)?{SRC}(?:${CUE_AFTER})?\\s+(?:(?:most|pedig|is|ma|tegnap|már|szintén)\\s+)?azt\\s+(?:írja|írta|jelenti|jelentette|közli|közölte),?\\s+hogy${EOW}`, example: "A Déli Hírlap most azt írja, hogy a hidat lezárják.", expect: "Déli Hírlap" },
    { id: "hu.hivatkozva", frame: "citing", allowUnknown: false, pattern: `{SRC}(?:-(?:ra|re)|(?:${CUE_AFTER})(?:ra|re))\\s+hivatkozva${EOW}`, example: "A portál az MTI-re hivatkozva írta, hogy a hidat lezárják.", expect: "MTI" },
  ],
  // The past third person: "-tt"/"-lt"/"-nt"/"-rt"/"-st"/"-zt" (méltatlankodott, felelt, szólt) and, definite, "-ta"/"-te"
  // (kérdezte), maybe with its preverb after it ("tette hozzá", "jegyezte meg").
  dialogueVerbForm: "\\p{Ll}{2,}(?:tt|[lnrsz]t|t[ae])(?:\\s+(?:hozzá|meg|ki|el|fel|be|le|vissza|rá))?",
  speechVerbs: ["mondta", "mondták", "mondja", "mondják", "azt mondta", "azt mondták", "elmondta", "elmondták", "mondta el", "közölte", "közölték", "nyilatkozta", "nyilatkozták", "nyilatkozott", "írta", "írták", "hangsúlyozta", "hangsúlyozták", "tette hozzá", "tették hozzá", "fogalmazott", "fogalmaztak", "úgy fogalmazott", "jelentette ki", "jelentették ki", "emelte ki", "emelték ki", "válaszolta", "felelte", "figyelmeztetett", "magyarázta", "állította", "állítják", "erősítette meg", "megerősítette", "ismerte el", "szögezte le", "mutatott rá", "azt nyilatkozta", "azt nyilatkozták", "azt közölte", "azt közölték", "azt írta", "azt állította", "azt hangsúlyozta"],
  opinionLeads: [],
  roleAfterName: true,
  // "Tóth Réka szóvivő az MTI szerint azt mondta": whose report carries the words is cited by the frames; who speaks is
  // the subject before it.
  // "X a hivatal honlapján azt írta", "X közleményében azt közölte": where and through what the words were given, a noun
  // with a possessive and a case ending ("on its page", "in his statement"), says nothing of who gave them.
  verbAsides: [
    "(?:a|az)\\s+(?:\\S+\\s+){0,3}?(?:értesülése\\s+|információi\\s+|jelentése\\s+)?szerint",
    "(?:(?:a|az)\\s+(?:\\S+\\s+){0,2}?)?(?:[\\p{L}]+-)?(?:oldalán|honlapján|közleményében|bejegyzésében|posztjában|levelében|nyilatkozatában|interjújában|üzenetében|blogján)",
  ],
  anonymityClauses: [
    "(?:aki|akik) nem (?:kívánta|kívánták|akarta|akarták) (?:a )?(?:nevét|nevüket) (?:nyilvánosságra hozni|vállalni|adni|közölni|elárulni)",
    "(?:aki|akik) (?:neve|nevük|nevének|nevük) (?:elhallgatását|mellőzését) kérte",
    "(?:aki|akik) névtelenséget kért(?:ek)?",
    "(?:neve|nevének|nevük) elhallgatását kérve",
    "névtelenséget kérve",
    "névtelenül",
  ],
  toldPronouns: ["a lapnak", "lapunknak", "nekünk", "az újságnak", "a portálnak", "portálunknak"],
  // Whom it was told stands in the dative ("az MTI-nek Kovács Anna", "a Déli Hírlapnak"): a word ending so is never
  // the speaker's name (nameEntry.ts toldCaseWords).
  toldCaseEndings: ["nak", "nek"],
  pronouns: { singular: ["ő"], plural: ["ők"] },
  tailBreaks: ["aki", "akik", "és", "hétfőn", "kedden", "szerdán", "csütörtökön", "pénteken", "szombaton", "vasárnap", "tegnap", "ma"],
  anonymousHeads: ["forrás", "források", "forrásunk", "forrása", "tisztviselő", "tisztviselők", "tisztségviselő", "tisztségviselők", "dolgozó", "dolgozók", "alkalmazott", "alkalmazottak", "munkatárs", "munkatársak", "munkatársa", "szakértő", "szakértők", "szemtanú", "szemtanúk", "diplomata", "diplomaták", "szóvivő", "orvos", "orvosok", "ápoló", "ápolók", "ápolónő", "lakos", "lakosok", "lakó", "lakók", "munkás", "munkások", "rendőr", "rendőrök", "képviselő", "képviselők", "bennfentes"],
  determiners: ["egy", "két", "három", "több", "néhány", "egyes", "számos", "a", "az", "ez", "ezek", "az egyik"],
  roleNouns: ["szóvivő", "kormányszóvivő", "miniszter", "államtitkár", "polgármester", "igazgató", "főigazgató", "vezérigazgató", "főorvos", "orvos", "gyermekorvos", "háziorvos", "professzor", "szakértő", "elemző", "újságíró", "ügyvéd", "képviselő", "országgyűlési képviselő", "elnök", "kutató", "epidemiológus", "virológus", "nagykövet", "tudósító", "szerkesztő", "főszerkesztő", "prefektus", "közgazdász", "rendőrfőkapitány", "főpolgármester", "miniszterelnök", "államfő"],
  organisationCues: ["minisztérium", "minisztériuma", "kormány", "kormánya", "rendőrség", "kórház", "kórháza", "egyetem", "egyeteme", "intézet", "hivatal", "hivatala", "önkormányzat", "bíróság", "ügyészség", "párt", "bizottság", "alapítvány", "egyesület", "tanács", "társaság", "bank", "hatóság", "kamara", "szövetség"],
  outletCues: [...OUTLET_NOUNS.filter((n) => !n.includes(" ")), "hírek", "krónika", "napló", "news", "tv", "online", "hírmondó", "hírlap", "közlöny", "posta"],
  genericSources: ["sajtó", "a sajtó", "média", "a média", "helyi sajtó", "közösségi média", "források", "szakértők", "hatóságok", "értesülések", "hírek"],
  prepositions: [],
  nameStopwords: ["és", "de", "a", "az", "egy", "is", "hogy", "szerint", "tegnap", "ma", "azonban", "viszont", "ő", "ők", "ez", "ezt", "hétfőn", "kedden", "szerdán", "csütörtökön", "pénteken", "szombaton", "vasárnap"],
  // The case endings written after a hyphen (see the module's comment): dative, inessive, illative, elative, sublative,
  // delative, allative, adessive, ablative, instrumental, superessive, accusative, terminative, causal, essive.
  hyphenCaseEndings: ["nak", "nek", "ban", "ben", "ba", "be", "ból", "ből", "ra", "re", "ról", "ről", "hoz", "hez", "höz", "nál", "nél", "tól", "től", "val", "vel", "on", "en", "ön", "n", "t", "ot", "et", "öt", "ig", "ért", "ként"],
  photoCredits: ["(?:Fotó|Fénykép|Kép|Forrás\\s+fotó|Videó|Illusztráció)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["könyv", "könyvében", "című", "film", "filmje", "dokumentumfilm", "regény", "jelentés", "cikk", "cikkében", "tanulmány", "műsor", "dal"],
  creditLines: [
    SIGNATURE_LINE,
    "^\\s*(?:Forrás)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
  ],
};
