/**
 * Czech stance words (stems: a cue may take any case ending). Czech negates a verb by its prefix "ne-" ("nezavře"); a
 * bare "ne\p{L}+" would take "největší", "neděle" and "nemocnice" too, so only the common negated forms of "to be",
 * "to have" and the modal verbs are negations here.
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const cs: StanceWords = {
  ...NEGATION_WORDS.cs,
  debunk: [
    { cue: "hoax\\p{L}*", example: "Zpráva o uzavření přístavu je hoax." },
    // "Poplašná zpráva" (a false alarm spread as news) is also the name of the offence of spreading one.
    { cue: "poplašn\\p{L}*\\s+zpráv\\p{L}*", example: "Hasiči varují před poplašnou zprávou o zavření mostu." },
    { cue: "nesmysl\\p{L}*", example: "Mluvčí radnice označil celou věc za nesmysl." },
    { cue: "falešn\\p{L}*|fejk\\p{L}*|fake", example: "Fotografie zatopeného stadionu je falešná." },
    { cue: "nepravdiv\\p{L}*|(?:není|nebyla|nebylo|nebyl)\\s+pravda|nezakládá\\s+se\\s+na\\s+pravdě", example: "Informace o zavření přístavu je nepravdivá." },
    { cue: "lež|lži|lží|lžích|lživ\\p{L}*", example: "Celý příběh o mostě je lež." },
    { cue: "dezinformac\\p{L}*", example: "Ministerstvo označilo příspěvek za dezinformaci." },
    { cue: "fáma|fámy|fámu|fámou|fám|fámami", example: "Po městě se šíří fáma o zavření školy." },
    { cue: "smyšlen\\p{L}*|vymyšlen\\p{L}*|vymyslel\\p{L}*|podvrh\\p{L}*", example: "Citát starosty je smyšlený." },
    { cue: "zavádějící", example: "Titulek článku je zavádějící." },
    { cue: "satir\\p{L}*|parodi\\p{L}*", example: "Text pochází ze satirického webu.", satire: true },
    { cue: "žert\\p{L}*|apríl\\p{L}*", example: "Ocenění bylo jen žertem.", satire: true },
    { cue: "popřel\\p{L}*|popírá\\p{L}*|popírají|popřít|dementoval\\p{L}*|dementi|dementuj\\p{L}*", example: "Klub zprávu popřel.", denial: true },
    { cue: "vyvrátil\\p{L}*|vyvrací|vyvracejí", example: "Odborníci příspěvek vyvrátili." },
    { cue: "(?:žádné|žádný|nejsou|neexistují)\\s+důkaz\\p{L}*|bez\\s+důkazů", example: "Pro setkání neexistují žádné důkazy." },
    { cue: "neexistuje|neexistoval\\p{L}*", example: "Ten ústav vůbec neexistuje." },
    { cue: "naletěl\\p{L}*|naletět", example: "Dva deníky na příběh naletěly." },
    { cue: "městsk\\p{L}*\\s+legend\\p{L}*", example: "Příběh o půlnočním klubu je nejspíš jen městská legenda." },
  ],
  hedge: [{ cue: "údajně|prý|nepotvrzen\\p{L}*", example: "Letecká společnost prý zrušila objednávku dvanácti letadel." }],
  alleged: [{ cue: "údajn(?:ý|á|é|ého|ém|ou|í|ých|ým)|domněl\\p{L}*", example: "Případ údajného únosu chlapce v Lipové je vyřešen." }],
  possibility: [
    { cue: "může|mohou|mohl\\p{L}*|možná|pravděpodobně|zřejmě", example: "Káva s výtažkem z lopuchu může zmírnit migrénu." },
    { cue: "předběžn\\p{L}*|(?:u|na)\\s+myší(?:ch)?", example: "Pilulka zvrátila stárnutí u myší." },
  ],
  condition: [{ cue: "pokud|jestli|jestliže|kdyby|zda", example: "Pokud se studie potvrdí, káva může zmírnit migrénu." }],
  nonexistence: [{ cue: "(?:nikdy\\s+)?neexistoval\\p{L}*|nikdy\\s+se\\s+nestal\\p{L}*", example: "Chlapec jménem Pim ve škole U Jilmů nikdy neexistoval." }],
  fabrication: [{ cue: "šíř\\p{L}*\\s+(?:poplašn\\p{L}*\\s+zpráv\\p{L}*|hoax\\p{L}*|lží|lži|dezinformac\\p{L}*|fám\\p{L}*)", example: "Muž je obviněn z šíření poplašné zprávy o požáru školy." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): after a relative "according to which",
  // a verb of claiming or a claim noun and the comma before "že".
  proposition: [
    { cue: "podle\\s+(?:které(?:ho)?|kterých|kterou|níž|nichž|něhož|jehož)", example: "Policie prověřuje nahrávku, podle které se most v Harlow zřítil do řeky." },
    { cue: "(?:tvrd(?:í|il|ila|ili)|uvád(?:í|ěl|ěla|ěli)|napsal(?:a|i)?|píše|psal(?:a|i)?)\\s*,\\s*že", example: "Server Lipno tvrdil, že se most v Harlow zřítil do řeky." },
    // The noun's clause also after "o tom" (about it): "zprávy o tom, že P" is as common as "zprávy, že P".
    { cue: "(?:zpráv(?:a|y|u)|fám(?:a|y|u)|tvrzení|informac(?:e|i))(?:\\s+o\\s+tom)?\\s*,\\s*že", example: "Šířila se zpráva, že se most v Harlow zřítil do řeky.", nominal: true },
  ],
  complementiser: "že",
  commaClosesClause: true,
  circulation: [{ cue: "koluj\\p{L}*|šíří\\s+se", example: "Po internetu koluje zpráva, že trajekt přestane jezdit." }],
  plain: ["Starosta v úterý odstoupil z funkce.", "Podle studie čaj pomáhá ke klidnému spánku."],
};
