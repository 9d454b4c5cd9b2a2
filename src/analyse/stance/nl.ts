/** Dutch stance words. */
import type { StanceWords } from "./types.ts";

export const nl: StanceWords = {
  language: "nl",
  wordBoundaries: true,
  debunk: [
    { cue: "satire|satirisch(?:e)?|parodie", example: "Het bericht kwam van een satirische website." },
    { cue: "nepnieuws|fake\\s+news|nep", example: "Dit is nepnieuws." },
    { cue: "hoax|broodje\\s+aap", example: "Het verhaal bleek een hoax." },
    { cue: "onwaar|onjuist|vals(?:e)?|verzonnen", example: "Het citaat is verzonnen." },
    { cue: "grap|1\\s+aprilgrap", example: "De prijs was een grap." },
    { cue: "ontkend|ontkent|ontkende", example: "De club ontkende het bericht." },
    { cue: "erin\\s+getrapt|trapte(?:n)?\\s+erin", example: "Verschillende kranten trapten erin." },
    { cue: "geen\\s+bewijs", example: "Er is geen bewijs voor die bewering." },
  ],
  // Words that set the record straight: what they open a fact-check gives as true.
  correction: [
    { cue: "in werkelijkheid", example: "In werkelijkheid gaat de brug twee weken dicht." },
    { cue: "wat\\s+(?:[\\p{L}'’-]+\\s+){1,4}(?:echt\\s+|werkelijk\\s+)?(?:zei|verklaarde)", example: "Wat de burgemeester echt zei, was dat de veerboot tot mei vaart." },
  ],
  negationScope: [
    { cue: "in\\s+(?:de|zijn|haar)\\s+(?:huidige|bestaande)\\s+vorm|voorlopig|vooralsnog", example: "De raad tekent het akkoord in de huidige vorm niet." },
  ],
  negation: [{ cue: "niet|geen|nooit", example: "De burgemeester is niet afgetreden." }],
  plain: ["De burgemeester trad dinsdag af.", "Volgens een studie helpen walnoten bij het slapen."],
};
