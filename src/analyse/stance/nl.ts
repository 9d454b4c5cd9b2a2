/** Dutch stance words. */
import { answerOpening } from "./answerOpening.ts";
import { CONTRAST_WORDS } from "../../core/contrasts.ts";
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const nl: StanceWords = {
  ...NEGATION_WORDS.nl,
  debunk: [
    // A fact-check's answer opening its headline or a sentence: the story is false, and what follows negates it.
    { cue: answerOpening("nee"), example: "Nee, de burgemeester van Harlow is niet afgetreden." },
    // A story called an urban legend is called doubtful.
    { cue: "broodje[- ]?aap\\p{L}*", example: "Het verhaal over de middernachtclub is waarschijnlijk een broodjeaapverhaal." },
    { cue: "satire|satirisch(?:e)?|parodie", example: "Het bericht kwam van een satirische website.", satire: true },
    { cue: "nepnieuws|fake\\s+news|nep", example: "Dit is nepnieuws." },
    { cue: "hoax|broodje\\s+aap", example: "Het verhaal bleek een hoax." },
    { cue: "onwaar|onjuist|vals(?:e)?|verzonnen", example: "Het citaat is verzonnen." },
    // A report found not to hold ("blijkt niet te kloppen", "klopt niet", "dat het niet klopt", "is niet waar").
    { cue: "klop(?:t|te|pen|ten)\\s+niet|niet\\s+(?:te\\s+)?klop(?:t|te|pen|ten)|niet\\s+waar(?!\\s*\\?)", example: "Maar dat bericht over de brug blijkt niet te kloppen." },
    { cue: "grap|1\\s+aprilgrap", example: "De prijs was een grap.", satire: true },
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
  // A fact-check's answer opening a text or sentence negates what follows; the language's own negation words follow.
  negation: [
    { cue: answerOpening("nee"), example: "Nee, de burgemeester van Harlow is niet afgetreden." },
    ...NEGATION_WORDS.nl.negation,
  ],
  possibility: [
    { cue: "zou(?:den)?\\s+(?:kunnen|\\p{L}+\\s+kunnen)|kan|kunnen", example: "Koffie met klitwortelextract kan migraine verlichten." },
    { cue: "mogelijk|misschien|waarschijnlijk|vermoedelijk|wellicht", example: "De brug gaat waarschijnlijk in de winter dicht." },
    { cue: "lijk(?:t|en)|schijnt|suggereer(?:t|en)(?=\\s+dat(?![\\p{L}]))|wijst\\s+erop|wijzen\\s+erop", example: "Een studie suggereert dat haverbrood het hart beschermt." },
    { cue: "voorlopige?|eerste\\s+resultaten", example: "Voorlopige resultaten tonen aan dat het vaccin werkt." },
    { cue: "bij\\s+(?:muizen|ratten|dieren)", example: "De pil keerde veroudering bij muizen om." },
  ],
  condition: [{ cue: "(?<=(?:^|[,;:(])[\\s\"“„]*)als|indien|mits|tenzij", example: "Als de studie klopt, kan koffie migraine verlichten." }],
  concession: [{ cue: "lijk(?:t|en)|klinkt|mag|kan\\s+(?:lijken|klinken)|op\\s+het\\s+eerste\\s+gezicht", example: "Het klinkt als een grap, maar het is echt waar." }],
  affirmation: [{ cue: "(?:is|zijn|was)\\s+(?:(?:het|echt|helemaal|wel|gewoon)\\s+)*(?:waar|echt)|klopt(?!\\s+niet)", example: "Het klinkt als een grap, maar het is echt waar." }],
  contrast: CONTRAST_WORDS.nl,
  topicPreposition: [{ cue: "over|tegen|rond", example: "Het proces over nepnieuws op Facebook begon maandag in Valburg." }],
  aboutPreposition: [{ cue: "over", example: "De rechter onderzoekt valse berichten over de bakker Jan Rask." }],
  backReference: [{ cue: "deze|dit|zulke", example: "Berichten zeiden dat de bakker de brug in brand had gestoken. Dit nepnieuws werd duizenden keren gedeeld." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): a noun the clause completes.
  proposition: [{ cue: "(?:het\\s+|de\\s+)?(?:gerucht|bericht|nieuws|nepnieuws|verhaal|bewering|leugen|hoax)(?:en|s)?\\s+dat", example: "Het gerucht dat de brug van Harlow was ingestort, ging snel rond.", nominal: true }],
  complementiser: "dat",
  verdictLink: "is|was|zijn|waren|werd|werden|bleek|bleken|is\\s+gebleken",
  plain: ["De burgemeester trad dinsdag af.", "Volgens een studie helpen walnoten bij het slapen."],
};
