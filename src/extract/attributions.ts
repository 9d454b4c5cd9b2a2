/** Attribution frames: finds "<outlet> reported", "according to <outlet>", "told <outlet>" … in a sentence and resolves the cited name to a registered outlet, a descriptive reference, an unknown outlet, or a person. */
import nlp from "compromise";
import type { Span } from "../core/spans.ts";
import { outletKey, type OutletRegistry } from "../core/outlets.ts";
import type { FrameRule, LanguageFrames } from "./frames/types.ts";
import { cleanName, type CompiledLanguage } from "./names.ts";
import type { SourceBook } from "./sources.ts";

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
}

/** Nouns that make the name before them a data provider rather than a publication ("X figures", "X statistics"). */
const DATA_NOUN = /^\s+(?:figures|data|statistics|estimates|records|numbers|tallies|counts|survey|polls?|research|analysis)\b/iu;

const compiledRules = new Map<string, { rule: FrameRule; re: RegExp }[]>();

/** A frame rule's pattern with the language's macros expanded. */
export function expandRule(rule: FrameRule, frames: LanguageFrames): RegExp {
  const src = rule.pattern
    .replace("{SRC}", `(?:the\\s+(?=\\p{Lu}))?(?<name>${frames.descriptor}|${frames.name})`)
    .replace("{END}", frames.end)
    .replace("{DATE}", `(?:${frames.date})`);
  return new RegExp(src, "gdu");
}

function rulesFor(frames: LanguageFrames): { rule: FrameRule; re: RegExp }[] {
  let hit = compiledRules.get(frames.language);
  if (!hit) {
    hit = frames.frames.map((rule) => ({ rule, re: expandRule(rule, frames) }));
    compiledRules.set(frames.language, hit);
  }
  return hit;
}

/** Every frame match in `text[start, end)`; sentence-initial capitals are tried in lower case too ("According to …"). Overlapping matches on the same name keep the first rule. */
export function matchFrames(text: string, start: number, end: number, lang: CompiledLanguage): FrameHit[] {
  const slice = text.slice(start, end);
  const lowered = slice.replace(/^(\s*)(\p{Lu})/u, (_m, s: string, c: string) => s + c.toLowerCase());
  const hits: FrameHit[] = [];
  for (const { rule, re } of rulesFor(lang.frames)) {
    for (const variant of lowered === slice ? [slice] : [slice, lowered]) {
      re.lastIndex = 0;
      for (let m = re.exec(variant); m; m = re.exec(variant)) {
        const idx = m.indices?.groups?.name;
        if (!idx) continue;
        const rawName = slice.slice(idx[0], idx[1]);
        if (hits.some((h) => h.name.start === start + idx[0] || (h.name.start < start + idx[1] && start + idx[0] < h.name.end && h.rule.frame === rule.frame))) continue;
        const cIdx = m.indices?.groups?.citing;
        const descriptor = lang.descriptorFull.test(rawName.trim());
        hits.push({
          rule,
          span: { start: start + m.index, end: start + m.index + m[0].length },
          name: { start: start + idx[0], end: start + idx[1], text: rawName },
          descriptor,
          ...(DATA_NOUN.test(slice.slice(idx[1])) ? { dataNoun: true } : {}),
          ...(m.groups?.date ? { date: m.groups.date } : {}),
          ...(cIdx ? { citing: { start: start + cIdx[0], end: start + cIdx[1] } } : {}),
        });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  return hits.sort((a, b) => a.span.start - b.span.start);
}

/** What a cited name stands for. */
export type CitedParty =
  | { kind: "outlet"; key: string; name: string; unregistered: boolean }
  | { kind: "person"; name: string }
  | { kind: "organisation"; name: string };

/** What resolution needs to know about the article being read. */
export interface ResolveContext {
  registry: OutletRegistry;
  frames: LanguageFrames;
  book: SourceBook;
  /** The outlet most recently cited in the article, for "the outlet", "the newspaper". */
  lastOutlet?: { key: string; name: string };
}

function hasCue(name: string, cues: readonly string[]): boolean {
  const words = name.toLowerCase().split(/[\s-]+/);
  return cues.some((c) => (c.includes(" ") ? name.toLowerCase().includes(c) : words.includes(c)));
}

/** Resolves a descriptive reference ("the Hong Kong-based outlet") through the registry's descriptors, else to the outlet most recently cited. */
export function resolveDescriptor(text: string, ctx: ResolveContext): { key: string; name: string } | undefined {
  const t = text.toLowerCase().replace(/^(?:the|le|la|l’|l')\s*/u, "");
  for (const e of ctx.registry.entries) {
    if (e.descriptors.some((d) => t === d.toLowerCase() || t.includes(d.toLowerCase()) || d.toLowerCase().includes(t))) return { key: outletKey(e.name), name: e.name };
  }
  return ctx.lastOutlet;
}

/** Resolves the name a frame cites: registry outlet (by name or any trailing part), a person or organisation the article knows, or — where the frame allows — an outlet no registry lists. */
export function resolveCited(hit: FrameHit, ctx: ResolveContext): CitedParty | undefined {
  if (hit.descriptor) {
    const o = resolveDescriptor(hit.name.text, ctx);
    return o ? { kind: "outlet", key: o.key, name: o.name, unregistered: false } : undefined;
  }
  // The registry first, on the name as written and on any leading or trailing part of it ("AFP Claire Dubois", "Yesterday CNN").
  const rawWords = hit.name.text.trim().replace(/[.,;:]+$/u, "").split(/\s+/);
  for (let i = 0; i < rawWords.length; i++) {
    for (let j = rawWords.length; j > i; j--) {
      if (i > 0 && j < rawWords.length) continue;
      const part = rawWords.slice(i, j).join(" ");
      const entry = ctx.registry.byName(part) ?? ctx.registry.byName(part.replace(/^(?:l[’']|la\s|le\s)/iu, ""));
      if (entry) return { kind: "outlet", key: outletKey(entry.name), name: entry.name, unregistered: false };
    }
  }
  const name = cleanName(hit.name.text, ctx.frames);
  if (!name) return undefined;
  const words = name.split(/\s+/);
  // Arabic and French frames keep a cue word ("صحيفة الخليج"): the registry may know the bare name.
  const bare = words.filter((w) => !ctx.frames.outletCues.includes(w.toLowerCase())).join(" ");
  const bareEntry = bare ? ctx.registry.byName(bare) : undefined;
  if (bareEntry) return { kind: "outlet", key: outletKey(bareEntry.name), name: bareEntry.name, unregistered: false };
  if (words.every((w) => ctx.frames.nameStopwords.includes(w.toLowerCase()))) return undefined;
  const known = ctx.book.findNamed(name);
  if (known) return known.type === "organisation" ? { kind: "organisation", name: known.name } : { kind: "person", name: known.name };
  if (hasCue(name, ctx.frames.organisationCues) || hit.dataNoun) return { kind: "organisation", name };
  // A short form of the outlet just cited ("the Herald" after "the Harbour Herald") is that outlet, not a new one.
  const short = name.replace(/^(?:the|le|la|les|l['’])\s*/iu, "").toLowerCase();
  const last = ctx.lastOutlet?.name.replace(/^(?:the|le|la|les|l['’])\s*/iu, "").toLowerCase();
  if (ctx.lastOutlet && last && short && last !== short && (last.endsWith(` ${short}`) || last.startsWith(`${short} `))) {
    return { kind: "outlet", key: ctx.lastOutlet.key, name: ctx.lastOutlet.name, unregistered: false };
  }
  if (!hit.rule.allowUnknown) return undefined;
  const outletish = hasCue(name, ctx.frames.outletCues);
  // A possessive inside a name ("Lloyd's List") marks a title, not a person.
  // A name led by an article ("Le Courrier du Lac", "The Conversation") is a title, not a person; compromise judges English names, two capitalised words count as a person elsewhere.
  const articleLed = /^(?:the|le|la|les|l['’])\s*/iu.test(name);
  const personLike = ctx.frames.language === "en" ? nlp(name).people().found : ctx.frames.language !== "ar";
  if (!outletish && !articleLed && words.length >= 2 && !/[’']s\s/u.test(name) && personLike) return { kind: "person", name };
  const label = bare && ctx.frames.language === "ar" ? bare : name.replace(/^the\s+/i, "");
  return { kind: "outlet", key: outletKey(label), name: label, unregistered: true };
}
