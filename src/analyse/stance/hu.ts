/** Hungarian stance words (a fact-check's verdict is written "Értékelés: HAMIS"; a stem may take any case ending: "álhírt", "cáfolta"). */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const hu: StanceWords = {
  ...NEGATION_WORDS.hu,
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
  possibility: [
    { cue: "lehet|lehetséges|valószínűleg|talán|feltehetően|esetleg|úgy\\s+tűnik", example: "A bojtorjánkivonatos kávé talán enyhíti a migrént." },
    { cue: "előzetes|első\\s+eredmények|egereken|patkányokon|állatokon", example: "A tabletta megfordította az öregedést egereken." },
  ],
  condition: [{ cue: "ha|amennyiben|feltéve\\s+hogy", example: "Ha a kutatás igaz, a kávé talán enyhíti a migrént." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts). Hungarian sets "hogy" off with a comma,
  // and a verb of saying points at the clause with "azt" and may take a few words before it ("azt írta a blogján, hogy").
  proposition: [
    { cue: "(?:(?:rém|ál|kamu)?hír(?:t|e|ek|et|eket)?|pletyk(?:a|át|ák|ákat)|állítás(?:t|ok|okat)?)(?:\\s+(?:arról|azt))?\\s*,?\\s+hogy", example: "Terjed a rémhír, hogy a harlowi hidat lezárják.", nominal: true },
    { cue: "(?:azt\\s+)?(?:állít|írt|írj|írták|terjeszt|posztol|híresztel|kürtöl)\\p{L}*(?:\\s+(?!hogy(?![\\p{L}]))[\\p{L}\\p{N}.-]+){0,6}?,\\s+hogy", example: "A Harlowi Hírek azt írta a blogján, hogy a harlowi híd leszakadt." },
    { cue: "(?:azt\\s+beszél(?:ik|ték)|úgy\\s+hírl(?:ik|ett)|azt\\s+hitték),\\s+hogy", example: "Úgy hírlett, hogy a harlowi hidat eladták egy banknak.", belief: true },
  ],
  admission: [{ cue: "beismer\\p{L}*|bevall\\p{L}*", example: "A férfi, aki azt írta, hogy a harlowi híd leszakadt, most beismerte a hazugságot." }],
  complementiser: "hogy",
  plain: ["A polgármester kedden lemondott.", "Egy tanulmány szerint a tea segít elaludni."],
};
