/** Attribution frames: finds "<outlet> reported", "according to <outlet>", "told <outlet>" … in a sentence. What the cited span is (outlet, person, place …) is decided from evidence in cited.ts. */
import type { Span } from "../core/spans.ts";
import { allMatches, escapeRegExp, phraseAlternation } from "../core/text.ts";
import type { FrameRule, LanguageFrames } from "./frames/types.ts";
import { BOW, perLanguage, SINGLE_QUOTE_OPENING } from "./frames/common.ts";
import { speechVerbSource, type CompiledLanguage } from "./names.ts";
import { anchoredMatches, headStarts, type AnchoredPattern } from "./anchoredScan.ts";
import { LiteralIndex, requiredLiterals } from "./requiredLiterals.ts";
import { contains } from "../core/spans.ts";

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
  /** The verb reports a body's own results ("Goldman Sachs reported a loss"): what companies report, not what outlets do. */
  results?: boolean;
  /** An outlet noun the frame read right before the name and kept out of it ("il quotidiano", "خبرگزاری"). */
  cue?: string;
}

/** Nouns that make the name before them a data provider rather than a publication ("X figures", "X statistics"). */
const DATA_NOUN = /^\s+(?:figures|data|statistics|estimates|records|numbers|tallies|counts|survey|polls?|research|analysis)\b/iu;

/** Results a company reports, right after "reported" ("reported a loss", "reported record profits", "reported its earnings"). */
const RESULTS_OBJECT = /^\s+(?:(?:a|an)\s+(?:\p{L}+\s+)?(?:loss|profit|deficit|surplus)|(?:record|higher|lower|strong|weak|net|quarterly|annual|its|their)\s+(?:\p{L}+\s+)?(?:loss|losses|profits?|earnings|revenues?|sales|results|income)|(?:losses|profits|earnings|revenues?|sales)(?![\p{L}]))/u;

/** Outlet nouns that may follow a cited name in English prose; other languages put their noun before the name (the frames' own cue group). */
const AFTER_NOUNS = "video|magazine|newspaper|website|[Ww]eb\\s+site|blog|podcast|broadcast|journal|(?:news\\s+)?agency|broadcaster|daily";

/** An optional "the" before a capitalised name, as `{SRC}` opens. */
const THE_BEFORE_NAME = "(?:the\\s+(?=\\p{Lu}))?";

/**
 * An optional opening quotation mark before the name, as German, French or Russian write a title ("Wie der „Elbspiegel“
 * berichtet", "selon « Le Courrier »", "Как пишет ”Волна.ру”": Russian and Polish pages also open with the closing
 * mark, then after a space and right before a capital, so the mark that closes a quotation before "the outlet quoted"
 * opens nothing); the closing mark is punctuation every language's `{END}` already accepts. Arabic-script pages, which
 * have no capitals, set the name between two spaced closing marks after the outlet noun ("لموقع ” الميناء نيوز ”").
 */
const QUOTE_BEFORE_NAME = `(?:[\"“„«»‹›]\\s?|(?<=^|\\s)”(?=\\p{Lu})|(?<=^|\\s)”\\s?(?=\\p{Script=Arabic})|${SINGLE_QUOTE_OPENING})?`;
/**
 * … and its closing mark, when one stands right after the name (before a space or punctuation, as after a title). The
 * closing single mark only after an opening one in the name's reach: alone it is an apostrophe ("Reuters’ report").
 */
const QUOTE_AFTER_NAME = `(?:[\"”“«»›‹](?=[\\s\\p{P}]|$)|’(?<=‘(?=\\p{Lu})[^‘’\\n]{1,60}’)(?=[\\s\\p{P}]|$))?`;

/**
 * A short aside in brackets right after the name ("the newspaper El Faro (San Salvador)", "Xinhua (China)"): where the
 * outlet is or what it is, no part of its name; the frame reads on after it.
 */
const ASIDE_AFTER_NAME = "(?:\\s*\\([^()\\n]{1,40}\\))?";

/**
 * A number that ends a broadcaster's or paper's name ("France 24", "Channel 4", "Antena 3"): a language's capitalised
 * words stop before it, so without it the name is cut to a word that names something else (a country). At most three
 * digits, so a year is never taken, and never the start of a decimal or a longer figure.
 */
const NUMBER_AFTER_NAME = "(?:\\s\\p{Nd}{1,3}(?![\\p{L}\\p{N}]|[.,]\\p{Nd}))?";

/** Where a cited name starts: an optional "the" before a capital, then a descriptor or a name (the start of `{SRC}`). */
function nameStart(frames: LanguageFrames): string {
  return `${THE_BEFORE_NAME}${QUOTE_BEFORE_NAME}(?:${frames.descriptor}|${frames.name})`;
}

/** What `{END}` adds to the language's `end`, built once per language (its speech verbs are a trie of up to a thousand forms). */
/**
 * A speech verb right after the name ends it as punctuation does ("consultadas por Europa Press confirmaron"); inverted
 * forms ("déclare-t-il") never follow a name. So does a determiner in small letters, which opens the next noun phrase
 * ("dijeron a la agencia Gaceta Norte dos estibadores").
 */
function endSource(frames: LanguageFrames): string {
  return `(?:${frames.end}|(?=\\s+(?:${endAdditions(frames)})(?![\\p{L}])))`;
}

// A pronoun in small letters starts the next clause too ("told Radio Quill he was relieved").
const endAdditions = perLanguage((frames) => phraseAlternation([...frames.speechVerbs.filter((v) => !/-(?:t-)?(?:il|elle|ils|elles)\b/u.test(v)), ...frames.determiners, ...frames.pronouns.singular, ...frames.pronouns.plural]));

/** A frame rule's pattern with the language's macros expanded, as the source of a regular expression. */
function expandedSource(rule: FrameRule, frames: LanguageFrames): string {
  return rule.pattern
    // An outlet noun right after the name ("the AOL video", "Trellis magazine") is evidence kept out of the name.
    .replace("{SRC}", `${THE_BEFORE_NAME}${QUOTE_BEFORE_NAME}(?<name>${frames.descriptor}|${frames.name}${NUMBER_AFTER_NAME})${QUOTE_AFTER_NAME}${rule.pattern.includes("(?<cue>") ? "" : `(?:\\s+(?<cue>${AFTER_NOUNS}))?`}${ASIDE_AFTER_NAME}`)
    .replace("{END}", endSource(frames))
    .replace("{DATE}", `(?:${frames.date})`)
    // Every form of the language's speech verbs ("a indiqué", "dijeron", "hanno spiegato"), as the speakers read them.
    .replace("{SAY}", `(?:${speechVerbSource(frames)})`);
}

/** A frame rule's pattern with the language's macros expanded. */
export function expandRule(rule: FrameRule, frames: LanguageFrames, flags = "gdu"): RegExp {
  return new RegExp(expandedSource(rule, frames), flags);
}

/**
 * A frame rule, compiled on first use. A rule whose pattern opens with the cited name (`{SRC}…`) is compiled sticky only
 * (`at`, anchoredScan.ts): it can only match where a name can start, so it is tried at those places alone instead of
 * being scanned over the whole sentence, which the name pattern makes slow at every character. A rule is only run on a
 * text that holds one of its literals (words any match of it contains, requiredLiterals.ts, `CompiledRules.literals`):
 * most sentences hold none of most rules', and a rule no sentence calls for is never compiled (compiling a language's
 * rules took ~0.5 s in each thread).
 */
class CompiledRule {
  private compiled: RegExp | AnchoredPattern | undefined;
  constructor(
    readonly rule: FrameRule,
    private readonly frames: LanguageFrames,
  ) {}

  /** The rule's matches in `text`, in order, as a scan of its expression (g flag) from 0 gives them; one that opens with the name is tried only at `starts()`. */
  matches(text: string, starts: () => number[]): RegExpExecArray[] {
    this.compiled ??= this.rule.pattern.startsWith("{SRC}") ? { at: expandRule(this.rule, this.frames, "dguy") } : expandRule(this.rule, this.frames);
    return this.compiled instanceof RegExp ? allMatches(this.compiled, text) : anchoredMatches(text, this.compiled, starts());
  }
}

/**
 * Words any match of a rule contains, read from its pattern with each macro standing for one unknown character: what the
 * macros match (a name, a date, an end) holds no word every match needs, and the patterns are short where the expanded
 * expressions run to a kilobyte or more each (reading those took ~0.2 s per language and thread).
 */
export function ruleLiterals(rule: FrameRule): string[] | undefined {
  return requiredLiterals(rule.pattern.replace(/\{(?:SRC|END|DATE|SAY)\}/g, "."), "gdu");
}

/** A language's frame rules, read once. */
interface CompiledRules {
  rules: CompiledRule[];
  /** The rules' literals, by the rules' places in `rules`: which rules a text may hold a match of. */
  literals: LiteralIndex;
  /** Sticky: matches at `lastIndex` when a name (or descriptor) can start there. */
  nameAt: RegExp;
}

const rulesFor = perLanguage((frames): CompiledRules => {
  const literals = new LiteralIndex();
  for (const rule of frames.frames) literals.add(ruleLiterals(rule));
  return { rules: frames.frames.map((rule) => new CompiledRule(rule, frames)), literals, nameAt: new RegExp(nameStart(frames), "uy") };
});

/** A rule's matches in `text` as `matchFrames` finds them (for the tests: the same as scanning the rule's expression). */
export function frameRuleMatches(text: string, rule: FrameRule, frames: LanguageFrames): RegExpExecArray[] {
  const { rules, literals, nameAt } = rulesFor(frames);
  const k = rules.findIndex((r) => r.rule === rule);
  if (k < 0) throw new Error(`attributions: rule ${rule.id} is not one of the ${frames.language} frames`);
  return literals.candidates(text)[k] ? (rules[k] as CompiledRule).matches(text, () => headStarts(text, nameAt)) : [];
}

/** A rule whose pattern opens with the cited name, its subject ("{SRC} berichtet", "{SRC} reported"). */
function opensWithName(rule: FrameRule): boolean {
  return rule.pattern.startsWith("{SRC}") || rule.pattern.startsWith(`${BOW}{SRC}`);
}

/**
 * True where the name stands after a preposition in a relative clause whose pronoun is its subject ("Olaf Brenning, der
 * seit Jahren Kolumnen für das Kieler Wochenmagazin schreibt"): the pronoun's antecedent writes or reports, and the name is for whom
 * or where, not who; an outlet there is an employer, not a source of what the article says.
 */
function objectInRelativeClause(slice: string, nameStart: number, frames: LanguageFrames): boolean {
  const relatives = frames.subjectRelatives ?? [];
  const prepositions = frames.prepositions ?? [];
  if (relatives.length === 0 || prepositions.length === 0) return false;
  const clause = /(?:^|[,;:(–—])\s*([^,;:()–—.!?\n]*)$/u.exec(slice.slice(Math.max(0, nameStart - 160), nameStart))?.[1] ?? "";
  const ws = clause.trim().toLowerCase().split(/\s+/u).filter((w) => w !== "");
  if (ws.length < 2 || !relatives.includes(ws[0] as string)) return false;
  let k = ws.length - 1;
  if (k > 1 && frames.determiners.includes(ws[k] as string)) k--;
  return k >= 1 && prepositions.includes(ws[k] as string);
}

const smallLetterPatterns = new WeakMap<ReadonlySet<string>, RegExp | null>();
/** No name written in small letters: a registry that spells none, as tests read frames without one. */
const NO_SMALL_LETTER_NAMES: ReadonlySet<string> = new Set();

/**
 * `text` with each name the registry spells with a small first letter ("told dpa", "berichtete die taz") given a capital,
 * as every language's name pattern wants one; the same length, so a match's offsets hold in the text as written.
 */
function capitaliseSmallLetterNames(text: string, names: ReadonlySet<string>): string {
  let re = smallLetterPatterns.get(names);
  if (re === undefined) {
    const alternation = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
    re = alternation ? new RegExp(`(?<![\\p{L}\\p{N}.-])(?:${alternation})(?![\\p{L}\\p{N}]|[.-][\\p{L}\\p{N}])`, "gu") : null;
    smallLetterPatterns.set(names, re);
  }
  return re ? text.replace(re, (n) => n[0]!.toUpperCase() + n.slice(1)) : text;
}

const citingPatterns = new Map<string, RegExp | null>();

/**
 * Whom an outlet relied on, named right after its credit ("…, rapporte X, citant une source anonyme"; the language's
 * `citingCues`) or after the rest of the outlet's clause ("El Diario X adelantó el lunes la subida, citando a una fuente",
 * where the frame ends at the verb): offsets in `slice`, as a frame's own `citing` group gives them.
 */
function trailingCiting(slice: string, at: number, frames: LanguageFrames): [number, number] | undefined {
  let re = citingPatterns.get(frames.language);
  if (re === undefined) {
    const cues = frames.citingCues ?? [];
    re = cues.length > 0 ? new RegExp(`^(?:[^,.;:!?()«»"“”\\n]{0,60}?(?=[\\s,]))?\\s*,?\\s*(?:${cues.map(escapeRegExp).join("|")})\\s+(?=\\p{L})`, "iu") : null;
    citingPatterns.set(frames.language, re);
  }
  const m = re?.exec(slice.slice(at));
  if (!m) return undefined;
  const start = at + m[0].length;
  const what = /^[^,.;:!?()«»"“”]{1,80}/u.exec(slice.slice(start));
  return what ? [start, start + what[0].trimEnd().length] : undefined;
}

/**
 * Every frame match in `text[start, end)`; sentence-initial capitals, and those after a colon, are tried in lower case too
 * ("According to …"), and names the registry spells in small letters with a capital. Overlapping matches on the same name keep the first rule.
 */
export function matchFrames(text: string, start: number, end: number, lang: CompiledLanguage, smallLetterNames: ReadonlySet<string> = NO_SMALL_LETTER_NAMES): FrameHit[] {
  const slice = text.slice(start, end);
  // After a colon a clause opens with a capital as a sentence does ("From the wire: According to X, …").
  const lowered = slice.replace(/^(\s*)(\p{Lu})|(:\s+)(\p{Lu})(?=\p{Ll})/gu, (_m, s?: string, c?: string, s2?: string, c2?: string) => (s ?? s2 ?? "") + (c ?? c2 ?? "").toLowerCase());
  const capitalised = capitaliseSmallLetterNames(lowered, smallLetterNames);
  const hits: FrameHit[] = [];
  /** Which hits read whom the outlet relied on after their match (`trailingCiting`), not from a group of their own. */
  const trailing = new Set<number>();
  const { rules, literals, nameAt } = rulesFor(lang.frames);
  // Per variant, found once for all the rules: which rules it may hold a match of (their literals), and where a name can
  // start (for the rules that open with a name).
  const variants = [...new Set([slice, lowered, capitalised])].map((text) => {
    let starts: number[] | undefined;
    return { text, candidates: literals.candidates(text), starts: () => (starts ??= headStarts(text, nameAt)) };
  });
  for (let k = 0; k < rules.length; k++) {
    const compiled = rules[k] as CompiledRule;
    const { rule } = compiled;
    for (const variant of variants) {
      if (!variant.candidates[k]) continue;
      for (const m of compiled.matches(variant.text, variant.starts)) {
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
        if (opensWithName(rule) && objectInRelativeClause(slice, nameStart, lang.frames)) continue;
        const ownCiting = m.indices?.groups?.citing;
        const cIdx = ownCiting ?? trailingCiting(slice, m.index + m[0].length, lang.frames);
        if (!ownCiting && cIdx) trailing.add(hits.length);
        const descriptor = lang.descriptorFull.test(rawName.trim());
        hits.push({
          rule,
          span: { start: start + m.index, end: start + m.index + m[0].length },
          name: { start: start + nameStart, end: start + nameEnd, text: rawName },
          descriptor,
          ...(DATA_NOUN.test(slice.slice(nameEnd)) ? { dataNoun: true } : {}),
          ...(rule.frame === "reported" && RESULTS_OBJECT.test(slice.slice(m.index + m[0].length)) ? { results: true } : {}),
          ...(m.groups?.date ? { date: m.groups.date } : {}),
          ...(m.groups?.cue && !descriptor ? { cue: m.groups.cue } : {}),
          ...(cIdx ? { citing: { start: start + cIdx[0], end: start + cIdx[1] } } : {}),
        });
      }
    }
  }
  // "as reported by X, citing Belgian tabloid Y": where a citing frame of its own reads the words after the cue as an
  // outlet, that frame is the citation; read as whom X relied on too, Y would be cited twice.
  const cited = hits.map((h, k) => {
    const c = h.citing;
    if (!c || !trailing.has(k) || !hits.some((o) => o !== h && o.rule.frame === "citing" && contains(c, o.name))) return h;
    const { citing: _dropped, ...rest } = h;
    return rest;
  });
  return cited.sort((a, b) => a.span.start - b.span.start);
}
