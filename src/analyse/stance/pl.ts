/** Polish stance words (stems: a cue may take any ending). */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const pl: StanceWords = {
  ...NEGATION_WORDS.pl,
  debunk: [
    // A story called an urban legend is called doubtful.
    { cue: "miejsk\\p{L}*\\s+legend\\p{L}*|legend\\p{L}*\\s+miejsk\\p{L}*", example: "Historia klubu północy to być może tylko miejska legenda." },
    { cue: "sprostowani[ea]|prostuj(?:e|emy)", example: "Sprostowanie: port nie zostanie zamknięty." },
    { cue: "fałszyw\\p{L}*|fejk\\p{L}*|fake", example: "Zdjęcie stadionu jest fałszywe." },
    { cue: "nieprawd\\p{L}*", example: "Policja podała, że informacja jest nieprawdziwa." },
    { cue: "satyr\\p{L}*", example: "Tekst pochodzi z satyrycznego portalu.", satire: true },
    { cue: "parodi\\p{L}*|żart\\p{L}*", example: "Nagroda była żartem.", satire: true },
    { cue: "mistyfikacj\\p{L}*", example: "Badanie okazało się mistyfikacją." },
    { cue: "dezinformacj\\p{L}*", example: "Eksperci nazwali wpis dezinformacją." },
    { cue: "dement\\p{L}*|zdementowa\\p{L}*", example: "Klub zdementował doniesienia." },
    { cue: "zaprzecz\\p{L}*", example: "Ministerstwo zaprzeczyło tym informacjom." },
    { cue: "zmyślon\\p{L}*", example: "Cytat był zmyślony." },
    { cue: "plotk\\p{L}*|pogłosk\\p{L}*", example: "Plotki o zamknięciu się nie potwierdziły." },
    { cue: "brak dowodów|nie ma dowodów", example: "Nie ma dowodów na to spotkanie." },
    { cue: "wprowadza\\p{L}* w błąd", example: "Tytuł wprowadza w błąd." },
  ],
  possibility: [
    { cue: "może|mogą|mógł(?:by)?|mogła(?:by)?|mogłoby|mogłyby|mogliby|być\\s+może", example: "Kawa z ekstraktem z łopianu może łagodzić migrenę." },
    { cue: "prawdopodobnie|przypuszczalnie|możliwe|chyba|zapewne|potencjaln\\p{L}*", example: "Most prawdopodobnie zostanie zamknięty zimą." },
    { cue: "wydaj(?:e|ą)\\s+się|sugeruj\\p{L}*(?=,?\\s+że(?![\\p{L}]))|wskazuj\\p{L}*\\s+na\\s+to", example: "Badanie sugeruje, że chleb owsiany chroni serce." },
    { cue: "wstępn\\p{L}*|pierwsze\\s+wyniki", example: "Wstępne wyniki pokazują, że szczepionka działa." },
    { cue: "(?:u|na)\\s+(?:myszy|myszach|szczurów|szczurach|zwierząt|zwierzętach)", example: "Tabletka odwróciła starzenie się u myszy." },
  ],
  condition: [{ cue: "jeśli|jeżeli|gdyby|o\\s+ile|chyba\\s+że", example: "Jeśli badanie się potwierdzi, kawa może łagodzić migrenę." }],
  nonexistence: [{ cue: "nigdy\\s+nie\\s+(?:istniał\\p{L}*|było|wydarzył\\p{L}*)|nie\\s+istniał\\p{L}*|nie\\s+istnieje", example: "Chłopiec o imieniu Pim nigdy nie istniał." }],
  plain: ["Burmistrz podał się do dymisji we wtorek.", "Według badania herbata pomaga lepiej spać."],
};
