/**
 * Estonian stance words (stems: a cue may take any case ending where the stem is the word's own). Estonian negates with
 * the particle "ei" (and "pole", "polnud": "ei ole", "ei olnud" in one word) before the verb. Its quotative mood passes
 * a report on as someone else's ("olevat rünnatud", reportedly attacked); "olevat" is also the partitive of the
 * participle "olev" (being: "seal olevat infot"), so it is a hedge only before a participle or a clause's end, or after
 * one; "mitte ainult" (not only) negates nothing. Estonian sets a subordinate clause off with commas, as Finnish does
 * ("Kuulujutt, et P, ei vasta tõele").
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const et: StanceWords = {
  ...NEGATION_WORDS.et,
  debunk: [
    { cue: "ei\\s+(?:vasta|vastanud|vastavat)\\s+(?:tõele|tegelikkusele)", example: "Politsei kinnitab, et teade sadama sulgemisest ei vasta tõele." },
    // "vale" (false, a lie) after the copula; before a noun it is as often "wrong" ("vale aadress").
    { cue: "(?:on|oli|olid|osutus|osutusid)\\s+(?:täiesti\\s+|täielik\\s+)?vale(?:d|ks)?", example: "Linnavalitsus kinnitab, et see info on täiesti vale." },
    { cue: "vale(?:info|uudis|teade|teate|teat|postitus|väide|väite)\\p{L}*", example: "Sotsiaalmeedias levib valeinfo sadama sulgemisest." },
    { cue: "libauudis\\p{L}*|liba(?:info|teade|teate|teat|konto|postitus)\\p{L}*|võltsuudis\\p{L}*|fake\\s+news", example: "Ministeerium nimetas teadet libauudiseks." },
    { cue: "võlts(?:itud|ing|itakse|iti)\\p{L}*", example: "Linnapea allkiri kirjal on võltsitud." },
    { cue: "väärinfo\\p{L}*|väärinformatsioon\\p{L}*|desinformatsioon\\p{L}*|desinfo\\p{L}*", example: "Amet hoiatas väärinfo eest." },
    { cue: "kuulujut(?:t|tu|ud|te|tude|tudest|tudele)", example: "Linnas levivad kuulujutud kooli sulgemisest." },
    { cue: "väljamõeldis\\p{L}*|välja\\s+mõeldud|väljamõeldud", example: "Linnapea tsitaat on välja mõeldud." },
    { cue: "eksitav\\p{L}*", example: "Artikli pealkiri on eksitav." },
    { cue: "satiir\\p{L}*|paroodia\\p{L}*", example: "Tekst ilmus satiirilisel portaalil.", satire: true },
    { cue: "nali|aprillinal\\p{L}*", example: "Auhind oli vaid nali.", satire: true },
    { cue: "eita(?:s|b|sid|vad|nud|da|des)", example: "Klubi eitas seda teadet.", denial: true },
    { cue: "(?:puuduvad|pole|ei\\s+ole)\\s+(?:mingeid\\s+|mingisuguseid\\s+)?tõend(?:id|eid)", example: "Pole mingeid tõendeid, et kohtumine toimus." },
  ],
  hedge: [
    { cue: "väidetavalt|kinnitamata", example: "Lennufirma tühistas väidetavalt kaheteistkümne lennuki tellimuse." },
    // The quotative "olevat" before a participle or a clause's end, or after a participle ("tühistanud olevat").
    { cue: "olevat(?=\\s+\\p{L}+(?:tud|dud|nud)(?![\\p{L}])|\\s*[,.;!?])|(?<=\\p{L}(?:nud|tud|dud)\\s+)olevat", example: "Lennufirma tühistanud olevat kaheteistkümne lennuki tellimuse." },
  ],
  alleged: [{ cue: "väidetav(?:a|at|ad|aid|ale|as|ast|ate)?", example: "Väidetava poisi röövimise juhtum Lõunaküla lähedal on lahendatud." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): a verb of claiming or a claim noun, then
  // the comma before "et".
  proposition: [
    { cue: "(?:väitis|väitsid|väidab|väidavad|kirjutas|kirjutasid|kirjutab|teatas|teatasid|teatab)\\s*,\\s*et", example: "Portaal väitis, et Harlow sild on jõkke varisenud." },
    { cue: "(?:kuulujut(?:t|tu|ud)|väide|väidet|väited|teade|teadet|teated|jutt|juttu)\\s*,\\s*(?:et|nagu)", example: "Sotsiaalmeedias levis kuulujutt, et Harlow sild on jõkke varisenud.", nominal: true },
  ],
  complementiser: "et",
  commaClosesClause: true,
  circulation: [{ cue: "levib|levis|levivad|levisid|ringleb|ringles|ringlevad", example: "Sotsiaalmeedias levib teade, et praam enam ei sõida." }],
  plain: ["Linnapea astus teisipäeval tagasi.", "Uuringu järgi aitab tee rahulikult magada."],
};
