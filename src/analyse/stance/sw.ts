/** Swahili stance words (a verb's negation is its prefix: "haijatoa", has not issued; "hawakusema", did not say). */
import type { StanceWords } from "./types.ts";

export const sw: StanceWords = {
  language: "sw",
  wordBoundaries: true,
  debunk: [
    { cue: "kejeli|vichekesho|dhihaka", example: "Habari hiyo ilitoka kwenye tovuti ya kejeli.", satire: true },
    { cue: "(?:ni\\s+)?(?:ya|za|wa)\\s+kubuni", example: "Habari hiyo ni ya kubuni." },
    { cue: "si\\s+(?:ya\\s+)?kweli|sio\\s+kweli|siyo\\s+kweli", example: "Taarifa hiyo si kweli." },
    { cue: "uongo|uzushi|upotoshaji|potofu", example: "Msemaji alisema habari hiyo ni uzushi." },
    { cue: "\\p{L}*kanush\\p{L}*", example: "Halmashauri imekanusha habari hiyo.", denial: true },
    { cue: "hakuna\\s+ushahidi", example: "Hakuna ushahidi kwamba mkutano ulifanyika." },
  ],
  negation: [
    { cue: "si|sio|siyo|hakuna|hapana|kamwe", example: "Meya si mgombea." },
    // The negative perfect and past: "ha-" with its subject, then "-ja-" or "-ku-" ("haijatoa", "hawakusema").
    { cue: "(?:ha|hai|hawa|hatu|hazi|hali|haya|haki)(?:ja|ku)\\p{L}{3,}", example: "Meya hajajiuzulu." },
  ],
  hedge: [{ cue: "inadaiwa|inasemekana|huenda", example: "Inadaiwa kuwa meya amejiuzulu." }],
  plain: ["Meya alijiuzulu Jumanne.", "Kwa mujibu wa utafiti, chai husaidia kulala vizuri."],
};
