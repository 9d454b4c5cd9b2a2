/** Norwegian stance words (Bokmål; the detector's "no" and the case's "nb" and "nn" read them). */
import { CONTRAST_WORDS } from "../../core/contrasts.ts";
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const no: StanceWords = {
  ...NEGATION_WORDS.no,
  debunk: [
    { cue: "falsk(?:t|e)?", example: "Opplysningen om brua er falsk." },
    { cue: "feilaktig(?:e)?|(?:er|var)\\s+feil", example: "Det som deles i innlegget, er feil." },
    { cue: "stemmer\\s+ikke", example: "Påstanden om havna stemmer ikke." },
    { cue: "usann(?:t|e)?|usannhet(?:er)?", example: "Historien er usann." },
    { cue: "oppdikte(?:t|de)|oppspinn|fabrikkert(?:e)?", example: "Sitatet er oppdiktet." },
    { cue: "bløff(?:en)?|svindel|juks", example: "Studien var en bløff." },
    { cue: "fake(?:\\s+news)?|falske\\s+nyheter", example: "Bildet er fake." },
    { cue: "satire|satirisk(?:e)?", example: "Teksten kommer fra et satirisk nettsted.", satire: true },
    { cue: "parodi(?:en|er|ene)?", example: "Kontoen er en parodi.", satire: true },
    { cue: "faktasjekk(?:en|et)?", example: "En faktasjekk viser at bildet er gammelt." },
    { cue: "spøk(?:en)?", example: "Prisen var en spøk.", satire: true },
    { cue: "ingen\\s+bevis", example: "Det finnes ingen bevis for møtet." },
    { cue: "dementerer|dementerte|benekter|benektet", example: "Klubben dementerte opplysningen.", denial: true },
    // Not a bare "avviser", which as often rejects a plan ("Sverige avviser kabelen"): only a report or claim rejected.
    { cue: "(?:avviser|avviste)\\s+(?:den\\s+|de\\s+|disse\\s+)?(?:påstand(?:en|er|ene)?|rykte(?:t|r|ne)?|opplysning(?:en|er|ene)?|historie(?:n)?|beskyldning(?:en|er|ene)?)", example: "Havna avviser påstanden om at kaia stenger.", denial: true },
  ],
  possibility: [
    { cue: "kan|kunne|kanskje|muligens|trolig|sannsynligvis", example: "Kaffe med borreekstrakt kan lindre migrene." },
    { cue: "ser\\s+ut\\s+til|tyder\\s+på|synes", example: "En studie tyder på at havrebrød beskytter hjertet." },
    { cue: "foreløpige?|første\\s+resultater|hos\\s+mus|på\\s+mus|hos\\s+rotter", example: "Pillen snudde aldringen hos mus." },
  ],
  condition: [{ cue: "hvis|(?<=(?:^|[,;:(])[\\s\"“«]*)om|med\\s+mindre", example: "Hvis studien stemmer, kan kaffe lindre migrene." }],
  contrast: CONTRAST_WORDS.no,
  plain: ["Ordføreren gikk av tirsdag.", "Valnøtter hjelper mot søvnløshet, ifølge en studie."],
};
