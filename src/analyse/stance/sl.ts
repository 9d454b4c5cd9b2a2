/**
 * Slovenian stance words (stems: a cue may take any case ending where the stem is the word's own). "naj bi" is
 * Slovenian's way of passing a report on as someone else's ("naj bi ugrabili", allegedly kidnapped), as "baje" and
 * "domnevno" are; the adjective "domneven" (alleged) before the noun says the same of what the noun names. "ni res"
 * (it is not true) only at a clause's end or before "da": before an adjective it is "not really" ("ni res lepo"). Not
 * "šal" (a scarf), only "šala" (a joke); "ne samo", "ne le" (not only) negate nothing. Slovenian sets a subordinate
 * clause off with commas ("Govorice, da P, ne držijo").
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const sl: StanceWords = {
  ...NEGATION_WORDS.sl,
  debunk: [
    { cue: "lažn\\p{L}*", example: "Policija opozarja, da gre za lažno novico o zaprtju pristanišča." },
    { cue: "neresnič\\p{L}*", example: "Občina je sporočila, da so navedbe o zaprtju pristanišča neresnične." },
    { cue: "ni\\s+res(?=\\s*[,.;:!?\"“”»]|\\s*$|\\s+da(?![\\p{L}]))|ne\\s+drži(?:jo)?|ni\\s+resnično", example: "Župan pravi, da to ni res." },
    { cue: "laž|laži|lažjo", example: "Vsa zgodba o mostu je laž." },
    { cue: "potegavščin\\p{L}*|izmišljen\\p{L}*|izmišljotin\\p{L}*|ponarejen\\p{L}*", example: "Županova izjava je izmišljena." },
    { cue: "zavajajoč\\p{L}*|dezinformacij\\p{L}*|fake\\s+news", example: "Naslov članka je zavajajoč." },
    { cue: "govoric(?:a|e|o|i|ah|am)", example: "Po mestu krožijo govorice o zaprtju šole." },
    { cue: "satir\\p{L}*|parodij\\p{L}*", example: "Besedilo je bilo objavljeno na satiričnem portalu.", satire: true },
    { cue: "šala|šale|šalo", example: "Nagrada je bila le šala.", satire: true },
    { cue: "zanik(?:a|al|ala|alo|ali|ajo|ati)|demantira\\p{L}*|ovrgl(?:a|i|o)?|ovrgel", example: "Klub je novico zanikal.", denial: true },
    { cue: "ni\\s+(?:nobenih\\s+)?dokazov", example: "Ni nobenih dokazov, da je srečanje potekalo." },
  ],
  hedge: [
    { cue: "naj\\s+bi|baje|menda|domnevno|nepotrjen\\p{L}*", example: "Letalska družba naj bi odpovedala naročilo dvanajstih letal." },
  ],
  alleged: [{ cue: "domnevn(?:i|a|ega|em|emu|e|ih|im|ima)", example: "Primer domnevne ugrabitve dečka v Gornji vasi je pojasnjen." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): a verb of claiming or a claim noun,
  // then the comma before "da".
  proposition: [
    { cue: "(?:trdi|trdijo|trdil|trdila|trdili|poroča|poročajo|poročal|poročala|poročali|piše|pišejo|pisal|pisala|pisali)\\s*,\\s*da", example: "Portal je trdil, da se je most v Harlowu zrušil v reko." },
    { cue: "(?:govoric(?:a|e|o)|novic(?:a|e|o)|trditev|trditve|informacij(?:a|e|o)|objav(?:a|e|o))\\s*,\\s*da", example: "Po družbenih omrežjih se je širila govorica, da se je most v Harlowu zrušil v reko.", nominal: true },
  ],
  complementiser: "da",
  commaClosesClause: true,
  circulation: [{ cue: "kroži|krožijo|krožila|krožile|(?:se\\s+)?širi(?:jo)?\\s+se|se\\s+širi(?:jo)?", example: "Po družbenih omrežjih kroži sporočilo, da trajekt ne bo več plul." }],
  plain: ["Župan je v torek odstopil.", "Po raziskavi čaj pomaga mirno spati."],
};
