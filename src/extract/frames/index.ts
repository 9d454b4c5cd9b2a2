/** The reading data per language, and a small detector for articles that do not say their language. */
import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { fr } from "./fr.ts";
import { ru } from "./ru.ts";
import type { LanguageFrames } from "./types.ts";

/** Every language the reading stage has frames for. */
export const LANGUAGES: readonly LanguageFrames[] = [en, fr, ar, ru];

/** The frames for a language code ("en", "fr-FR", "ar"); English when the language has none. */
export function framesFor(language: string | undefined): LanguageFrames {
  const base = (language ?? "en").toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l.language === base) ?? en;
}

const FR_WORDS = /\b(?:le|la|les|des|est|une|dans|selon|qui|que|pour|pas|sur|avec|été|au|aux)\b/giu;
const EN_WORDS = /\b(?:the|and|of|is|was|that|in|to|for|with|on|by|said|has)\b/giu;

/** Guesses the language of a body from its script and common words: Arabic or Cyrillic script, else French or English. */
export function detectLanguage(body: string): string {
  const sample = body.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const arabic = sample.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  if (letters > 0 && arabic / letters > 0.3) return "ar";
  const cyrillic = sample.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  if (letters > 0 && cyrillic / letters > 0.3) return "ru";
  const frHits = sample.match(FR_WORDS)?.length ?? 0;
  const enHits = sample.match(EN_WORDS)?.length ?? 0;
  return frHits > enHits * 1.2 ? "fr" : "en";
}
