/** Hungarian stance words (a fact-check's verdict is written "Értékelés: HAMIS"; a stem may take any case ending: "álhírt", "cáfolta"). */
import type { StanceWords } from "./types.ts";

export const hu: StanceWords = {
  language: "hu",
  wordBoundaries: true,
  debunk: [
    { cue: "hamis(?:ak|an|nak)?", example: "A hídról szóló hír hamis." },
    { cue: "álhír\\p{L}*|kamuhír\\p{L}*|fake(?: news)?", example: "A bejegyzés álhírt terjeszt." },
    { cue: "nem igaz|valótlan\\p{L}*|téves\\p{L}*", example: "Nem igaz, hogy a hidat lezárják." },
    { cue: "cáfol\\p{L}*|megcáfol\\p{L}*", example: "A polgármester cáfolta a hírt.", denial: true },
    { cue: "tagad\\p{L}*|letagad\\p{L}*", example: "A klub tagadta, hogy ajánlatot kapott." },
    { cue: "kitalál(?:t|ás)\\p{L}*|koholt\\p{L}*", example: "Az idézet koholt." },
    { cue: "szatir\\p{L}*|szatír\\p{L}*|paródi\\p{L}*", example: "A szöveg egy szatirikus oldalról származik.", satire: true },
    { cue: "dezinformáció\\p{L}*|félrevezető\\p{L}*", example: "A szakértők félrevezetőnek nevezték a bejegyzést." },
    { cue: "tényellenőrzés\\p{L}*|értékelés\\s*:\\s*(?:hamis|félrevezető|valótlan)", example: "Értékelés: HAMIS." },
    { cue: "nincs (?:rá )?bizonyíték\\p{L}*", example: "Nincs bizonyíték a találkozóra." },
    { cue: "szóbeszéd\\p{L}*|pletyk\\p{L}*", example: "A pletyka nem igazolódott." },
  ],
  negation: [
    { cue: "nem|nincs|nincsenek", example: "A polgármester nem mondott le." },
    { cue: "soha|sosem|egyetlen\\s+\\p{L}+\\s+sem", example: "A polgármester soha nem mondott le." },
  ],
  possibility: [
    { cue: "lehet|lehetséges|valószínűleg|talán|feltehetően|esetleg|úgy\\s+tűnik", example: "A bojtorjánkivonatos kávé talán enyhíti a migrént." },
    { cue: "előzetes|első\\s+eredmények|egereken|patkányokon|állatokon", example: "A tabletta megfordította az öregedést egereken." },
  ],
  condition: [{ cue: "ha|amennyiben|feltéve\\s+hogy", example: "Ha a kutatás igaz, a kávé talán enyhíti a migrént." }],
  plain: ["A polgármester kedden lemondott.", "Egy tanulmány szerint a tea segít elaludni."],
};
