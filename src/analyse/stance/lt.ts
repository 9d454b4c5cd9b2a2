/**
 * Lithuanian stance words (stems: a cue may take any case ending where the stem is the word's own). Lithuanian negates
 * a verb by its prefix "ne-" ("nereaguojame"); a bare "ne\p{L}+" would take "nelaimė", "nemokamas" and "neseniai" too,
 * so only the word "ne" and the negated forms of "to be", "to have" and "can" are negations here. "esą" and "neva" put
 * a report forward as someone else's ("Kaimynai teigia, esą …"); a clause of someone's claim is closed by a comma, as in
 * Russian ("Pranešimai, kad tiltas sugriuvo, nepasitvirtino").
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const lt: StanceWords = {
  ...NEGATION_WORDS.lt,
  debunk: [
    { cue: "melaging\\p{L}*", example: "Ministras sako, kad tai melaginga informacija." },
    { cue: "melagien\\p{L}*|fake\\s+news|feik\\p{L}*", example: "Žinia apie uždarytą uostą yra melagiena." },
    { cue: "melas|melą|melu", example: "Visa istorija apie tiltą yra melas." },
    { cue: "netiesa|netiesos|netiesą|(?:nėra|nebuvo)\\s+tiesa|neatitinka\\s+tikrovės", example: "Savivaldybė teigia, kad tai netiesa." },
    { cue: "dezinformacij\\p{L}*", example: "Ministerija įrašą pavadino dezinformacija." },
    // "gandas" (a rumour), not "gandras" (a stork).
    { cue: "gand(?:as|ai|o|ą|ų|us|ams|uose)", example: "Po miestą sklinda gandas apie uždaromą mokyklą." },
    { cue: "prasiman\\p{L}*|išsigalvo\\p{L}*|suklastot\\p{L}*|klastot\\p{L}*", example: "Mero citata yra išsigalvota." },
    { cue: "klaidin(?:a|ant\\p{L}*|ama|ami|ga|gas|gą|gos|gai|gi|gų)", example: "Straipsnio antraštė yra klaidinanti." },
    { cue: "satyr\\p{L}*|parodij\\p{L}*", example: "Tekstas paskelbtas satyriniame portale.", satire: true },
    { cue: "pokšt\\p{L}*", example: "Apdovanojimas buvo tik pokštas.", satire: true },
    { cue: "paneig\\p{L}*|neig(?:ia|ė|ti|dam\\p{L}*)", example: "Klubas šią žinią paneigė.", denial: true },
    { cue: "(?:nėra|nebuvo|neturime|neturi)\\s+(?:jokių\\s+)?įrodym\\p{L}*", example: "Nėra jokių įrodymų, kad susitikimas įvyko." },
  ],
  hedge: [
    { cue: "neva|esą|tariamai|nepatvirtint\\p{L}*", example: "Aviakompanija esą atšaukė dvylikos lėktuvų užsakymą." },
  ],
  alleged: [{ cue: "tariam(?:as|a|o|os|ą|ų|ame|oje|ajam|ai)", example: "Tariamo berniuko pagrobimo Lipovoje byla išaiškinta." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): a verb of claiming or a claim noun,
  // then the comma before "kad", "jog" or "esą".
  proposition: [
    { cue: "(?:teigia|teigė|tvirtina|tvirtino|skelbia|skelbė|skelbiant|rašo|rašė|praneša|pranešė)\\s*,\\s*(?:kad|jog|esą)", example: "Portalas tvirtino, kad Harlow tiltas įgriuvo į upę." },
    { cue: "(?:gand(?:as|ai|ą|us)|pranešim(?:as|ai|ą|us)|žini(?:a|ą|os)|informacij(?:a|ą))\\s*,\\s*(?:kad|jog|esą)", example: "Socialiniuose tinkluose plito gandas, kad Harlow tiltas įgriuvo į upę.", nominal: true },
  ],
  complementiser: "kad|jog|esą",
  commaClosesClause: true,
  circulation: [{ cue: "sklinda|sklido|sklando|sklandė", example: "Socialiniuose tinkluose sklinda žinia, kad keltas nebeplauks." }],
  plain: ["Meras antradienį atsistatydino.", "Pasak tyrimo, arbata padeda ramiai miegoti."],
};
