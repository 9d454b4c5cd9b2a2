/** Polish stance words (stems: a cue may take any ending). */
import type { StanceWords } from "./types.ts";

export const pl: StanceWords = {
  language: "pl",
  wordBoundaries: true,
  debunk: [
    { cue: "sprostowani[ea]|prostuj(?:e|emy)", example: "Sprostowanie: port nie zostanie zamknięty." },
    { cue: "fałszyw\\p{L}*|fejk\\p{L}*|fake", example: "Zdjęcie stadionu jest fałszywe." },
    { cue: "nieprawd\\p{L}*", example: "Policja podała, że informacja jest nieprawdziwa." },
    { cue: "satyr\\p{L}*", example: "Tekst pochodzi z satyrycznego portalu." },
    { cue: "parodi\\p{L}*|żart\\p{L}*", example: "Nagroda była żartem." },
    { cue: "mistyfikacj\\p{L}*", example: "Badanie okazało się mistyfikacją." },
    { cue: "dezinformacj\\p{L}*", example: "Eksperci nazwali wpis dezinformacją." },
    { cue: "dement\\p{L}*|zdementowa\\p{L}*", example: "Klub zdementował doniesienia." },
    { cue: "zaprzecz\\p{L}*", example: "Ministerstwo zaprzeczyło tym informacjom." },
    { cue: "zmyślon\\p{L}*", example: "Cytat był zmyślony." },
    { cue: "plotk\\p{L}*|pogłosk\\p{L}*", example: "Plotki o zamknięciu się nie potwierdziły." },
    { cue: "brak dowodów|nie ma dowodów", example: "Nie ma dowodów na to spotkanie." },
    { cue: "wprowadza\\p{L}* w błąd", example: "Tytuł wprowadza w błąd." },
  ],
  negation: [
    { cue: "nie", example: "Burmistrz nie podał się do dymisji." },
    { cue: "nigdy|żaden|żadna|żadne", example: "Burmistrz nigdy nie podał się do dymisji." },
  ],
  plain: ["Burmistrz podał się do dymisji we wtorek.", "Według badania herbata pomaga lepiej spać."],
};
