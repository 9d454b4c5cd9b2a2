/**
 * Albanian stance words (stems: a cue may take any ending where the stem is the word's own). Albanian puts a linking
 * article before an adjective ("lajm i rremë", "ky lajm është i pavërtetë"), negates with "nuk" and "mos", and passes a
 * report on with "gjoja" (supposedly) or the impersonal "pretendohet se" (it is claimed that). Not "rremat" (oars):
 * "rremë" only after its linking article. Not "mashtrim" (fraud), a crime's name as often as a story's verdict.
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const sq: StanceWords = {
  ...NEGATION_WORDS.sq,
  debunk: [
    { cue: "pavërtet\\p{L}*", example: "Bashkia sqaron se njoftimi për urën është i pavërtetë." },
    { cue: "nuk\\s+(?:është|janë|ishte|ishin|qëndron|qëndrojnë)\\s+(?:(?:e|i|të)\\s+)?(?:vërtet(?:ë|a)?|e\\s+saktë|i\\s+saktë)", example: "Bashkia thotë se lajmi nuk është i vërtetë." },
    { cue: "(?:i|e|të)\\s+rrem(?:ë|e|a)", example: "Në rrjetet sociale qarkullon një lajm i rremë për mbylljen e portit." },
    { cue: "fals(?:e|ë)?|falsifik\\p{L}*|fake\\s+news", example: "Ministria thotë se letrat janë false." },
    { cue: "dezinformat\\p{L}*|dezinformim\\p{L}*|keqinformim\\p{L}*|çorientues\\p{L}*", example: "Titulli i artikullit është çorientues." },
    { cue: "thashetheme?\\p{L}*", example: "Në qytet qarkullojnë thashetheme për mbylljen e shkollës." },
    { cue: "trilluar\\p{L}*|trillim\\p{L}*|sajuar\\p{L}*|sajes\\p{L}*", example: "Citati i kryetarit është i trilluar." },
    { cue: "satir\\p{L}*|parodi\\p{L}*", example: "Teksti u botua në një portal satirik.", satire: true },
    { cue: "shaka", example: "Çmimi ishte vetëm një shaka.", satire: true },
    { cue: "moho(?:i|n|jnë|nte|në)|mohuan|mohuar|përgënjeshtr\\p{L}*|demant(?:oi|on|ojnë|uar)", example: "Klubi e mohoi këtë lajm.", denial: true },
    { cue: "nuk\\s+ka\\s+(?:asnjë\\s+)?(?:provë|prova|dëshmi)", example: "Nuk ka asnjë provë se takimi ndodhi." },
  ],
  hedge: [
    { cue: "gjoja|pretendohet|pretendohej|pakonfirmuar\\p{L}*", example: "Kompania ajrore gjoja anuloi porosinë e dymbëdhjetë avionëve." },
  ],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): a verb of claiming or a claim noun
  // before "se" (that). Albanian sets no comma before "se"; not "që", after a noun as often the relative "which" ("një
  // lajm që qarkullon", a report which circulates).
  proposition: [
    { cue: "(?:pretendohet|pretendohej|pretendon|pretendojnë|pretendoi|shkruan|shkruante|shkroi|raporton|raportoi|thuhet|thuhej)\\s*,?\\s*se", example: "Portali pretendoi se ura në Harlow ishte shembur në lumë." },
    { cue: "(?:lajm(?:i)?|pretendim(?:i)?|thashethem(?:i|et)?|informacion(?:i)?)\\s*,?\\s*se", example: "Në rrjetet sociale u përhap lajmi se ura në Harlow ishte shembur në lumë.", nominal: true },
  ],
  complementiser: "se",
  // A clause of what is claimed inside a sentence is closed by a comma ("… për të cilin thuhet se P, ju sqarojmë …").
  commaClosesClause: true,
  circulation: [{ cue: "qarkullon|qarkullojnë|qarkulloi|qarkullonte|po\\s+shpërndahet|shpërndahet", example: "Në rrjetet sociale qarkullon një mesazh se trageti nuk do të lundrojë më." }],
  plain: ["Kryetari dha dorëheqjen të martën.", "Sipas një studimi, çaji ndihmon për të fjetur qetë."],
};
