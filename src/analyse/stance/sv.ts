/** Swedish stance words (compounds: "faktagranskning" and "påhittet" carry their article or ending onto the noun). */
import type { StanceWords } from "./types.ts";

export const sv: StanceWords = {
  language: "sv",
  wordBoundaries: true,
  debunk: [
    { cue: "falsk(?:t|a)?", example: "Uppgiften om bron är falsk." },
    { cue: "felaktig(?:t|a)?", example: "Det som sprids i inlägget är felaktigt." },
    { cue: "stämmer\\s+inte", example: "Påståendet om hamnen stämmer inte." },
    { cue: "påhitt(?:et)?|påhittad(?:e)?|påhittat|fabricerad(?:e)?|fabricerat", example: "Citatet är ett påhitt." },
    { cue: "bluff(?:en|ar|arna)?", example: "Studien var en bluff." },
    { cue: "fejk(?:ad|at|ade|en)?|fake(?:\\s+news)?", example: "Bilden är fejkad." },
    { cue: "satir(?:en)?|satirisk(?:t|a)?", example: "Texten kommer från en satirisk sajt." },
    { cue: "faktagransk(?:ning(?:en)?|ade|at|ar)", example: "En faktagranskning visar att bilden är gammal." },
    { cue: "skämt(?:et)?", example: "Priset var ett skämt." },
    { cue: "inga\\s+bevis", example: "Det finns inga bevis för mötet." },
    { cue: "förnekar|förnekade|dementerar|dementerade|dementi(?:t)?", example: "Klubben dementerade uppgiften.", denial: true },
  ],
  negation: [
    { cue: "inte|ej", example: "Borgmästaren har inte avgått." },
    { cue: "aldrig", example: "Borgmästaren avgick aldrig." },
    { cue: "ingen|inget|inga", example: "Borgmästaren gav ingen förklaring." },
  ],
  plain: ["Borgmästaren avgick på tisdagen.", "Valnötter hjälper mot sömnlöshet, enligt en studie."],
};
