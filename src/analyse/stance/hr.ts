/**
 * Croatian, Serbian and Bosnian stance words (one standard's words read for all three: core/languages.ts SAME_FRAMES),
 * in Latin letters and in Serbian Cyrillic, ijekavian and ekavian forms alike (stems: a cue may take any case ending).
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const hr: StanceWords = {
  ...NEGATION_WORDS.hr,
  debunk: [
    { cue: "lažn\\p{L}*|лажн\\p{L}*|laž|laži|лаж|лажи", example: "Vijest o zatvaranju luke je lažna." },
    { cue: "neistin\\p{L}*|неистин\\p{L}*|netočn\\p{L}*|netačn\\p{L}*|нетачн\\p{L}*|(?:nije|није)\\s+(?:istina|točno|tačno|истина|тачно)", example: "Gradonačelnik je rekao da to nije istina." },
    { cue: "hoax\\p{L}*|fake|fejk\\p{L}*|фејк\\p{L}*|podval\\p{L}*|подвал\\p{L}*", example: "Priča o mostu bila je obična podvala." },
    { cue: "dezinformacij\\p{L}*|дезинформациј\\p{L}*", example: "Ministarstvo je objavu nazvalo dezinformacijom." },
    { cue: "glasin\\p{L}*|гласин\\p{L}*", example: "Glasine o zatvaranju škole nisu se potvrdile." },
    { cue: "izmišljen\\p{L}*|измишљен\\p{L}*|izmislio|izmislila|izmislili|измислио|измислила|измислили", example: "Citat gradonačelnika je izmišljen." },
    { cue: "satir\\p{L}*|сатир\\p{L}*|parodij\\p{L}*|пародиј\\p{L}*", example: "Tekst dolazi sa satiričnog portala.", satire: true },
    { cue: "šal(?:a|e|i|u|om)|шал(?:а|е|и|у|ом)|for(?:a|e|i|u|om)|фор(?:а|е|и|у|ом)", example: "Nagrada je bila samo šala.", satire: true },
    { cue: "demantira\\p{L}*|demantova\\p{L}*|демантова\\p{L}*|демантира\\p{L}*|demanti\\p{L}*|деманти\\p{L}*|opovrg\\p{L}*|оповрг\\p{L}*|zanijeka\\p{L}*|negira\\p{L}*|негира\\p{L}*", example: "Klub je demantirao vijest.", denial: true },
    { cue: "(?:nema|нема)\\s+(?:nikakvih\\s+|никаквих\\s+)?(?:dokaza|доказа)|bez\\s+dokaza|без\\s+доказа", example: "Nema dokaza da je sastanak održan." },
    { cue: "(?:ne|не)\\s+(?:postoji|postoje|postojao|postojala|постоји|постоје|постојао|постојала)", example: "Taj institut uopće ne postoji." },
    // Fell for it ("nasjeli su na šalu"): with its preposition, not "naseli" (to settle).
    { cue: "nasj?e(?:o|la|lo|li|le|sti)\\s+(?:(?:su|je|smo|ste|sam)\\s+)?na|насе(?:о|ла|ло|ли|ле|сти)\\s+(?:(?:су|је|смо|сте|сам)\\s+)?на", example: "Dva portala nasjela su na izmišljenu priču." },
    { cue: "zavaravajuć\\p{L}*|обмањујућ\\p{L}*|obmanjujuć\\p{L}*", example: "Naslov članka je zavaravajući." },
  ],
  hedge: [{ cue: "navodno|наводно|nepotvrđen\\p{L}*|непотврђен\\p{L}*", example: "Zrakoplovna tvrtka navodno je otkazala narudžbu dvanaest zrakoplova." }],
  alleged: [{ cue: "navodn(?:i|a|e|og|oj|om|ih|im)|наводн(?:и|а|е|ог|ој|ом|их|им)", example: "Slučaj navodne otmice dječaka u Lipovcu je riješen." }],
  possibility: [{ cue: "možda|можда|vjerojatno|verovatno|вероватно|mogao\\s+bi|mogla\\s+bi|mogli\\s+bi|могао\\s+би|могла\\s+би", example: "Kava s ekstraktom čička možda ublažava migrenu." }],
  condition: [{ cue: "ako|ukoliko|kad\\s+bi|ако|уколико", example: "Ako se studija potvrdi, kava možda ublažava migrenu." }],
  nonexistence: [{ cue: "(?:nikad(?:a)?\\s+)?(?:nije|ni)\\s+postoja(?:o|la|lo)|никад(?:а)?\\s+није\\s+постоја(?:о|ла|ло)", example: "Dječak po imenu Pim nikada nije postojao u školi Brijest." }],
  circulation: [{ cue: "kruž(?:i|e|io|ila|ilo|ile)|круж(?:и|е|ио|ила|ило|иле)|širi\\s+se|шири\\s+се", example: "Internetom kruži poruka da trajekt više neće voziti." }],
  plain: ["Gradonačelnik je u utorak podnio ostavku.", "Prema studiji, čaj pomaže boljem snu."],
};
