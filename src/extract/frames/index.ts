/** The reading data per language, and the detector that says which language an article is in when its metadata does not. */
import { loadDetector } from "./detector.ts";
import { dataLanguage } from "../../core/languages.ts";
import { af } from "./af.ts";
import { ar } from "./ar.ts";
import { bg } from "./bg.ts";
import { bn } from "./bn.ts";
import { ca } from "./ca.ts";
import { cs } from "./cs.ts";
import { da } from "./da.ts";
import { de } from "./de.ts";
import { el } from "./el.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { et } from "./et.ts";
import { eu } from "./eu.ts";
import { fa } from "./fa.ts";
import { fi } from "./fi.ts";
import { fr } from "./fr.ts";
import { gl } from "./gl.ts";
import { he } from "./he.ts";
import { hi } from "./hi.ts";
import { hr } from "./hr.ts";
import { hu } from "./hu.ts";
import { hy } from "./hy.ts";
import { id } from "./id.ts";
import { is } from "./is.ts";
import { it } from "./it.ts";
import { ja } from "./ja.ts";
import { ko } from "./ko.ts";
import { lt } from "./lt.ts";
import { lv } from "./lv.ts";
import { mk } from "./mk.ts";
import { nl } from "./nl.ts";
import { no } from "./no.ts";
import { pl } from "./pl.ts";
import { pt } from "./pt.ts";
import { ro } from "./ro.ts";
import { sv } from "./sv.ts";
import { sw } from "./sw.ts";
import { zh } from "./zh.ts";
import { ru } from "./ru.ts";
import { sk } from "./sk.ts";
import { sl } from "./sl.ts";
import { sq } from "./sq.ts";
import { th } from "./th.ts";
import { tl } from "./tl.ts";
import { tr } from "./tr.ts";
import { uk } from "./uk.ts";
import { ur } from "./ur.ts";
import { vi } from "./vi.ts";
import type { LanguageFrames } from "./types.ts";
import type { Attribution } from "../types.ts";

/** eld, with its "small" tables read as fast as this build allows (detector.ts). */
const eld = await loadDetector();

/** Every language the reading stage has frames for. */
export const LANGUAGES: readonly LanguageFrames[] = [en, fr, it, es, ca, pt, gl, de, nl, af, sv, da, no, pl, cs, sk, sl, hr, sq, ro, hu, fi, is, et, eu, lt, lv, el, ru, uk, bg, mk, hy, tr, id, vi, sw, hi, bn, ur, ar, fa, he, ko, zh, ja, th, tl];

/** The frames for a language code ("en", "fr-FR", "ar"); English when the language has none. */
export function framesFor(language: string | undefined): LanguageFrames {
  const base = dataLanguage(language ?? "en");
  return LANGUAGES.find((l) => l.language === base) ?? en;
}

// Scripts that name their language on their own, for texts too short for the n-gram detector ("항구 폐쇄").
const SCRIPTS: readonly { re: RegExp; language: string }[] = [
  { re: /\p{Script=Hangul}/gu, language: "ko" },
  { re: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, language: "ja" },
  { re: /\p{Script=Han}/gu, language: "zh" },
  // Persian writes پ چ ژ گ and its own kaf and yeh (ک ی); Arabic has none of them.
  { re: /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/gu, language: "fa" },
  { re: /\p{Script=Arabic}/gu, language: "ar" },
  { re: /\p{Script=Devanagari}/gu, language: "hi" },
  { re: /\p{Script=Bengali}/gu, language: "bn" },
  { re: /\p{Script=Cyrillic}/gu, language: "ru" },
  { re: /\p{Script=Greek}/gu, language: "el" },
  { re: /\p{Script=Hebrew}/gu, language: "he" },
];

/** A code unit past Latin, its diacritics and IPA (U+0000–U+036F): where the first script of SCRIPTS, Greek, starts. */
const BEYOND_LATIN = /[^\u0000-\u036f]/;

/** The language a script alone gives away, when it writes at least a fifth of the letters (a Korean text quoting "CNN" is still Korean). */
function byScript(sample: string): string | undefined {
  // Every script above writes above U+036F; a text with nothing there (most Latin-script news) is none of them.
  if (!BEYOND_LATIN.test(sample)) return undefined;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return undefined;
  for (const { re, language } of SCRIPTS) {
    if ((sample.match(re)?.length ?? 0) / letters >= 0.2) return language;
  }
  return undefined;
}

/**
 * The language of an article body as an ISO 639-1 code ("en", "it", "ko", "fa"), from the eld n-gram detector
 * (its data ships in the package: no download), falling back on the script for texts too short for n-grams, and on English.
 */
export function detectLanguage(body: string): string {
  // The opening is enough and keeps detection cheap on long texts; addresses and e-mail are not language.
  const opening = body.slice(0, 4000);
  // Only a text holding one of them is searched: the address pattern tries `\S+@` from every character.
  const sample = opening.includes("@") || opening.includes("http") || opening.includes("www.") ? opening.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+/gu, " ") : opening;
  const script = byScript(sample);
  // Hangul, kana and Han are unambiguous; the n-gram model confuses some short CJK texts with nothing.
  if (script === "ko" || script === "ja") return script;
  const found = eld.detect(sample).language;
  if (found) return found;
  return script ?? "en";
}

/** The ids of every language's reported_by frames marked `publication` ("publicado no X", "publié sur X", "veröffentlicht auf X"). */
const PUBLISHED_ON_FRAMES: ReadonlySet<string> = new Set(LANGUAGES.flatMap((frames) => frames.frames.filter((f) => f.frame === "reported_by" && f.publication).map((f) => f.id)));

/** The ids of every language's frames of an outlet's own news work ("X spoke to", "X has reached out to"): `newsWork`. */
const NEWS_WORK_FRAMES: ReadonlySet<string> = new Set(LANGUAGES.flatMap((frames) => frames.frames.filter((f) => f.newsWork).map((f) => f.id)));

/**
 * Whether a citation tells of the outlet's own news work ("Kestrel TV has reached out to the ministry"): words an
 * outlet writes of itself, so the text holding them is that outlet's story, whoever prints it.
 */
export function tellsOwnNewsWork(at: Pick<Attribution, "rule">): boolean {
  return NEWS_WORK_FRAMES.has(at.rule.split("/")[0] ?? "");
}

/**
 * Whether a citation says where a text was put out ("published on X", "first appeared in X", "publicado no X"): it credits
 * X with the text, not with what became of it. Some languages read "publicado no X" as reported_by, with a frame only a
 * publication fits; they say the same.
 */
export function saysWherePublished(at: Pick<Attribution, "frame" | "rule">): boolean {
  if (at.frame === "published_in" || at.frame === "first_appeared_in") return true;
  return at.frame === "reported_by" && PUBLISHED_ON_FRAMES.has(at.rule.split("/")[0] ?? "");
}
