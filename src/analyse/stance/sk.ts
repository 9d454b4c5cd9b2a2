/**
 * Slovak stance words (stems: a cue may take any case ending). As Czech (cs.ts), Slovak negates a verb by its prefix
 * "ne-" ("nezatvorí"); a bare "ne\p{L}+" would take "nedeľa", "nemocnica" and "nebezpečný" too, so only the common
 * negated forms of "to be", "to have" and the modal verbs are negations here.
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const sk: StanceWords = {
  ...NEGATION_WORDS.sk,
  debunk: [
    { cue: "hoax\\p{L}*", example: "Správa o zatvorení prístavu je hoax." },
    // "Poplašná správa" (a false alarm spread as news) is also the name of the offence of spreading one.
    { cue: "poplašn\\p{L}*\\s+správ\\p{L}*", example: "Hasiči varujú pred poplašnou správou o zatvorení mosta." },
    { cue: "nezmysel|nezmysl\\p{L}*", example: "Hovorca radnice označil celú vec za nezmysel." },
    { cue: "falošn\\p{L}*|fejk\\p{L}*|fake", example: "Fotografia zaplaveného štadióna je falošná." },
    { cue: "nepravd\\p{L}*|(?:nie\\s+je|nebola|nebolo|nebol)\\s+pravda|nezakladá\\s+sa\\s+na\\s+pravde", example: "Informácia o zatvorení prístavu je nepravdivá." },
    { cue: "lož|lži|lží|lžou|lživ\\p{L}*|klamstv\\p{L}*", example: "Celý príbeh o moste je lož." },
    { cue: "dezinformáci\\p{L}*|dezinformačn\\p{L}*", example: "Ministerstvo označilo príspevok za dezinformáciu." },
    { cue: "fáma|fámy|fámu|fámou|fám|fámami", example: "Po meste sa šíri fáma o zatvorení školy." },
    { cue: "vymyslen\\p{L}*|výmysl\\p{L}*|vymyslel\\p{L}*|podvrh\\p{L}*", example: "Citát starostu je vymyslený." },
    { cue: "zavádzajúc\\p{L}*", example: "Titulok článku je zavádzajúci." },
    { cue: "satir\\p{L}*|paródi\\p{L}*", example: "Text pochádza zo satirického webu.", satire: true },
    { cue: "žart\\p{L}*|apríl\\p{L}*", example: "Ocenenie bolo len žartom.", satire: true },
    { cue: "poprel\\p{L}*|popiera\\p{L}*|poprieť|dementoval\\p{L}*|dementi|dementuj\\p{L}*", example: "Klub správu poprel.", denial: true },
    { cue: "vyvrátil\\p{L}*|vyvracia|vyvracajú|vyvrátiť", example: "Odborníci príspevok vyvrátili." },
    { cue: "(?:žiadne|žiadny|nie\\s+sú|neexistujú)\\s+dôkaz\\p{L}*|bez\\s+dôkazov", example: "Pre stretnutie neexistujú žiadne dôkazy." },
    { cue: "neexistuje|neexistoval\\p{L}*", example: "Ten ústav vôbec neexistuje." },
    { cue: "naletel\\p{L}*|naletieť", example: "Dva denníky na príbeh naleteli." },
    { cue: "mestsk\\p{L}*\\s+legend\\p{L}*", example: "Príbeh o polnočnom klube je asi len mestská legenda." },
  ],
  hedge: [{ cue: "údajne|vraj|nepotvrden\\p{L}*", example: "Letecká spoločnosť vraj zrušila objednávku dvanástich lietadiel." }],
  alleged: [{ cue: "údajn(?:ý|á|é|ého|om|ou|í|ých|ým)|domnel\\p{L}*", example: "Prípad údajného únosu chlapca v Lipovej je vyriešený." }],
  possibility: [
    { cue: "môže|môžu|mohol|mohla|mohlo|mohli|možno|pravdepodobne|zrejme", example: "Káva s výťažkom z lopúcha môže zmierniť migrénu." },
    { cue: "predbežn\\p{L}*|u\\s+myší|na\\s+myšiach", example: "Tabletka zvrátila starnutie u myší." },
  ],
  condition: [{ cue: "ak|keby|pokiaľ|či", example: "Ak sa štúdia potvrdí, káva môže zmierniť migrénu." }],
  nonexistence: [{ cue: "(?:nikdy\\s+)?neexistoval\\p{L}*|nikdy\\s+sa\\s+nestal\\p{L}*", example: "Chlapec menom Pim v škole Pri Breste nikdy neexistoval." }],
  fabrication: [{ cue: "šíren\\p{L}*\\s+(?:poplašn\\p{L}*\\s+správ\\p{L}*|hoax\\p{L}*|lží|lži|dezinformáci\\p{L}*|fám\\p{L}*)", example: "Muž je obvinený zo šírenia poplašnej správy o požiari školy." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): after a relative "according to which",
  // a verb of claiming or a claim noun and the comma before "že".
  proposition: [
    { cue: "podľa\\s+(?:ktorej|ktorého|ktorých|ktorú|ktorom|nej|neho)", example: "Polícia preveruje nahrávku, podľa ktorej sa most v Harlowe zrútil do rieky." },
    { cue: "(?:tvrd(?:í|il|ila|ili)|uvádz(?:a|al|ala|ali)|napísal(?:a|i)?|píše|písal(?:a|i)?)\\s*,\\s*že", example: "Server Lipno tvrdil, že sa most v Harlowe zrútil do rieky." },
    // The noun's clause also after "o tom" (about it): "správy o tom, že P" is as common as "správy, že P".
    { cue: "(?:správ(?:a|y|u)|fám(?:a|y|u)|tvrdeni(?:e|a)|informáci(?:a|e|u))(?:\\s+o\\s+tom)?\\s*,\\s*že", example: "Šírila sa správa, že sa most v Harlowe zrútil do rieky.", nominal: true },
  ],
  complementiser: "že",
  commaClosesClause: true,
  circulation: [{ cue: "koluj\\p{L}*|šíri\\s+sa|šíria\\s+sa", example: "Po internete koluje správa, že trajekt prestane premávať." }],
  plain: ["Starosta v utorok odstúpil z funkcie.", "Podľa štúdie čaj pomáha k pokojnému spánku."],
};
