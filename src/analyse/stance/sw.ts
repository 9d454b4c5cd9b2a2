/** Swahili stance words (a verb's negation is its prefix: "haijatoa", has not issued; "hawakusema", did not say). */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const sw: StanceWords = {
  ...NEGATION_WORDS.sw,
  debunk: [
    { cue: "kejeli|vichekesho|dhihaka", example: "Habari hiyo ilitoka kwenye tovuti ya kejeli.", satire: true },
    { cue: "(?:ni\\s+)?(?:ya|za|wa)\\s+kubuni", example: "Habari hiyo ni ya kubuni." },
    // "si kweli", and "sio za kweli" (not of truth) with the concord of the noun it speaks of.
    { cue: "(?:si|sio|siyo)\\s+(?:ya\\s+|za\\s+|wa\\s+)?kweli", example: "Taarifa hizo sio za kweli." },
    { cue: "uongo|uzushi|upotoshaji|potofu|feki", example: "Msemaji alisema habari hiyo ni uzushi." },
    // "-potosha" (to mislead) in any of its forms ("habari za kupotosha", "zinazopotosha"); "kuzusha" (to fabricate)
    // only as what a report is "of" ("taarifa za kuzusha"): "kuzusha hofu" is to raise fear.
    { cue: "\\p{L}*potosh\\p{L}*|(?:za|ya|wa)\\s+kuzusha", example: "Polisi wamewataka wananchi kuacha kusambaza habari za kupotosha." },
    { cue: "\\p{L}*kanush\\p{L}*", example: "Halmashauri imekanusha habari hiyo.", denial: true },
    { cue: "hakuna\\s+ushahidi", example: "Hakuna ushahidi kwamba mkutano ulifanyika." },
  ],
  // "-daiwa" (is claimed) and "-semekana" (is said) with their subject prefixes ("inadaiwa", "zinazodaiwa"); of a person
  // "-daiwa" is also "owes" ("anadaiwa shilingi …"), so only before the verb of what is claimed ("wanadaiwa kutekwa").
  hedge: [
    { cue: "(?:i|zi)(?:na|li|nayo|nazo|liyo|lizo)daiwa|(?:a|wa)(?:na|li|nayo|nao|liyo|lio)daiwa(?=\\s+ku\\p{L})|\\p{L}{0,4}semekana|huenda", example: "Inadaiwa kuwa meya amejiuzulu." },
  ],
  plain: ["Meya alijiuzulu Jumanne.", "Kwa mujibu wa utafiti, chai husaidia kulala vizuri."],
};
