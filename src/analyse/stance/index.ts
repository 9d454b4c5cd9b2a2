/**
 * Every language's stance words, by ISO 639-1 code: data only, so reading (src/extract) can ask whether a report is
 * negated ("was not reported by X") with the same negation words stance reads a claim's denial with.
 */
import { perLanguage } from "../../extract/frames/common.ts";
import { SAME_FRAMES } from "../../extract/frames/index.ts";
import { ar } from "./ar.ts";
import { bg } from "./bg.ts";
import { ca } from "./ca.ts";
import { cs } from "./cs.ts";
import { da } from "./da.ts";
import { de } from "./de.ts";
import { el } from "./el.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fa } from "./fa.ts";
import { fi } from "./fi.ts";
import { fr } from "./fr.ts";
import { hi } from "./hi.ts";
import { hr } from "./hr.ts";
import { hu } from "./hu.ts";
import { id } from "./id.ts";
import { it } from "./it.ts";
import { ja } from "./ja.ts";
import { ko } from "./ko.ts";
import { nl } from "./nl.ts";
import { no } from "./no.ts";
import { pl } from "./pl.ts";
import { pt } from "./pt.ts";
import { ro } from "./ro.ts";
import { ru } from "./ru.ts";
import { sv } from "./sv.ts";
import { sw } from "./sw.ts";
import { tr } from "./tr.ts";
import type { StanceWords } from "./types.ts";
import { uk } from "./uk.ts";
import { vi } from "./vi.ts";
import { zh } from "./zh.ts";

export const STANCE_WORDS: Readonly<Record<string, StanceWords>> = { en, fr, de, it, es, pt, ca, nl, sv, da, no, ru, uk, bg, pl, cs, hr, ro, hu, fi, el, tr, id, vi, hi, sw, ar, fa, zh, ko, ja };

/**
 * A language's stance words (by its code without a region, a written standard's by its language's: "nb" by "no"), if it
 * has any. Not by the first two letters: "fil" (Filipino) is no "fi" (Finnish).
 */
export function stanceWordsFor(language: string): StanceWords | undefined {
  const code = language.toLowerCase().split(/[-_]/)[0] ?? "";
  return STANCE_WORDS[SAME_FRAMES[code] ?? code];
}

/**
 * "saying": the debunk cues that deny the words were said at all (StanceCue.saying); "denial": verbs of denial
 * (StanceCue.denial); "retraction": an article's correction of itself (StanceCue.retraction); "satire": words that
 * call the story a joke made as one (StanceCue.satire).
 */
export type CueKind = "debunk" | "negation" | "saying" | "satire" | "correction" | "denial" | "negationScope" | "hedge" | "possibility" | "condition" | "contrast" | "retraction" | "concession" | "affirmation" | "alleged" | "nonexistence" | "fabrication" | "admission" | "topicPreposition" | "aboutPreposition" | "backReference" | "circulation";
const compiled = new Map<string, RegExp>();

/** A language's cues of one kind as one pattern (global), made once per language and kind. */
export function patternFor(words: StanceWords, kind: CueKind): RegExp {
  const id = `${words.language}:${kind}`;
  let re = compiled.get(id);
  if (!re) {
    const flag = kind === "saying" || kind === "denial" || kind === "retraction" || kind === "satire" ? kind : undefined;
    const cues = flag ? words.debunk.filter((c) => c[flag]) : (words[kind as Exclude<CueKind, "saying" | "denial" | "retraction" | "satire">] ?? []);
    // A language without such cues matches nothing.
    const alternatives = cues.length > 0 ? cues.map((c) => `(?:${c.cue})`).join("|") : "(?!)";
    re = words.wordBoundaries ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "giu") : new RegExp(`(?:${alternatives})`, "giu");
    compiled.set(id, re);
  }
  return re;
}

/** A language's negation words as a test (not global: `test` keeps no position), made once per language. */
export const negationTest = perLanguage((words: StanceWords) => new RegExp(patternFor(words, "negation").source, "iu"));
