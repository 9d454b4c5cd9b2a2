/** Catalan stance words. */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const ca: StanceWords = {
  ...NEGATION_WORDS.ca,
  debunk: [
    { cue: "fals(?:a|os|es)?|falsedat(?:s)?", example: "La notícia sobre el pont és falsa." },
    { cue: "fake(?: news)?|hoax|bulo(?:s)?", example: "L'estudi era un fake." },
    { cue: "no\\s+(?:és|era|va\\s+ser)\\s+(?:cert|certa|veritat)", example: "La notícia del pont no és certa." },
    { cue: "mentid(?:a|es)|engany(?:s|ós|osa|at|ats|ada|ades)?", example: "Tota la història del pont és mentida." },
    { cue: "desinformació", example: "El ministeri va qualificar la publicació de desinformació." },
    { cue: "rumor(?:s)?", example: "El rumor sobre el club no té cap fonament." },
    { cue: "inventad(?:a|es)|inventats?|infundad(?:a|es)|infundats?", example: "La cita de l'alcalde és inventada." },
    { cue: "s[aà]tir(?:a|es)|satíric(?:a|s|ues)?|par[oò]di(?:a|es)|brom(?:a|es)", example: "El text ve d'un web satíric.", satire: true },
    { cue: "desment(?:eix|eixen|ir|it|ida|í|iren)|va\\s+desmentir|van\\s+desmentir", example: "El club va desmentir la notícia.", denial: true },
    { cue: "(?:no\\s+hi\\s+ha|sense)\\s+(?:cap\\s+)?prov(?:a|es)", example: "No hi ha proves de la reunió." },
    { cue: "no\\s+existeix|no\\s+va\\s+existir\\s+mai|mai\\s+no\\s+va\\s+existir", example: "L'institut no existeix." },
  ],
  hedge: [{ cue: "suposadament|presumptament|sense\\s+confirmar|no\\s+confirmad(?:a|es)|no\\s+confirmats?", example: "La companyia aèria suposadament ha cancel·lat la comanda de dotze avions." }],
  alleged: [{ cue: "suposa(?:t|da|ts|des)|presumpt(?:e|a|es|os)", example: "El cas del suposat segrest d'un nen a Vilaclara s'ha resolt." }],
  possibility: [{ cue: "potser|probablement|podria|podrien|pot|poden", example: "El cafè amb extracte de bardana potser alleuja la migranya." }],
  condition: [{ cue: "si", example: "Si l'estudi es confirma, el cafè podria alleujar la migranya." }],
  nonexistence: [{ cue: "no\\s+va\\s+existir\\s+mai|mai\\s+no\\s+va\\s+existir|no\\s+ha\\s+existit\\s+mai", example: "Un nen anomenat Pim no va existir mai a l'escola dels Oms." }],
  circulation: [{ cue: "circula|circulen|s'ha\\s+fet\\s+viral|corre\\s+per", example: "Per les xarxes circula un missatge que diu que el ferri deixarà de navegar." }],
  plain: ["L'alcalde va dimitir dimarts.", "Segons un estudi, el te ajuda a dormir."],
};
