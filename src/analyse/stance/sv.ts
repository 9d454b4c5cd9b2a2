/** Swedish stance words (compounds: "faktagranskning" and "påhittet" carry their article or ending onto the noun). */
import { CONTRAST_WORDS } from "../../core/contrasts.ts";
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const sv: StanceWords = {
  ...NEGATION_WORDS.sv,
  debunk: [
    { cue: "falsk(?:t|a)?", example: "Uppgiften om bron är falsk." },
    { cue: "felaktig(?:t|a)?", example: "Det som sprids i inlägget är felaktigt." },
    { cue: "stämmer\\s+inte|inte\\s+stämmer|(?:är|var)\\s+inte\\s+sant", example: "Påståendet om hamnen stämmer inte." },
    { cue: "påhitt(?:et)?|påhittad(?:e)?|påhittat|fabricerad(?:e)?|fabricerat", example: "Citatet är ett påhitt." },
    { cue: "bluff(?:en|ar|arna)?", example: "Studien var en bluff." },
    { cue: "fejk(?:ad|at|ade|en)?|fake(?:\\s+news)?", example: "Bilden är fejkad." },
    { cue: "satir(?:en)?|satirisk(?:t|a)?", example: "Texten kommer från en satirisk sajt.", satire: true },
    { cue: "parodi(?:n|er|erna)?|parodisk(?:t|a)?", example: "Kontot är en parodi.", satire: true },
    { cue: "faktagransk(?:ning(?:en)?|ade|at|ar)", example: "En faktagranskning visar att bilden är gammal." },
    { cue: "skämt(?:et)?", example: "Priset var ett skämt.", satire: true },
    { cue: "inga\\s+bevis", example: "Det finns inga bevis för mötet." },
    { cue: "förnekar|förnekade|dementerar|dementerade|dementi(?:t)?", example: "Klubben dementerade uppgiften.", denial: true },
  ],
  hedge: [
    { cue: "uppges|uppgavs|påstås|obekräftad(?:e|a)?|enligt\\s+(?:obekräftade\\s+)?uppgift(?:er)?", example: "Flygbolaget har enligt uppgift avbokat tolv plan." },
    // The reportative "ska ha" ("is said to have") before a supine, which ends in -t ("ska ha sagt", "ska ha sålt",
    // "ska ha avbokat"), not "ska ha ett möte", "ska ha rätt".
    { cue: "ska\\s+ha\\s+(?!(?:ett|mat|rätt)(?![\\p{L}]))\\p{L}+t(?![\\p{L}])", example: "Flygbolaget ska ha avbokat tolv plan." },
    { cue: "(?:har|hade)\\s+inte\\s+(?:kunnat\\s+)?(?:bekräftas|bekräftats|bekräfta|verifieras|verifierats)|kan\\s+inte\\s+bekräftas", example: "Flygbolaget har avbokat tolv plan. Uppgiften har inte kunnat bekräftas." },
  ],
  possibility: [
    { cue: "kan|kunna|skulle\\s+kunna|kanske|möjligen|troligen|sannolikt", example: "Kaffe med kardborreextrakt kan lindra migrän." },
    { cue: "verkar|tycks|tyder\\s+på", example: "En studie tyder på att havrebröd skyddar hjärtat." },
    { cue: "preliminära?|första\\s+resultaten|hos\\s+möss|på\\s+möss|hos\\s+råttor", example: "Pillret vände åldrandet hos möss." },
  ],
  condition: [{ cue: "(?<=(?:^|[,;:(])[\\s\"“”]*)om|ifall|såvida", example: "Om studien stämmer kan kaffe lindra migrän." }],
  concession: [{ cue: "kan\\s+(?:verka|låta|se\\s+ut)|verkar|låter\\s+som|ser\\s+ut\\s+som|vid\\s+första\\s+anblick", example: "Det kan låta som ett skämt, men det är sant." }],
  affirmation: [{ cue: "(?:är|var)\\s+(?:(?:det|helt|faktiskt|verkligen)\\s+)*(?:sant|sann|sanna|äkta|verkligt)|stämmer(?!\\s+inte)", example: "Det kan låta som ett skämt, men det är sant." }],
  contrast: CONTRAST_WORDS.sv,
  plain: ["Borgmästaren avgick på tisdagen.", "Valnötter hjälper mot sömnlöshet, enligt en studie."],
};
