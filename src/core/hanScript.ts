/**
 * Traditional Chinese characters folded to Simplified, one character for one: "據聯合報報導" reads as "据联合报报导".
 * The fold keeps every UTF-16 offset, so a text folded for matching is read with the offsets of the text as written.
 */
import { from, to } from "opencc-js/preset/t2cn";
import type { DictGroup, DictLike } from "opencc-js/core";

// The data is OpenCC's (opencc-js), kept by its maintainers against the Unicode Han database, rather than a table of ours:
// Taiwan and Hong Kong write some characters in forms of their own (為/爲, 台/臺), which its variant tables join to the
// standard Traditional form first. Only its character tables are used, never its phrase tables: a phrase may turn several
// characters into another number of them ("一目瞭然" → "一目了然"), and an offset read on the folded text would then point
// elsewhere in the text as written. A pair whose two characters differ in UTF-16 length (a BMP character whose Simplified
// form lies beyond it) is left out for the same reason.

/** The pairs of one dictionary, each a character and its replacement; multi-character entries and length changes dropped. */
function characterPairs(dict: DictLike): [string, string][] {
  const pairs: [string, string][] = typeof dict === "string" ? dict.split("|").map((line) => line.split(" ") as [string, string]) : dict.map(([a, b]) => [a, b]);
  return pairs.filter(([a, b]) => typeof b === "string" && [...a].length === 1 && [...b].length === 1 && a.length === b.length);
}

function characterMap(groups: readonly DictGroup[] | undefined): Map<string, string> {
  return new Map((groups ?? []).flatMap((group) => group.flatMap(characterPairs)));
}

/** Traditional → Simplified (OpenCC TSCharacters). */
const TO_SIMPLIFIED = characterMap(to["cn"]);
/** Taiwan's and Hong Kong's own forms → OpenCC's standard Traditional (為 → 爲), read before TO_SIMPLIFIED. */
const REGIONAL = new Map([...characterMap(from["hk"]), ...characterMap(from["tw"])]);

/** Each character with a Simplified form, as that form; a regional form only where its standard form has one (才 stays 才). */
const FOLD: ReadonlyMap<string, string> = (() => {
  const fold = new Map(TO_SIMPLIFIED);
  for (const [regional, standard] of REGIONAL) {
    const simplified = TO_SIMPLIFIED.get(standard);
    if (!fold.has(regional) && simplified !== undefined && simplified !== regional) fold.set(regional, simplified);
  }
  return fold;
})();

/**
 * Japanese Shinjitai → Simplified through the standard Traditional form (産 → 產 → 产, 経 → 經 → 经), for characters the
 * fold above leaves alone: Chinese pages write a Japanese paper's name in their own script (讀賣新聞 for 読売新聞).
 * Keys only (`hanKeyForm`): some Shinjitai forms are Chinese characters of their own (芸), which running text keeps.
 */
const SHINJITAI: ReadonlyMap<string, string> = (() => {
  const fold = new Map<string, string>();
  for (const [shinjitai, standard] of characterMap(from["jp"])) {
    const simplified = TO_SIMPLIFIED.get(standard) ?? standard;
    if (!FOLD.has(shinjitai) && simplified !== shinjitai) fold.set(shinjitai, simplified);
  }
  return fold;
})();

/** Characters the fold may change: CJK ideographs and their extensions and compatibility forms (one regex, not a lookup per character). */
const FOLDABLE = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\uD840-\uD87F][\uDC00-\uDFFF]/gu;

/** The text with every Traditional character written in its Simplified form; same length, same offsets. Other text is unchanged. */
export function simplifiedHan(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLD.get(c) ?? c);
}

/** A name's Han characters as a key compares them: Simplified, with Japanese Shinjitai folded too ("読売新聞" and "讀賣新聞" are one key). */
export function hanKeyForm(text: string): string {
  return simplifiedHan(text).replace(FOLDABLE, (c) => SHINJITAI.get(c) ?? c);
}
