/** Attribution frames: finds "<outlet> reported", "according to <outlet>", "told <outlet>" … in a sentence. What the cited span is (outlet, person, place …) is decided from evidence in cited.ts. */
import type { Span } from "../core/spans.ts";
import { allMatches } from "../core/text.ts";
import type { FrameRule, LanguageFrames } from "./frames/types.ts";
import type { CompiledLanguage } from "./names.ts";
import { anchoredMatches, headStarts, type AnchoredPattern } from "./anchoredScan.ts";

/** One frame matched in the text, before the cited name is resolved. */
export interface FrameHit {
  rule: FrameRule;
  span: Span;
  name: Span & { text: string };
  descriptor: boolean;
  date?: string;
  citing?: Span;
  /** The name is followed by a data noun ("according to Transport for London figures"): an organisation's data, not a report. */
  dataNoun?: boolean;
  /** An outlet noun the frame read right before the name and kept out of it ("il quotidiano", "خبرگزاری"). */
  cue?: string;
}

/** Nouns that make the name before them a data provider rather than a publication ("X figures", "X statistics"). */
const DATA_NOUN = /^\s+(?:figures|data|statistics|estimates|records|numbers|tallies|counts|survey|polls?|research|analysis)\b/iu;

/** Outlet nouns that may follow a cited name in English prose; other languages put their noun before the name (the frames' own cue group). */
const AFTER_NOUNS = "video|magazine|newspaper|website|[Ww]eb\\s+site|blog|podcast|broadcast|journal";

/** An optional "the" before a capitalised name, as `{SRC}` opens. */
const THE_BEFORE_NAME = "(?:the\\s+(?=\\p{Lu}))?";

/**
 * An optional opening quotation mark before the name, as German, French or Russian write a title ("Wie der „Elbspiegel“
 * berichtet", "selon « Le Courrier »"); the closing mark is punctuation every language's `{END}` already accepts.
 */
const QUOTE_BEFORE_NAME = "(?:[\"“„«»‹›]\\s?)?";
/** … and its closing mark, when one stands right after the name (before a space or punctuation, as after a title). */
const QUOTE_AFTER_NAME = "(?:[\"”“«»›‹](?=[\\s\\p{P}]|$))?";

/** Where a cited name starts: an optional "the" before a capital, then a descriptor or a name (the start of `{SRC}`). */
function nameStart(frames: LanguageFrames): string {
  return `${THE_BEFORE_NAME}${QUOTE_BEFORE_NAME}(?:${frames.descriptor}|${frames.name})`;
}

/** A frame rule's pattern with the language's macros expanded. */
export function expandRule(rule: FrameRule, frames: LanguageFrames, flags = "gdu"): RegExp {
  const src = rule.pattern
    // An outlet noun right after the name ("the AOL video", "Trellis magazine") is evidence kept out of the name.
    .replace("{SRC}", `${THE_BEFORE_NAME}${QUOTE_BEFORE_NAME}(?<name>${frames.descriptor}|${frames.name})${QUOTE_AFTER_NAME}${rule.pattern.includes("(?<cue>") ? "" : `(?:\\s+(?<cue>${AFTER_NOUNS}))?`}`)
    .replace("{END}", frames.end)
    .replace("{DATE}", `(?:${frames.date})`);
  return new RegExp(src, flags);
}

/**
 * A language's frame rules, compiled once. A rule whose pattern opens with the cited name (`{SRC}…`) is also compiled
 * sticky (`at`, anchoredScan.ts): it can only match where a name can start, so it is tried at those places alone instead
 * of being scanned over the whole sentence, which the name pattern makes slow at every character.
 */
interface CompiledRules {
  rules: { rule: FrameRule; re: RegExp; anchored?: AnchoredPattern }[];
  /** Sticky: matches at `lastIndex` when a name (or descriptor) can start there. */
  nameAt: RegExp;
}

const compiledRules = new Map<string, CompiledRules>();

function rulesFor(frames: LanguageFrames): CompiledRules {
  let hit = compiledRules.get(frames.language);
  if (!hit) {
    hit = {
      rules: frames.frames.map((rule) => {
        const re = expandRule(rule, frames);
        return { rule, re, ...(rule.pattern.startsWith("{SRC}") ? { anchored: { scan: re, at: expandRule(rule, frames, "dguy") } } : {}) };
      }),
      nameAt: new RegExp(nameStart(frames), "uy"),
    };
    compiledRules.set(frames.language, hit);
  }
  return hit;
}

/** The matches of a frame rule in `text`, in order, as a scan of `re` (g flag) from 0 gives them; a rule that opens with the name is tried only at `starts()`. */
function ruleMatches(text: string, re: RegExp, anchored: AnchoredPattern | undefined, starts: () => number[]): RegExpExecArray[] {
  return anchored ? anchoredMatches(text, anchored, starts()) : allMatches(re, text);
}

/** A rule's matches in `text` as `matchFrames` finds them (for the tests: the same as scanning the rule's expression). */
export function frameRuleMatches(text: string, rule: FrameRule, frames: LanguageFrames): RegExpExecArray[] {
  const { rules, nameAt } = rulesFor(frames);
  const compiled = rules.find((r) => r.rule === rule);
  if (!compiled) throw new Error(`attributions: rule ${rule.id} is not one of the ${frames.language} frames`);
  return ruleMatches(text, compiled.re, compiled.anchored, () => headStarts(text, nameAt));
}

/** Every frame match in `text[start, end)`; sentence-initial capitals are tried in lower case too ("According to …"). Overlapping matches on the same name keep the first rule. */
export function matchFrames(text: string, start: number, end: number, lang: CompiledLanguage): FrameHit[] {
  const slice = text.slice(start, end);
  const lowered = slice.replace(/^(\s*)(\p{Lu})/u, (_m, s: string, c: string) => s + c.toLowerCase());
  const hits: FrameHit[] = [];
  const { rules, nameAt } = rulesFor(lang.frames);
  // Where a name can start, per variant, found once for all the rules that open with a name.
  const starts = new Map<string, number[]>();
  const startsIn = (variant: string) => () => starts.get(variant) ?? (starts.set(variant, headStarts(variant, nameAt)), starts.get(variant) as number[]);
  for (const { rule, re, anchored } of rules) {
    for (const variant of lowered === slice ? [slice] : [slice, lowered]) {
      for (const m of ruleMatches(variant, re, anchored, startsIn(variant))) {
        const idx = m.indices?.groups?.name;
        if (!idx) continue;
        let rawName = slice.slice(idx[0], idx[1]);
        let nameStart = idx[0];
        let nameEnd = idx[1];
        // "the Chinese newspaper": a capitalised adjective before an outlet noun is a descriptor, not a name "Chinese".
        const cueIdx = m.indices?.groups?.cue;
        const article = /(?:^|\s)(the\s+)$/iu.exec(slice.slice(Math.max(0, idx[0] - 5), idx[0]));
        if (cueIdx && cueIdx[0] > idx[1] && article) {
          const whole = slice.slice(idx[0] - (article[1] as string).length, cueIdx[1]);
          if (lang.descriptorFull.test(whole)) {
            rawName = whole;
            nameStart = idx[0] - (article[1] as string).length;
            nameEnd = cueIdx[1];
          }
        }
        if (hits.some((h) => h.name.start === start + nameStart || (h.name.start < start + nameEnd && start + nameStart < h.name.end && h.rule.frame === rule.frame))) continue;
        const cIdx = m.indices?.groups?.citing;
        const descriptor = lang.descriptorFull.test(rawName.trim());
        hits.push({
          rule,
          span: { start: start + m.index, end: start + m.index + m[0].length },
          name: { start: start + nameStart, end: start + nameEnd, text: rawName },
          descriptor,
          ...(DATA_NOUN.test(slice.slice(nameEnd)) ? { dataNoun: true } : {}),
          ...(m.groups?.date ? { date: m.groups.date } : {}),
          ...(m.groups?.cue && !descriptor ? { cue: m.groups.cue } : {}),
          ...(cIdx ? { citing: { start: start + cIdx[0], end: start + cIdx[1] } } : {}),
        });
      }
    }
  }
  return hits.sort((a, b) => a.span.start - b.span.start);
}
