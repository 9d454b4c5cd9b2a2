/**
 * Afrikaans stance words. Afrikaans closes a negated clause with a second "nie" ("is nie waar nie"); the first is the
 * negation. "glo" is the verb "believe" as often as the adverb "reportedly": only the adverb, after a verb or "wat" and
 * not before "dat", "nie" or a preposition, is a hedge.
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const af: StanceWords = {
  ...NEGATION_WORDS.af,
  debunk: [
    { cue: "vals(?:e)?|onwaar|onjuis(?:te)?", example: "Die berig oor die gesluite hawe is vals." },
    { cue: "nie\\s+waar\\s+nie", example: "Die polisie sê die berig is nie waar nie." },
    { cue: "fop(?:nuus|berig|storie)\\p{L}*|vals\\s+nuus|fake\\s+news", example: "Moenie fopnuus oor die brug versprei nie." },
    { cue: "gerug(?:te)?", example: "Die gerugte oor die skool het vinnig versprei." },
    { cue: "leuen(?:s|agtig\\p{L}*)?", example: "Die hele storie oor die brug is ʼn leuen." },
    { cue: "versin(?:ne|de)?|versinsel(?:s)?|ongegrond(?:e)?", example: "Die burgemeester se aanhaling is versin." },
    { cue: "misleidend(?:e)?|disinformasie|wanninligting", example: "Die opskrif van die artikel is misleidend." },
    { cue: "satire|satiries(?:e)?|parodie", example: "Die berig kom van ʼn satiriese webwerf.", satire: true },
    { cue: "grap|grappie", example: "Die toekenning was net ʼn grap.", satire: true },
    { cue: "ontken(?:ning|de|t)?", example: "Die klub het die berig ontken.", denial: true },
    { cue: "geen\\s+bewys(?:e)?", example: "Daar is geen bewys dat die vergadering plaasgevind het nie." },
  ],
  hedge: [
    { cue: "(?<=(?<![\\p{L}])(?:is|was|het|word|sal|sou|moet|moes|wat|kan|kon|gaan)\\s+)glo(?!\\s+(?:dat|nie|in|aan)(?![\\p{L}]))|kwansuis|kastig|na\\s+bewering", example: "Die lugdiens het glo sy bestelling van twaalf vliegtuie gekanselleer." },
    { cue: "(?:kan|kon)\\s+nie\\s+bevestig\\s+word\\s+nie|onbevestig(?:de)?", example: "Die lugdiens het sy bestelling gekanselleer. Dit kan nie bevestig word nie." },
  ],
  alleged: [{ cue: "beweerde|vermeende|kastige", example: "Die saak van die beweerde ontvoering van ʼn seun in Wesdorp is opgelos." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): a claim noun or verb before "dat".
  proposition: [
    { cue: "(?:die\\s+)?(?:gerug(?:te)?|berig(?:te)?|bewering(?:s)?|storie(?:s)?|boodskap(?:pe)?)\\s+dat", example: "Die gerug dat die brug by Harlow ineengestort het, het vinnig versprei.", nominal: true },
    { cue: "(?:beweer|berig)\\s+dat", example: "ʼn Boodskap op sosiale media beweer dat die brug by Harlow ineengestort het." },
  ],
  complementiser: "dat",
  verdictLink: "is|was|blyk|het\\s+geblyk",
  circulation: [{ cue: "(?:doen|het)\\s+(?:sedert\\s+\\p{L}+\\s+)?die\\s+ronde|die\\s+ronde\\s+(?:begin\\s+)?doen", example: "ʼn Boodskap doen die ronde op sosiale media dat die veerboot ophou vaar." }],
  plain: ["Die burgemeester het Dinsdag bedank.", "Volgens ʼn studie help tee mens om rustig te slaap."],
};
