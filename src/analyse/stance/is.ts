/**
 * Icelandic stance words (stems: a cue may take any case ending where the stem is the word's own). Icelandic negates
 * with "ekki" after the finite verb ("er ekki rétt", is not right) and "aldrei" (never); "ekki aðeins" (not only)
 * negates nothing. "neita" is both "deny" and "refuse": before "að" and a verb it refuses ("neitaði að svara"), so only
 * a denial without it. "rangt" (wrong) describes a wrong address as often as a false story: only after the copula.
 * Hearsay is told with "sagður hafa" (said to have) and the particle "ku"; "meintur" is "alleged".
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const is: StanceWords = {
  ...NEGATION_WORDS.is,
  debunk: [
    { cue: "(?:er|var|eru|voru|sé|séu|væri|væru|reyndist|reyndust)\\s+ekki\\s+(?:rétt|réttar|réttur|sönn|satt|sannur|sannleikanum\\s+samkvæmt)", example: "Lögreglan segir að fréttin um lokun hafnarinnar sé ekki rétt." },
    { cue: "(?:á|eiga|eigi|átti|áttu|ætti)\\s+ekki\\s+við\\s+rök\\s+að\\s+styðjast", example: "Bæjarstjórinn segir að fréttin eigi ekki við rök að styðjast." },
    { cue: "ósatt|ósönn\\p{L}*|ósann(?:ur|an|ri|rar|ar|ir|a|i|s|um)", example: "Ráðuneytið segir fréttina ósanna." },
    // "rangt" (wrong) after the copula; before a noun it is as often a wrong address or a wrong number.
    { cue: "(?:er|var|eru|voru|sé|séu|væri|væru|reyndist|reyndust)\\s+(?:alfarið\\s+|algjörlega\\s+|einfaldlega\\s+)?(?:rangt|röng|rangar|rangur)", example: "Bæjarstjórinn segir að þessi frétt sé algjörlega röng." },
    { cue: "falsfrétt\\p{L}*|gabbfrétt\\p{L}*|falsupplýsing\\p{L}*|rangupplýsing\\p{L}*|upplýsingaóreið\\p{L}*|fake\\s+news", example: "Á samfélagsmiðlum dreifist falsfrétt um lokun hafnarinnar." },
    { cue: "falsað\\p{L}*|fölsuð\\p{L}*|fölsun\\p{L}*", example: "Undirskrift bæjarstjórans á bréfinu er fölsuð." },
    { cue: "uppspun\\p{L}*|tilbúning\\p{L}*", example: "Tilvitnunin í bæjarstjórann er uppspuni." },
    { cue: "orðróm(?:ur|urinn|i|inn|inum|s|sins)?|sögusagn\\p{L}*|sögusögn\\p{L}*", example: "Í bænum gengur orðrómur um lokun skólans." },
    { cue: "villandi", example: "Fyrirsögn greinarinnar er villandi." },
    { cue: "háðsádeil\\p{L}*|skopstæling\\p{L}*|grínfrétt\\p{L}*", example: "Textinn birtist á háðsádeiluvef.", satire: true },
    { cue: "aprílgabb\\p{L}*|bara\\s+grín", example: "Verðlaunin voru bara grín.", satire: true },
    // "neitaði að svara" (refused to answer) is no denial: not before "að".
    { cue: "neit(?:ar|aði|uðu|a)(?!\\s+að(?![\\p{L}]))", example: "Félagið neitaði þessari frétt.", denial: true },
    { cue: "vís(?:ar|aði|uðu|a)\\s+(?:\\p{L}+\\s+){0,3}?á\\s+bug", example: "Félagið vísaði fréttinni á bug.", denial: true },
    { cue: "(?:engar|engin)\\s+(?:sannanir|sönnun|sönnunargögn)", example: "Engar sannanir eru fyrir því að fundurinn hafi farið fram." },
  ],
  hedge: [
    { cue: "óstaðfest\\p{L}*", example: "Flugfélagið hefur samkvæmt óstaðfestum fréttum hætt við pöntun tólf flugvéla." },
    { cue: "(?:er|var|eru|voru)\\s+(?:sagður|sögð|sagt|sagðir|sagðar)\\s+hafa|ku(?=\\s+(?:hafa|vera|ætla)(?![\\p{L}]))", example: "Flugfélagið er sagt hafa hætt við pöntun tólf flugvéla." },
  ],
  alleged: [{ cue: "meint(?:ur|a|an|um|s|ri|rar|ir|ar|u|i|ra)?", example: "Meint mannrán drengs nálægt Suðurvík hefur verið upplýst." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): a verb of claiming or a claim noun
  // before "að" (that).
  proposition: [
    { cue: "(?:fullyrti|fullyrtu|fullyrðir|fullyrða|(?:hélt|héldu|heldur|halda)\\s+því\\s+fram|skrifaði|skrifuðu|greindi\\s+frá\\s+því)\\s*,?\\s*að", example: "Vefurinn hélt því fram að brúin í Harlow hefði hrunið í ána." },
    { cue: "(?:orðrómur(?:inn)?|orðróm(?:inn)?|fullyrðing(?:in)?|fullyrðingu(?:na)?|frétt(?:in)?|fréttina|sögusögn(?:in)?)\\s*,?\\s*um\\s+að", example: "Á samfélagsmiðlum dreifðist orðrómur um að brúin í Harlow hefði hrunið í ána.", nominal: true },
  ],
  complementiser: "að",
  circulation: [{ cue: "dreifist|dreifðist|(?:er|var)\\s+í\\s+dreifingu|(?:er|var)\\s+dreift", example: "Á samfélagsmiðlum dreifist skilaboð um að ferjan sigli ekki lengur." }],
  plain: ["Bæjarstjórinn sagði af sér á þriðjudag.", "Samkvæmt rannsókn hjálpar te fólki að sofa rólega.", "Pósturinn kom pakkanum á rangt heimilisfang.", "Hún neitaði að svara spurningum blaðamanna."],
};
