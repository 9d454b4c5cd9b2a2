/**
 * The institution an anonymous source's words say it speaks from ("una fuente del Gobierno", "fuentes del Ministerio de
 * Hacienda": the government; the finance ministry), read with per-language data (frames `institutions`, else the
 * language's organisation cues). Reading (resolve.ts: one article's sources) and analysis (analyse/anonymousAlike.ts:
 * sources of several articles that may be one) both ask it.
 */
import { framesFor } from "./frames/index.ts";
import type { Institution, LanguageFrames } from "./frames/types.ts";

/** Where an unnamed source speaks from: a kind of public institution, or an organisation cue of its language, with the name its phrase gives it. */
export interface SourceInstitution {
  kind: Institution | `org:${string}`;
  /** The words that name which one ("Hacienda", "Spanish", "finanz" of "Finanzministerium"), as written. */
  name?: string;
}

/** The more specific kinds first: "a government intelligence source" speaks from the intelligence services. */
const PRIORITY: readonly Institution[] = ["ministry", "intelligence", "police", "military", "government"];

/** Words that join an institution's noun to its name ("Ministerio de Hacienda", "ministère des Finances", "Ministry of Finance"). */
const LINKS = new Set(["of", "for", "de", "del", "des", "du", "la", "le", "les", "l", "d", "della", "dello", "delle", "dei", "degli", "dell", "do", "da", "dos", "das", "der", "den", "van", "het", "voor", "für"]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}·]*/gu;

function matches(entry: string, word: string): boolean {
  if (/^\p{Lu}/u.test(entry)) return word === entry;
  const w = word.toLowerCase();
  if (entry.endsWith("*")) return w.length > entry.length - 1 && w.startsWith(entry.slice(0, -1));
  if (entry.startsWith("*")) return w.length > entry.length - 1 && w.endsWith(entry.slice(1));
  return w === entry;
}

const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/** The name an institution's noun at `i` is given: the part of a compound before it, capitalised words after a link, or a word before it. */
function nameAround(words: readonly string[], i: number, entry: string, frames: LanguageFrames, kind: SourceInstitution["kind"]): string | undefined {
  const word = words[i] as string;
  if (entry.startsWith("*")) return word.slice(0, word.length - entry.length + 1);
  const after: string[] = [];
  let j = i + 1;
  while (j < words.length && LINKS.has((words[j] as string).toLowerCase()) && !capitalised(words[j] as string)) j++;
  if (j > i + 1 || (j < words.length && capitalised(words[j] as string))) {
    for (; j < words.length && capitalised(words[j] as string); j++) after.push(words[j] as string);
  }
  if (after.length > 0) return after.join(" ");
  const before = words[i - 1];
  if (!before) return undefined;
  const low = before.toLowerCase();
  if (LINKS.has(low) || frames.determiners.includes(low) || frames.anonymousHeads.includes(low) || frames.nameStopwords.includes(low)) return undefined;
  // A capitalised word before the noun names it ("the Spanish government"); in English a plain one names a ministry or
  // a body ("the transport ministry"), never the government ("a senior government official").
  if (capitalised(before) || (frames.language === "en" && kind !== "government")) return before;
  return undefined;
}

/** The institution an anonymous source's words say it speaks from, if they name one. */
export function institutionOf(phrase: string, language: string): SourceInstitution | undefined {
  const frames = framesFor(language);
  const words = phrase.match(WORD) ?? [];
  const table = frames.institutions ?? {};
  for (const kind of PRIORITY) {
    for (const entry of table[kind] ?? []) {
      const i = words.findIndex((w) => matches(entry, w));
      if (i < 0) continue;
      const name = nameAround(words, i, entry, frames, kind);
      return name ? { kind, name } : { kind };
    }
  }
  const lower = words.map((w) => w.toLowerCase());
  for (const cue of frames.organisationCues) {
    const parts = cue.split(/\s+/);
    const i = lower.findIndex((_, k) => parts.every((p, n) => lower[k + n] === p));
    if (i < 0) continue;
    const kind = `org:${cue}` as const;
    const name = nameAround(words, i + parts.length - 1, cue, frames, kind);
    return name ? { kind, name } : { kind };
  }
  return undefined;
}

/** Whether two unnamed sources may speak from one institution: the same kind (and name, where both give one), or a ministry and the government it is part of. */
export function sameInstitution(a: SourceInstitution, b: SourceInstitution): boolean {
  if (a.kind === b.kind) return !a.name || !b.name || a.name.toLowerCase() === b.name.toLowerCase();
  return (a.kind === "government" && b.kind === "ministry") || (a.kind === "ministry" && b.kind === "government");
}
