/** Czech reading data: «podle X», «jak uvedl X», «jak informoval X», «s odvoláním na X», «X uvedl», «řekl v rozhovoru pro X». */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Publication nouns before a name in the case a frame needs ("deník X", "podle serveru X"), kept as `cue`. */
const NOUNS = "deník|deníku|list|listu|server|serveru|portál|portálu|web|webu|agentura|agentury|týdeník|týdeníku|televize|stanice|rádio|rádia|časopis|časopisu";
const CUE = `(?:(?:\\p{Ll}+\\s+){0,2}(?<cue>${NOUNS})${EOW}\\s+)`;
/**
 * The cue of an outlet that is the verb's subject ("jak uvedl v pondělí server X"): never one a locative preposition
 * governs ("napsal v časopisu X článek", wrote in the magazine X an article), which names where a piece appeared, not
 * who reported.
 */
const SUBJECT_CUE = `(?:(?:\\p{Ll}+\\s+){0,2}(?<!(?:^|[^\\p{L}])(?:v|ve|na)\\s{1,3})(?<cue>${NOUNS})${EOW}\\s+)`;
/** "o tom" (about it) or "to" (it) between a reporting verb and its subject ("Informovala o tom agentura X", "uvedl to server X"). */
const ABOUT_IT = `(?:(?:o\\s+tom|to)\\s+)`;
/** A platform where words were posted, in the locative Czech writes after "na", capitalised or not ("na twitteru", "na Facebooku", "na sociální síti"). */
const MEDIUM = `na\\s+(?:(?:svém\\s+)?(?:účtu|profilu)\\s+na\\s+)?(?:[Tt]witteru|[Ff]acebooku|[Ii]nstagramu|[Tt]ik[Tt]oku|síti\\s+X|sociální\\s+síti|sociálních\\s+sítích)`;

export const cs: LanguageFrames = {
  language: "cs",
  occasionMedia: { post: ["příspěv\\p{L}*"], spoken: ["rozhovor\\p{L}*", "projev\\p{L}*"] },
  name: `(?:${DOMAIN}|${capitalisedName(["a", "v", "na"])})`,
  date: `(?:v|ve)\\s+(?<date>\\p{Ll}+|\\d{1,2}\\.\\s+\\p{Ll}+(?:\\s+\\d{4})?)`,
  descriptor: `(?:deník|server|agentura|portál)\\s+(?:ten|tento|ta|tato)`,
  // Czech writes common nouns and verbs in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»“”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    { id: "cs.podle", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:[Pp]odle|[Dd]le)\\s+${CUE}?{SRC}{END}`, example: "Přístav bude uzavřen, podle deníku Ranní Kurýr.", expect: "Ranní Kurýr" },
    { id: "cs.jak_uvedl", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Jj]ak\\s+)?(?:uvedl|uvedla|uvedlo|uvádí|informoval|informovala|informovalo|informuje|napsal|napsala|napsalo|píše|zjistil|zjistila|zjistilo|oznámil|oznámila|oznámilo|upozornil|upozornila|upozornilo|upozorňuje|připomněl|připomněla|připomnělo|připomíná)${EOW}\\s+${ABOUT_IT}?${SUBJECT_CUE}?{SRC}{END}`, example: "Jak uvedl server Ranní Kurýr, přístav zavřeli.", expect: "Ranní Kurýr" },
    { id: "cs.odvolani", frame: "citing", allowUnknown: false, pattern: `${BOW}(?:[Ss]\\s+odvoláním\\s+na)\\s+${CUE}?{SRC}{END}`, example: "Agentura to uvedla s odvoláním na Reuters.", expect: "Reuters" },
    // "řekla pro novinky.cz mluvčí": whom a speaker told, after the verb and "pro"; a person is told in the dative, so only a
    // name the registry knows or a site's address.
    { id: "cs.rekl_pro", frame: "told", allowUnknown: false, pattern: `${BOW}(?:řekl|řekla|řeklo|řekli|sdělil|sdělila|sdělilo|sdělili|uvedl|uvedla|uvedlo|uvedli|potvrdil|potvrdila|potvrdilo|dodal|dodala)\\s+pro\\s+{SRC}{END}`, example: "Případ prověřujeme, řekla pro Novinky.cz mluvčí policie.", expect: "Novinky.cz" },
    // "řekla Právu mluvčí": whom a speaker told, in the dative right after the verb, without "pro"; a person is told so too,
    // so only a name the registry knows (declined: "Právu" is Právo).
    { id: "cs.rekl_dativ", frame: "told", allowUnknown: false, pattern: `${BOW}(?:řekl|řekla|řeklo|řekli|sdělil|sdělila|sdělilo|sdělili)\\s+{SRC}{END}`, example: "Případ prověřujeme, řekla ČTK mluvčí policie.", expect: "ČTK" },
    { id: "cs.rozhovor", frame: "told", allowUnknown: true, pattern: `${BOW}(?:[Vv]\\s+rozhovoru\\s+(?:pro|s)|[Pp]ro)\\s+${CUE}{SRC}{END}`, example: "V rozhovoru pro deník Ranní Kurýr ministr vše popřel.", expect: "Ranní Kurýr" },
  ],
  // A person writes as well as says ("napsal Vrba na twitteru", "píše premiér"): an outlet that writes is left to the frames.
  speechVerbs: ["řekl", "řekla", "řekli", "uvedl", "uvedla", "uvedli", "dodal", "dodala", "dodali", "zdůraznil", "zdůraznila", "vysvětlil", "vysvětlila", "prohlásil", "prohlásila", "sdělil", "sdělila", "poznamenal", "poznamenala", "připustil", "připustila", "říká", "říkají", "napsal", "napsala", "napsali", "píše", "upozornil", "upozornila", "oznámil", "oznámila"],
  // Where the words were posted, between the verb and its inverted subject ("uvedl na Twitteru premiér"), and what they
  // were about ("uvedl k obsahu nahrávky premiér", on the recording's content): stepped over, never the speaker.
  mediumPhrases: [`(?:k\\s+(?:tomu|věci|obsahu\\s+\\p{Ll}+)\\s+)?${MEDIUM}(?:\\s+k\\s+(?:tomu|věci|obsahu\\s+\\p{Ll}+))?`, "k\\s+(?:tomu|věci|obsahu\\s+\\p{Ll}+)"],
  // The same phrase after the speaker ends the speaker's words ("uvedla policie na twitteru", "napsal Vrba na facebooku").
  channelPhrases: [MEDIUM, `(?:v|ve)\\s+(?:(?:svém|svůj|tiskovém|písemném)\\s+)?(?:prohlášení|rozhovoru|tweetu|příspěvku|zprávě|vyjádření)`],
  // Czech writes no article before a role it refers back with ("uvedl premiér na twitteru"): the person so introduced.
  bareRoleRefers: true,
  pronouns: { singular: ["on", "ona"], plural: ["oni", "ony"] },
  dropsSubject: true,
  complementisers: ["že"],
  anonymousHeads: ["zdroj", "zdroje", "zdrojů", "zdroje", "úředník", "úředníci", "expert", "experti", "odborník", "odborníci", "mluvčí", "svědek", "svědci", "obyvatelé", "představitel", "představitelé"],
  determiners: ["jeden", "jedna", "jedno", "několik", "dva", "dvě", "tři"],
  bodyAfterRole: true,
  roleNouns: ["trenér", "trenérka", "kapitán", "kapitánka", "předseda", "předsedkyně", "expert", "odborník", "analytik", "novinář", "ministr", "ministryně", "mluvčí", "ředitel", "ředitelka", "profesor", "profesorka", "poslanec", "poslankyně", "senátor", "starosta", "starostka", "primátor", "primátorka", "hejtman", "hejtmanka", "náměstek", "náměstkyně", "prezident", "premiér", "generál"],
  // Bodies Czech names without an article or a name ("uvedla policie na twitteru"): the body speaks, as "police said".
  bareBodies: ["policie", "hasiči", "záchranáři", "vyšetřovatelé", "žalobci", "úřady"],
  organisationCues: ["ministerstvo", "vláda", "policie", "armáda", "soud", "úřad", "univerzita", "institut", "komise", "rada", "agentura", "státní zastupitelství", "strana", "nemocnice", "banka"],
  outletCues: ["deník", "noviny", "listy", "kurýr", "server", "agentura", "rádio", "televize", "týdeník", "zprávy", "news", "hlas", "echo"],
  genericSources: ["média", "místní média", "zdroje", "odborníci", "servery", "novináři"],
  prepositions: ["v", "ve", "na", "z", "ze", "do", "od", "při", "o", "po", "pod", "nad", "za", "přes", "pro", "bez", "u", "k", "ke", "s", "se"],
  placeParticles: ["v"],
  fromParticles: ["z", "ze"],
  toldPrepositions: ["pro"],
  nameStopwords: ["v", "a", "ale", "jak", "to", "on", "ona", "oni", "však", "také", "rovněž", "po", "podle"],
  photoCredits: ["(?:Foto|Fotografie|Ilustrace|Zdroj\\s+foto)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["kniha", "knize", "film", "filmu", "článek", "článku", "zpráva", "zprávě", "názvem"],
  without: ["bez"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Zdroj)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
};
