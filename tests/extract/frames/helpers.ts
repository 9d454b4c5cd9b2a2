// Runs one language's frames over a sentence as the reader does, for the per-language tests.
import { expandRule } from "../../../src/extract/attributions.ts";
import type { FrameRule, LanguageFrames } from "../../../src/extract/frames/types.ts";

/** One frame hit: the rule, the cited name and the outlet cue word the frame read before it, if any. */
export interface Hit {
  id: string;
  name: string;
  cue?: string;
  rule: FrameRule;
}

/** Every frame hit in `text` (the sentence-initial capital also tried in lower case, as the reader does). */
export function frameHits(lang: LanguageFrames, text: string): Hit[] {
  const lowered = text.replace(/^(\s*)(\p{Lu})/u, (_m, s: string, c: string) => s + c.toLowerCase());
  const hits: Hit[] = [];
  for (const rule of lang.frames) {
    const re = expandRule(rule, lang);
    for (const variant of lowered === text ? [text] : [text, lowered]) {
      re.lastIndex = 0;
      for (let m = re.exec(variant); m; m = re.exec(variant)) {
        const idx = m.indices?.groups?.name;
        if (idx) {
          const name = text.slice(idx[0], idx[1]);
          if (!hits.some((h) => h.id === rule.id && h.name === name)) hits.push({ id: rule.id, name, ...(m.groups?.cue ? { cue: m.groups.cue } : {}), rule });
        }
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  return hits;
}

/** The distinct cited names in `text`. */
export function names(lang: LanguageFrames, text: string): string[] {
  return [...new Set(frameHits(lang, text).map((h) => h.name))];
}
