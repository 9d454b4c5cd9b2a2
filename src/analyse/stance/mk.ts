/**
 * Macedonian stance words (stems: a cue may take any ending where the stem is the word's own). Macedonian writes the
 * definite article onto the word ("вест" news, "веста" the news; "лажната вест"), negates with "не" before the verb and
 * "нема" (there is no), passes a report on with "наводно" (allegedly) and "се тврди" (it is claimed). "не само" (not
 * only) negates nothing. Not "неточно" alone, which also says a measure is imprecise: only after the copula. Not
 * "измислен" alone, an inventor's word as often: only after the copula, and "измислица" (a fabrication).
 */
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const mk: StanceWords = {
  ...NEGATION_WORDS.mk,
  debunk: [
    { cue: "не\\s+(?:е|се|беше|беа|била|бил|биле)\\s+(?:вистина|вистинит\\p{L}*|точн\\p{L}*|точен)", example: "Полицијата соопшти дека веста за затворањето на пристаништето не е вистина." },
    { cue: "невистин\\p{L}*", example: "Општината соопшти дека информацијата е невистинита." },
    { cue: "(?:е|се|беше|беа|била|бил|биле)\\s+(?:целосно\\s+|сосема\\s+)?(?:неточн\\p{L}*|неточен)", example: "Министерството тврди дека написот е целосно неточен." },
    { cue: "лажн(?:а|и|о|ата|иот|ите|ото)|лажен", example: "На социјалните мрежи кружи лажна вест за затворањето на пристаништето." },
    { cue: "фалсификува\\p{L}*|фалсификат\\p{L}*|фалсификув\\p{L}*|фејк\\p{L}*|fake\\s+news", example: "Потписот на градоначалникот на писмото е фалсификуван." },
    { cue: "дезинформаци\\p{L}*", example: "Агенцијата предупреди на дезинформации." },
    { cue: "гласин(?:а|ата|и|ите)", example: "Во градот кружат гласини за затворање на училиштето." },
    { cue: "измислиц\\p{L}*|(?:е|беше|била|бил|биле|се)\\s+(?:целосно\\s+)?измислен(?:а|о|и)?", example: "Цитатот на градоначалникот е измислица." },
    { cue: "сатир\\p{L}*|пароди\\p{L}*", example: "Текстот беше објавен на сатиричен портал.", satire: true },
    { cue: "шега|првоаприлск\\p{L}*", example: "Наградата беше само шега.", satire: true },
    { cue: "демантира\\p{L}*|демантија\\p{L}*|негира\\p{L}*", example: "Клубот ја демантираше оваа вест.", denial: true },
    { cue: "нема\\s+(?:никакви\\s+)?доказ\\p{L}*", example: "Нема никакви докази дека средбата се одржала." },
  ],
  hedge: [
    { cue: "наводно|непотврден\\p{L}*|се\\s+тврди", example: "Авиокомпанијата наводно ја откажала нарачката на дванаесет авиони." },
  ],
  // The adjective "alleged" in its forms; "наводно" alone is the adverb of hearsay (`hedge`).
  alleged: [{ cue: "наводн(?:иот|ата|ото|ите|ен|а|и)", example: "Наводното киднапирање на момче кај Јужно Село е разрешено." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts): a verb of claiming or a claim noun
  // before "дека" (that).
  proposition: [
    { cue: "(?:тврдеше|тврдеа|тврди|тврдат|објави|објавија|напиша|напишаа|пишува|пишуваат|се\\s+тврди|се\\s+наведува)\\s*,?\\s*дека", example: "Порталот тврдеше дека мостот во Харлоу се урнал во реката." },
    { cue: "(?:веста|вест|тврдењето|тврдење|гласината|гласините|гласина|информацијата|информација)\\s*,?\\s*дека", example: "На социјалните мрежи се рашири гласината дека мостот во Харлоу се урнал во реката.", nominal: true },
  ],
  complementiser: "дека",
  circulation: [{ cue: "кружи|кружат|кружеше|се\\s+шири|се\\s+шират|се\\s+рашири", example: "На социјалните мрежи кружи порака дека траектот повеќе нема да плови." }],
  plain: ["Градоначалникот поднесе оставка во вторник.", "Според една студија, чајот помага за мирен сон.", "Инструментот мери неточно на ниски температури.", "Лажицата падна на подот."],
};
