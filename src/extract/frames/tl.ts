/**
 * Tagalog (Filipino) reading data: «ayon sa X», «iniulat ng X», «sa panayam ng X»; speakers after a quotation ("…," aniya;
 * "…," sabi ni/ng X; saad niya) and before it ("Ayon kay X, …"). The markers "si", "ni" and "kay" say that a person's
 * name follows; "ang", "ng" and "sa" open a common noun ("sabi ng isang kasamahan": one of the co-workers, unnamed).
 */
import { BOW, capitalisedName, DOMAIN, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Nouns that say the name after them is a publication ("pahayagang X", "ang news site na X"), kept as `cue`. */
const NOUN = "pahayagang|pahayagan|istasyong|istasyon|news\\s+site|website|himpilan|magasin|tabloid|network";
const CUE = `(?:(?:ang\\s+)?(?<cue>${NOUN})\\s+(?:na\\s+)?)`;

export const tl: LanguageFrames = {
  language: "tl",
  name: `(?:${DOMAIN}|${capitalisedName(["de", "dela", "del", "delos", "of", "the"])})`,
  date: "(?:noong\\s+)?(?<date>(?:Lunes|Martes|Miyerkules|Huwebes|Biyernes|Sabado|Linggo)|\\p{Lu}\\p{Ll}+\\s+\\d{1,2}(?:,\\s+\\d{4})?)",
  descriptor: `(?:nasabing|naturang)\\s+(?:pahayagan|istasyon|website|news\\s+site)`,
  // Tagalog writes common words in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    // "ayon sa X" (according to X): an organisation or an office stands there as often ("ayon sa pulisya"), so only with an outlet's evidence.
    { id: "tl.ayon_sa", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${BOW}[Aa]yon\\s+sa\\s+(?:(?:ulat|balita|artikulo)\\s+(?:ng|sa)\\s+)?${CUE}?{SRC}{END}`, example: "Sarado ang pantalan ngayong linggo, ayon sa Balitang Ilaya.", expect: "Balitang Ilaya" },
    { id: "tl.iniulat_ng", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?:iniulat|ibinalita|inilathala|isinapubliko|unang\\s+iniulat)\\s+(?:ito\\s+)?ng\\s+${CUE}?{SRC}{END}`, example: "Ang balita ay unang iniulat ng Balitang Ilaya noong Lunes.", expect: "Balitang Ilaya" },
    { id: "tl.panayam", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}sa\\s+(?:isang\\s+)?(?:panayam|interview)\\s+(?:ng|sa|kay)\\s+${CUE}?{SRC}{END}`, example: "Itinanggi ito ng alkalde sa panayam ng Balitang Ilaya.", expect: "Balitang Ilaya" },
  ],
  // Verbs of saying with the marker of their agent written after them ("sabi ni X", "sabi ng isang saksi", "saad niya"),
  // and "aniya"/"ani", "said he/she", whose speaker is the one the text is about.
  speechVerbs: ["dagdag pa ni", "paliwanag ni", "paliwanag ng", "isinulat ni", "pahayag ni", "pahayag ng", "sinabi ni", "sinabi ng", "dagdag ni", "dagdag ng", "sulat ni", "itinanggi ni", "itinanggi ng", "pinabulaanan ni", "pinabulaanan ng", "ayon kay", "sabi ni", "sabi ng", "saad ni", "saad ng", "wika ni", "wika ng", "giit ni", "giit ng", "post ni", "ayon sa", "aniya", "sabi", "saad", "ani"],
  opinionLeads: ["ayon kay", "ayon sa"],
  dropsSubject: true,
  pronouns: { singular: ["niya", "siya", "nito"], plural: ["nila", "sila"] },
  anonymousHeads: ["nakasaksi", "saksi", "source", "sources", "impormante", "kasamahan", "kaibigan", "kapitbahay", "residente", "opisyal", "eksperto", "insider", "empleyado", "kawani", "staff", "netizen", "netizens", "columnist"],
  determiners: ["isang", "ilang", "mga", "dalawang", "tatlong", "maraming"],
  roleNouns: ["tagapagsalita", "spokesperson", "kalihim", "senador", "alkalde", "mayor", "gobernador", "pangulo", "presidente", "direktor", "doktor", "dr", "propesor", "abogado", "kongresista", "konsehal", "heneral", "koronel", "hepe", "aktres", "aktor", "mang-aawit", "singer", "host", "mamamahayag", "reporter"],
  organisationCues: ["kagawaran", "departamento", "pulisya", "pamahalaan", "gobyerno", "ospital", "hospital", "unibersidad", "kompanya", "korte", "partido", "komisyon", "ahensya", "ahensiya", "senado", "kamara", "inc", "corporation"],
  outletCues: ["news", "balita", "balitang", "pahayagan", "pahayagang", "tv", "radyo", "radio", "times", "daily", "inquirer", "online", "tabloid"],
  genericSources: ["social media", "mga ulat", "ulat", "balita", "netizens", "netizen", "mga netizen", "media"],
  prepositions: ["sa", "mula", "para", "tungkol", "hanggang", "ng"],
  // "Ayon kay X": the person marker, the name after it.
  nameStopwords: ["si", "ni", "kay", "sina", "nina", "kina", "ang", "ng", "sa", "mga", "ayon", "aniya", "pero", "ngunit", "at", "noong", "ngayon", "kahapon", "bukas", "dahil", "kaya", "subalit", "samantala", "gayunman", "ito", "iyan", "iyon"],
  photoCredits: ["(?:Larawan|Litrato|Photo|Kuha)\\s*(?:mula\\s+sa\\s*)?:\\s*[^\\n]{0,80}", "\\((?:Larawan|Photo)\\s*:?[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}"],
  titleCues: ["aklat", "libro", "pelikula", "kanta", "awitin", "programa", "pamagat", "palabas"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Source|Pinagmulan|Pinagkunan)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
};
