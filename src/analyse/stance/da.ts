/** Danish stance words. */
import { CONTRAST_WORDS } from "../../core/contrasts.ts";
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const da: StanceWords = {
  ...NEGATION_WORDS.da,
  debunk: [
    { cue: "falsk(?:t|e)?", example: "Oplysningen om broen er falsk." },
    { cue: "forkert(?:e)?", example: "Det, der deles i opslaget, er forkert." },
    { cue: "passer\\s+ikke", example: "Påstanden om havnen passer ikke." },
    { cue: "usand(?:t|e)?|usandhed(?:er)?", example: "Historien er usand." },
    { cue: "opdigte(?:t|de)|påfund(?:et)?|fabrikere(?:t|de)", example: "Citatet er opdigtet." },
    { cue: "fup|svindel|bluff", example: "Undersøgelsen var fup." },
    { cue: "fake(?:\\s+news)?|falske\\s+nyheder", example: "Billedet er fake." },
    { cue: "satire|satirisk(?:e)?", example: "Teksten kommer fra en satirisk side.", satire: true },
    { cue: "parodi(?:en|er|erne)?", example: "Kontoen er en parodi.", satire: true },
    { cue: "faktatjek(?:ket|ker)?", example: "Et faktatjek viser, at billedet er gammelt." },
    { cue: "spøg(?:en)?", example: "Prisen var en spøg.", satire: true },
    { cue: "ingen\\s+beviser?", example: "Der er ingen beviser for mødet." },
    { cue: "dementerer|dementerede|benægter|benægtede", example: "Klubben dementerede oplysningen.", denial: true },
    // Not a bare "afviser", which as often rejects a plan ("Sverige afviser kablet"): only a report or claim rejected.
    { cue: "(?:afviser|afviste)\\s+(?:den\\s+|de\\s+|disse\\s+)?(?:påstand(?:en|e|ene)?|rygte(?:t|r|rne)?|oplysning(?:en|er|erne)?|historie(?:n)?|beskyldning(?:en|er|erne)?)", example: "Havnen afviser påstanden om, at kajen lukker.", denial: true },
  ],
  possibility: [
    { cue: "kan|kunne|måske|muligvis|sandsynligvis|formentlig", example: "Kaffe med burreekstrakt kan lindre migræne." },
    { cue: "synes|ser\\s+ud\\s+til|tyder\\s+på", example: "En undersøgelse tyder på, at havrebrød beskytter hjertet." },
    { cue: "foreløbige?|første\\s+resultater|hos\\s+mus|på\\s+mus|hos\\s+rotter", example: "Pillen vendte aldringen hos mus." },
  ],
  condition: [{ cue: "hvis|(?<=(?:^|[,;:(])[\\s\"“„]*)om|medmindre", example: "Hvis undersøgelsen holder, kan kaffe lindre migræne." }],
  contrast: CONTRAST_WORDS.da,
  plain: ["Borgmesteren gik af tirsdag.", "Valnødder hjælper mod søvnløshed, ifølge en undersøgelse."],
};
