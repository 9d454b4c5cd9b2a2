/**
 * Latvian stance words (stems: a cue may take any case ending where the stem is the word's own). Latvian negates a verb
 * by its prefix "ne-" ("nenotika"); a bare "ne\p{L}+" would take "nedēļa" (week) and "nelaime" too, so only the word
 * "ne", the negated forms of "to be" and "can", and the negative pronouns are negations here; "ne tikai" (not only)
 * negates nothing. "viltus" (fake) is said of any false thing ("viltus bārda", a false beard): a debunk only as "viltus
 * ziņa" (fake news) or "viltus informācija". "it kā" passes a report on as someone else's; the reportative "esot" is left
 * out, being also the gerund ("Esot Rīgā, …", while in Riga). Latvian sets a subordinate clause off with commas
 * ("Baumas, ka P, neapstiprinājās").
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const lv: StanceWords = {
  ...NEGATION_WORDS.lv,
  debunk: [
    { cue: "nepatie(?:s|sa|su|sas|sās|sām|sie|si|so|sus|sība|sību|sības)", example: "Policija norāda, ka ziņa par ostas slēgšanu ir nepatiesa." },
    { cue: "neatbilst\\s+(?:patiesībai|realitātei|īstenībai)|nav\\s+(?:patiesība|taisnība)", example: "Pašvaldība paziņoja, ka informācija neatbilst patiesībai." },
    { cue: "viltus\\s+(?:ziņ|informācij)\\p{L}*|viltusziņ\\p{L}*|fake\\s+news|feik\\p{L}*", example: "Sociālajos tīklos izplatās viltus ziņa par tilta slēgšanu." },
    { cue: "meli|melus|melu|melīg\\p{L}*", example: "Viss stāsts par tiltu ir meli." },
    { cue: "dezinformācij\\p{L}*|maldinoš\\p{L}*", example: "Ministrija ierakstu nosauca par dezinformāciju." },
    // "baumas" (rumours), not the surname "Baumanis".
    { cue: "baum(?:a|as|u|ām|ās|ai)", example: "Pilsētā klīst baumas par skolas slēgšanu." },
    { cue: "izdomāt(?:s|a|u|as|i|ie|o)|izdomājum\\p{L}*|safabricēt\\p{L}*|viltot(?:s|a|u|as|i|ie|o)", example: "Mēra citāts ir izdomāts." },
    { cue: "satīr\\p{L}*|parodij\\p{L}*", example: "Teksts publicēts satīriskā portālā.", satire: true },
    { cue: "joks|joku", example: "Apbalvojums bija tikai joks.", satire: true },
    { cue: "noliedz\\p{L}*|noliegt\\p{L}*|atspēkoj\\p{L}*", example: "Klubs šo ziņu noliedza.", denial: true },
    { cue: "nav\\s+(?:nekādu\\s+)?pierādījum\\p{L}*", example: "Nav nekādu pierādījumu, ka tikšanās notika." },
  ],
  hedge: [
    { cue: "it\\s+kā|neapstiprināt\\p{L}*", example: "Aviokompānija it kā atcēlusi divpadsmit lidmašīnu pasūtījumu." },
  ],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): a verb of claiming or a claim noun,
  // then the comma before "ka" or "it kā".
  proposition: [
    { cue: "(?:apgalvo|apgalvoja|raksta|rakstīja|vēsta|vēstīja|ziņo|ziņoja)\\s*,\\s*(?:ka|it\\s+kā)", example: "Portāls apgalvoja, ka tilts pie Harlow iegruvis upē." },
    { cue: "(?:baum(?:as|a|u)|ziņ(?:a|as|u)|informācij(?:a|u)|apgalvojum(?:s|u|i))\\s*,\\s*(?:ka|it\\s+kā)", example: "Sociālajos tīklos izplatījās baumas, ka tilts pie Harlow iegruvis upē.", nominal: true },
  ],
  complementiser: "ka",
  commaClosesClause: true,
  circulation: [{ cue: "klīst|klīda|izplatās|izplatījās|cirkulē|cirkulēja", example: "Sociālajos tīklos izplatās ziņa, ka prāmis vairs nekursēs." }],
  plain: ["Mērs otrdien atkāpās no amata.", "Saskaņā ar pētījumu tēja palīdz mierīgi gulēt."],
};
