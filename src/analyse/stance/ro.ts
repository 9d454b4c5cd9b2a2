/** Romanian stance words (adjectives and participles take their gender and number endings: "fals", "falsă", "false"). */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const ro: StanceWords = {
  ...NEGATION_WORDS.ro,
  debunk: [
    { cue: "fals(?:ă|e|i|uri)?", example: "Informația despre pod este falsă." },
    { cue: "știr(?:e|i|ea|ile) fals(?:ă|e)|fake(?: news)?", example: "Postarea despre pod este o știre falsă." },
    { cue: "nu (?:este|e) adevărat(?:ă)?|neadevărat(?:ă|e|i)?", example: "Nu este adevărat că podul se închide." },
    { cue: "(?:dezminte|dezmint|a dezmințit|au dezmințit|dezmințit(?:ă|e|i)?|dezmințire(?:a)?)", example: "Primăria a dezmințit informația.", denial: true },
    { cue: "(?:a|au) negat|neagă", example: "Clubul a negat că ar fi primit o ofertă." },
    { cue: "inventat(?:ă|e|i)?|fabricat(?:ă|e|i)?", example: "Citatul a fost inventat." },
    { cue: "zvon(?:ul|uri|urile)?", example: "Zvonul despre club nu se confirmă." },
    { cue: "satir(?:ă|ic|ică|ice|ici)|parodi(?:e|a)", example: "Textul vine de pe un site satiric.", satire: true },
    { cue: "dezinformar(?:e|ea)|manipular(?:e|ea)", example: "Experții au numit postarea dezinformare." },
    { cue: "înșelător(?:e)?|înșelătoare", example: "Titlul este înșelător." },
    { cue: "nicio dovadă|nu există (?:nicio )?dovez(?:i|ile)", example: "Nu există dovezi pentru întâlnire." },
  ],
  possibility: [
    { cue: "poate|pot|ar\\s+putea|posibil|probabil|pare|par|sugerează(?=\\s+că(?![\\p{L}]))", example: "Cafeaua cu extract de brusture poate ameliora migrena." },
    { cue: "preliminar\\p{L}*|primele\\s+rezultate|la\\s+șoareci|la\\s+şoareci|pe\\s+șoareci", example: "Pastila a inversat îmbătrânirea la șoareci." },
  ],
  condition: [{ cue: "dacă|daca|cu\\s+condiția\\s+ca", example: "Dacă studiul se confirmă, cafeaua poate ameliora migrena." }],
  nonexistence: [{ cue: "n(?:u\\s+a|-a)\\s+existat(?:\\s+niciodată)?|nu\\s+s-a\\s+întâmplat\\s+niciodată", example: "Un băiat pe nume Pim nu a existat niciodată la școala Ulmilor." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts).
  proposition: [
    // The noun may carry its verdict ("informația falsă potrivit căreia P", "zvonul fals potrivit căruia P"): the clause is still what it claims.
    { cue: "(?:zvon(?:ul|uri|urile)?|știr(?:ea|ile|e|i)|informați(?:a|ile|e|i)|afirmați(?:a|ile|e|i)|acuzați(?:a|ile|e|i))(?:\\s+(?:fals(?:ă|e|i)?|mincinoas(?:ă|e)|mincinos|neadevărat(?:ă|e)?))?\\s+(?:(?:potrivit|conform)\\s+căr(?:eia|uia|ora)|că)", example: "Zvonul că podul din Harlow s-a prăbușit s-a răspândit repede.", nominal: true },
    { cue: "(?:a|au)\\s+(?:scris|afirmat|susținut|pretins|postat|relatat)(?:\\s+[\\p{L}\\p{N}-]+){0,3}?\\s+că|(?:pretinde|pretind|susține|susțin)\\s+că", example: "Ziarul local a scris că podul din Harlow s-a prăbușit." },
    { cue: "se\\s+(?:zvonea|zvonește|credea|spunea)\\s+că", example: "Se zvonea că podul din Harlow fusese vândut unei bănci.", belief: true },
  ],
  admission: [{ cue: "(?:a|au)\\s+(?:recunoscut|admis)|recunoaște|recunosc", example: "Bărbatul care a scris că podul din Harlow s-a prăbușit a recunoscut că a mințit." }],
  complementiser: "că",
  verdictLink: "este|e|era|sunt|erau|a\\s+fost|au\\s+fost|s-a\\s+dovedit(?:\\s+a\\s+fi)?|s-au\\s+dovedit(?:\\s+a\\s+fi)?",
  plain: ["Primarul a demisionat marți.", "Ceaiul ajută la somn, potrivit unui studiu."],
};
