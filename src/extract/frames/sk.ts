/**
 * Slovak reading data: «podľa X», «ako uviedol X», «ako informoval X», «s odvolaním sa na X», «X uviedol», «povedal v
 * rozhovore pre X». Built as Czech's (cs.ts): the grammar is the same (no articles, subject dropped, the speaker after
 * the verb, a role and its organisation in the genitive before a name), the words are not ("podľa", "uviedol", "hovorca").
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";
import { speechVerbForms } from "./verbForms.ts";

/** Publication nouns before a name, in the cases a frame needs ("denník X", "podľa portálu X", "pre agentúru X"), kept as `cue`. */
const NOUNS = "denník|denníka|denníku|portál|portálu|web|webu|server|servera|serveri|agentúra|agentúry|agentúru|týždenník|týždenníka|televízia|televízie|televíziu|stanica|stanice|stanicu|rádio|rádia|časopis|časopisu|magazín|magazínu|noviny|novín";
const CUE = `(?:(?:\\p{Ll}+\\s+){0,2}(?<cue>${NOUNS})${EOW}\\s+)`;
/** A platform where words were posted, in the locative Slovak writes after "na", capitalised or not ("na Facebooku", "na sociálnej sieti"). */
const MEDIUM = `na\\s+(?:(?:svojom\\s+)?(?:účte|profile)\\s+na\\s+)?(?:[Tt]witteri|[Ff]acebooku|[Ii]nstagrame|[Tt]ik[Tt]oku|sieti\\s+X|sociálnej\\s+sieti|sociálnych\\s+sieťach)`;
/** What the words were about, between a verb and its speaker or after them ("uviedol k tomu hovorca"). */
const ABOUT = "k\\s+(?:tomu|veci|obsahu\\s+\\p{Ll}+)";

export const sk: LanguageFrames = {
  language: "sk",
  occasionMedia: { post: ["príspev\\p{L}*"], spoken: ["rozhovor\\p{L}*"] },
  name: `(?:${DOMAIN}|${capitalisedName(["a", "v", "na"])})`,
  date: `(?:v|vo)\\s+(?<date>\\p{Ll}+|\\d{1,2}\\.\\s+\\p{Ll}+(?:\\s+\\d{4})?)`,
  descriptor: `(?:denník|server|agentúra|portál)\\s+(?:ten|tento|tá|táto)`,
  // Slovak writes common nouns and verbs in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»“”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    { id: "sk.podla", frame: "according_to", allowUnknown: true, pattern: `${BOW}[Pp]odľa\\s+${CUE}?{SRC}{END}`, example: "Prístav bude zatvorený, podľa denníka Ranný Kuriér.", expect: "Ranný Kuriér" },
    { id: "sk.ako_uviedol", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Aa]ko\\s+)?(?:uviedol|uviedla|uviedlo|uvádza|informoval|informovala|informovalo|informuje|napísal|napísala|napísalo|píše|zistil|zistila|zistilo|oznámil|oznámila|oznámilo)${EOW}\\s+${CUE}?{SRC}{END}`, example: "Ako uviedol portál Ranný Kuriér, prístav zatvorili.", expect: "Ranný Kuriér" },
    // What was reported may stand between the verb and the outlet ("informovala o tom agentúra X": reported it, agency X).
    { id: "sk.informoval_o_tom", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:informoval|informovala|informovalo|informuje)\\s+o\\s+tom\\s+${CUE}{SRC}{END}`, example: "Prístav zatvorili, informovala o tom agentúra SLAP.", expect: "SLAP" },
    { id: "sk.odvolanie", frame: "citing", allowUnknown: false, pattern: `${BOW}[Ss]\\s+odvolaním\\s+(?:sa\\s+)?na\\s+${CUE}?{SRC}{END}`, example: "Agentúra to uviedla s odvolaním sa na Reuters.", expect: "Reuters" },
    { id: "sk.rozhovor", frame: "told", allowUnknown: true, pattern: `${BOW}(?:[Vv]\\s+rozhovore\\s+(?:pre|s)|[Pp]re)\\s+${CUE}{SRC}{END}`, example: "V rozhovore pre denník Ranný Kuriér minister všetko poprel.", expect: "Ranný Kuriér" },
  ],
  // A person writes as well as says ("napísal na Facebooku", "píše polícia"): an outlet that writes is left to the frames.
  speechVerbs: speechVerbForms("sk", [
    "povedať", ["uviesť", { past: "uviedol", pastPlural: "uviedli", present: "uvádza", presentPlural: "uvádzajú" }], ["dodať", { present: "dodáva", presentPlural: "dodávajú" }],
    "zdôrazniť", "vysvetliť", "vyhlásiť", "oznámiť", "poznamenať", "pripustiť", "upozorniť", "konštatovať", "priblížiť", "doplniť", "spresniť",
    ["napísať", { present: "píše", presentPlural: "píšu" }], ["hovoriť", { present: "hovorí", presentPlural: "hovoria" }], ["vravieť", { past: "vravel", pastPlural: "vraveli", present: "vraví", presentPlural: "vravia" }],
  ]),
  // Where the words were posted, between the verb and its inverted subject ("uviedol na Facebooku minister"), and what they
  // were about ("uviedol k tomu hovorca"): stepped over, never the speaker.
  mediumPhrases: [`(?:${ABOUT}\\s+)?${MEDIUM}(?:\\s+${ABOUT})?`, ABOUT],
  // The same phrase after the speaker ends the speaker's words ("napísala polícia na Facebooku").
  channelPhrases: [MEDIUM, `(?:v|vo)\\s+(?:(?:svojom|tlačovom|písomnom)\\s+)?(?:vyhlásení|rozhovore|tweete|príspevku|správe|stanovisku|vyjadrení)`],
  // Slovak writes no article before a role it refers back with ("uviedol minister na Facebooku"): the person so introduced.
  bareRoleRefers: true,
  pronouns: { singular: ["on", "ona"], plural: ["oni", "ony"] },
  dropsSubject: true,
  complementisers: ["že"],
  anonymousHeads: ["zdroj", "zdroje", "zdrojov", "úradník", "úradníci", "expert", "experti", "odborník", "odborníci", "hovorca", "hovorkyňa", "svedok", "svedkovia", "obyvatelia", "predstaviteľ", "predstavitelia"],
  determiners: ["jeden", "jedna", "jedno", "niekoľko", "dvaja", "dva", "dve", "traja", "tri"],
  bodyAfterRole: true,
  roleNouns: ["tréner", "trénerka", "kapitán", "kapitánka", "predseda", "predsedníčka", "expert", "odborník", "analytik", "novinár", "novinárka", "minister", "ministerka", "hovorca", "hovorkyňa", "riaditeľ", "riaditeľka", "profesor", "profesorka", "poslanec", "poslankyňa", "senátor", "starosta", "starostka", "primátor", "primátorka", "župan", "županka", "prezident", "prezidentka", "premiér", "premiérka", "generál"],
  // Bodies Slovak names without an article or a name ("napísala polícia na Facebooku"): the body speaks, as "police said".
  bareBodies: ["polícia", "policajti", "hasiči", "záchranári", "vyšetrovatelia", "prokurátori", "úrady"],
  organisationCues: ["ministerstvo", "vláda", "polícia", "armáda", "súd", "úrad", "univerzita", "inštitút", "komisia", "rada", "agentúra", "prokuratúra", "strana", "nemocnica", "banka"],
  outletCues: ["denník", "noviny", "listy", "kuriér", "server", "portál", "agentúra", "rádio", "televízia", "týždenník", "správy", "magazín", "news", "hlas", "echo"],
  genericSources: ["médiá", "miestne médiá", "zdroje", "odborníci", "servery", "portály", "novinári"],
  prepositions: ["v", "vo", "na", "z", "zo", "do", "od", "pri", "o", "po", "pod", "nad", "za", "cez", "pre", "bez", "u", "k", "ku", "s", "so"],
  placeParticles: ["v", "vo"],
  fromParticles: ["z", "zo"],
  toldPrepositions: ["pre"],
  nameStopwords: ["v", "a", "ale", "ako", "to", "on", "ona", "oni", "však", "tiež", "taktiež", "po", "podľa"],
  photoCredits: ["(?:Foto|Fotografia|Ilustračné\\s+foto|Zdroj\\s+foto)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["kniha", "knihe", "film", "filme", "článok", "článku", "správa", "správe", "názvom"],
  without: ["bez"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Zdroj)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
};
