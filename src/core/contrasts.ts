/**
 * Every language's contrast words ("but", "aber", "mais"), by ISO 639-1 code: one list that alignment (a quotation cut
 * before the speaker's turn: align/quoteWording.ts) and stance (a debunk word conceded, then answered: analyse/stance.ts)
 * both read, so the align stage depends on no later one for them.
 */
import { cueTest, type WordCue } from "./cues.ts";
import { dataLanguage } from "./languages.ts";
import { negationWordsOf } from "./negations.ts";

/**
 * Words that turn a sentence against what it has said so far ("but", "however", "aber"): a quotation printed up to one
 * and stopped there ("I would love to call it a cure," for "… a cure, but it isn't") keeps the half the speaker took
 * back. A language missing here has none. Each example is a quotation with the word after a comma (align tests cut it there).
 */
export const CONTRAST_WORDS = {
  da: [{ cue: "men|dog|selvom", example: "\"Jeg ville gerne kalde det en succes, men det er det ikke,\" sagde borgmesteren." }],
  de: [{ cue: "aber|doch|jedoch|sondern|allerdings|obwohl", example: "„Ich würde es gern einen Erfolg nennen, aber das ist es nicht“, sagte der Bürgermeister." }],
  en: [{ cue: "but|however|yet|though|although|except", example: "\"I would call it a win, but it is not one,\" the coach said." }],
  es: [{ cue: "pero|sino|aunque|sin\\s+embargo", example: "\"Me gustaría decir que es un éxito, pero no lo es\", dijo el alcalde." }],
  fr: [{ cue: "mais|cependant|pourtant|toutefois|bien\\s+que|sauf", example: "« J'aimerais dire que c'est un succès, mais ce n'en est pas un », a dit le maire." }],
  id: [{ cue: "tetapi|tapi|namun|meskipun|walaupun", example: "\"Saya ingin menyebutnya keberhasilan, tetapi bukan,\" kata wali kota." }],
  it: [{ cue: "ma|però|tuttavia|eppure|anche\\s+se|sebbene", example: "\"Vorrei dire che è un successo, ma non lo è\", ha detto il sindaco." }],
  nl: [{ cue: "maar|echter|toch|hoewel", example: "\"Ik zou het graag een succes noemen, maar dat is het niet,\" zei de burgemeester." }],
  no: [{ cue: "men|likevel|selv\\s+om", example: "\"Jeg vil gjerne kalle det en suksess, men det er det ikke,\" sa ordføreren." }],
  pt: [{ cue: "mas|porém|contudo|embora|no\\s+entanto|entretanto", example: "\"Eu adoraria dizer que é um sucesso, mas não é\", disse o prefeito." }],
  sv: [{ cue: "men|dock|fast|även\\s+om", example: "\"Jag skulle gärna kalla det en framgång, men det är det inte\", sa borgmästaren." }],
} as const satisfies Readonly<Record<string, readonly WordCue[]>>;

const tests = new Map<string, RegExp>();

/**
 * A language's contrast words (by the code its data is kept under: "pt-BR" by "pt") as one test, not global, whole
 * words where the language separates them; one that matches nothing where the language has none.
 */
export function contrastTest(language: string): RegExp {
  const code = dataLanguage(language);
  let re = tests.get(code);
  if (!re) {
    const cues: readonly WordCue[] = (CONTRAST_WORDS as Readonly<Record<string, readonly WordCue[]>>)[code] ?? [];
    re = cueTest(cues, negationWordsOf(code)?.wordBoundaries ?? true);
    tests.set(code, re);
  }
  return re;
}
