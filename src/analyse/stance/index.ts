/**
 * Every language's stance words, by ISO 639-1 code: data only. Each language's negation words and word boundaries are
 * core/negations.ts's, which reading and alignment read too.
 */
import { acceptingLegacyLetters } from "../../core/legacyLetters.ts";
import { dataLanguage } from "../../core/languages.ts";
import { af } from "./af.ts";
import { ar } from "./ar.ts";
import { bg } from "./bg.ts";
import { ca } from "./ca.ts";
import { cs } from "./cs.ts";
import { da } from "./da.ts";
import { de } from "./de.ts";
import { el } from "./el.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { et } from "./et.ts";
import { fa } from "./fa.ts";
import { fi } from "./fi.ts";
import { fr } from "./fr.ts";
import { he } from "./he.ts";
import { hi } from "./hi.ts";
import { hr } from "./hr.ts";
import { hu } from "./hu.ts";
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
import { ru } from "./ru.ts";
import { sk } from "./sk.ts";
import { sl } from "./sl.ts";
import { sq } from "./sq.ts";
import { sv } from "./sv.ts";
import { sw } from "./sw.ts";
import { th } from "./th.ts";
import { tr } from "./tr.ts";
import type { StanceCue, StanceWords } from "./types.ts";
import { uk } from "./uk.ts";
import { ur } from "./ur.ts";
import { vi } from "./vi.ts";
import { zh } from "./zh.ts";

/** A language's stance words with every pattern made to accept the legacy letters (acceptingLegacyLetters); the same object where no pattern has a letter that has one. */
function withLegacyLetters(words: StanceWords): StanceWords {
  const patterns = (v: unknown): string[] =>
    Array.isArray(v) ? v.flatMap((c: unknown) => (typeof c === "object" && c !== null && "cue" in c ? [(c as StanceCue).cue] : [])) : [];
  const sources = [...Object.values(words).flatMap(patterns), words.verdictLink ?? "", words.complementiser ?? "", words.rumouredEvent?.frame ?? "", words.rumouredEvent?.event ?? "", words.rumouredEvent?.of ?? ""];
  if (!sources.some((x) => acceptingLegacyLetters(x) !== x)) return words;
  const cues = (list: readonly StanceCue[]): StanceCue[] => list.map((c) => ({ ...c, cue: acceptingLegacyLetters(c.cue) }));
  const out: Record<string, unknown> = { ...words };
  for (const [key, value] of Object.entries(words)) if (patterns(value).length > 0) out[key] = cues(value as StanceCue[]);
  if (words.verdictLink) out.verdictLink = acceptingLegacyLetters(words.verdictLink);
  if (words.complementiser) out.complementiser = acceptingLegacyLetters(words.complementiser);
  if (words.rumouredEvent) out.rumouredEvent = { ...words.rumouredEvent, frame: acceptingLegacyLetters(words.rumouredEvent.frame), event: acceptingLegacyLetters(words.rumouredEvent.event), of: acceptingLegacyLetters(words.rumouredEvent.of) };
  return out as unknown as StanceWords;
}

export const STANCE_WORDS: Readonly<Record<string, StanceWords>> = Object.fromEntries(
  Object.entries({ en, fr, de, it, es, pt, ca, nl, af, sv, da, no, ru, uk, bg, pl, cs, sk, sl, hr, sq, lt, lv, ro, hu, fi, et, is, el, mk, tr, id, vi, hi, ur, sw, th, ar, fa, he, zh, ko, ja }).map(([code, words]) => [code, withLegacyLetters(words)]),
);

/** A language's stance words (by the code its data is kept under: core/languages.ts dataLanguage), if it has any. */
export function stanceWordsFor(language: string): StanceWords | undefined {
  return STANCE_WORDS[dataLanguage(language)];
}

/**
 * "saying": the debunk cues that deny the words were said at all (StanceCue.saying); "denial": verbs of denial
 * (StanceCue.denial); "retraction": an article's correction of itself (StanceCue.retraction); "satire": words that
 * call the story a joke made as one (StanceCue.satire).
 */
export type CueKind = "debunk" | "negation" | "saying" | "satire" | "correction" | "denial" | "negationScope" | "hedge" | "possibility" | "condition" | "contrast" | "retraction" | "concession" | "affirmation" | "alleged" | "nonexistence" | "fabrication" | "admission" | "topicPreposition" | "aboutPreposition" | "backReference" | "circulation" | "withdrawal";
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
