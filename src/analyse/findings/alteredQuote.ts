/** altered_quote: one quotation repeated with changed words inside the quotation marks. */
import { capitalAccentsFolded, sameLettersRunTogether } from "../../align/folding.ts";
import { letterVariantsFolded } from "../../core/legacyLetters.ts";
import { isWordlikeAcronym } from "../../align/quoteWording.ts";
import { reuseOrderKnown, type DiffOp, type Finding } from "../../graph/types.ts";
import { tokenize } from "../../align/tokens.ts";
import type { ReuseRelation } from "../../align/types.ts";
import { joinBySharedRun, type QuoteGroup } from "../quoteGroups.ts";
import { edgeKeys, type FindingInputs } from "./inputs.ts";
import { articleName, listWords } from "./wording.ts";
import { disjointSets } from "../../core/disjointSets.ts";

/** A text's runs of letters and digits in small letters ("Down-fall" → "down", "fall"). */
const wordsOf = (text: string): string[] => letterVariantsFolded(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * True when two runs of words spell the same letters but for letter case, an accent a capital is printed without, and
 * spaces or hyphens between them ("mais feliz" / "MAIS FELIZ", "experts" / "Experts", "downfall" / "down fall"): the
 * same words, as the quotation comparison reads them (align/quoteWording.ts). An acronym written small ("US" → "us") is
 * another word. `before`, `after`: the words printed just before and after the runs, for telling an acronym.
 */
export function sameWordsWritten(earlier: string, later: string, before = "", after = ""): boolean {
  if (!sameLettersRunTogether(wordsOf(earlier), wordsOf(later)) && !sameLettersRunTogether(wordsOf(capitalAccentsFolded(earlier)), wordsOf(capitalAccentsFolded(later)))) return false;
  const acronyms = (text: string) => {
    const words = text.split(/\s+/).filter(Boolean);
    const bare = (w: string | undefined) => w?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    return words.filter((w, i) => isWordlikeAcronym(bare(w)!, bare(i > 0 ? words[i - 1] : before.split(/\s+/).at(-1)), bare(i + 1 < words.length ? words[i + 1] : after.split(/\s+/)[0]))).map(bare);
  };
  return acronyms(earlier).join(" ") === acronyms(later).join(" ");
}

/** The words of a change left once words at either end that only changed letter case are taken off (sameWordsWritten). */
function trimmedSameWords(before: string, after: string, prev: string, follow: string): [string, string] {
  const b = before.split(/\s+/).filter(Boolean);
  const a = after.split(/\s+/).filter(Boolean);
  while (b.length > 1 && a.length > 1 && sameWordsWritten(b[0]!, a[0]!, prev, b[1])) {
    prev = b.shift()!;
    a.shift();
  }
  while (b.length > 1 && a.length > 1 && sameWordsWritten(b.at(-1)!, a.at(-1)!, b.at(-2), follow)) {
    follow = b.pop()!;
    a.pop();
  }
  return [b.join(" "), a.join(" ")];
}

/** The edit as a reader would point at it: a bracketed insertion shown whole ("[to the Badia]" → "[to the Homs desert]"), stray punctuation trimmed. */
export function changedWords(diff: readonly DiffOp[] | undefined): string {
  if (!diff) return "";
  const trim = (t: string) => t.trim().replace(/^[,.;:!?"”“’‘]+|[,.;:!?"”“’‘]+$/g, "");
  const changes: string[] = [];
  for (let i = 0; i < diff.length; i++) {
    const op = diff[i] as DiffOp;
    if (op.op === "equal") continue;
    const next = diff[i + 1];
    if (op.op === "delete" && next?.op === "insert") {
      const prev = diff[i - 1]?.op === "equal" ? (diff[i - 1] as DiffOp).text : "";
      const follow = diff[i + 2]?.op === "equal" ? (diff[i + 2] as DiffOp).text : "";
      // Words that only changed letter case or spacing are the same words: not named, and no change at all alone.
      if (sameWordsWritten(op.text, next.text, prev, follow)) {
        i++;
        continue;
      }
      let [before, after] = trimmedSameWords(trim(op.text), trim(next.text), prev, follow).map(trim) as [string, string];
      // Inside an editor's bracket: show the whole bracket on both sides.
      const open = prev.lastIndexOf("[");
      if (open >= 0 && prev.indexOf("]", open) < 0) {
        const head = prev.slice(open);
        const tail = follow.slice(0, follow.indexOf("]") + 1);
        const join = (a: string, b: string) => (a.endsWith("[") || /\s$/.test(a) || /^\s/.test(b) ? `${a}${b}` : `${a} ${b}`);
        before = `${join(head, op.text)}${tail}`.replace(/\s+/g, " ").replace(/[,.;:]+(?=\]?$)/, "");
        after = `${join(head, next.text)}${tail}`.replace(/\s+/g, " ").replace(/[,.;:]+(?=\]?$)/, "");
      }
      if (before !== after) changes.push(`"${before}" became "${after}"`);
      i++;
    } else if (trim(op.text)) {
      const words = trim(op.text);
      const other = op.op === "delete" ? "insert" : "delete";
      // Words dropped in one place and added in another are one change: they moved. Not words one side of a replaced
      // pair prints ('"dan" → "Dan,"' elsewhere): that pair is its own change, or none (sameWordsWritten).
      const paired = (j: number) => (diff[j]?.op === "delete" && diff[j + 1]?.op === "insert") || (diff[j]?.op === "insert" && diff[j - 1]?.op === "delete");
      const moved = diff.some((d, j) => j !== i && d.op === other && trim(d.text) === words && !paired(j));
      if (!moved) changes.push(op.op === "delete" ? `"${words}" was dropped` : `"${words}" was added`);
      else if (op.op === "delete") changes.push(`"${words}" was moved`);
    }
  }
  return listWords(changes.slice(0, 4));
}

/**
 * A group's altered relations split by the quotation they change. A group joins quotations wherever one article's
 * printings of them overlap (a story's description and its editor's line printed in one passage), so one finding told
 * changes to different quotations by different articles as one. Relations whose passages share a run of words
 * (SAME_WORDS_RUN) change one quotation; sets that still share an article stay one (that article changed or printed
 * both, and a reader follows them together), as do relations too short for a run, with the set of an article they print.
 */
function byQuotation(altered: readonly ReuseRelation[]): ReuseRelation[][] {
  const joined = disjointSets(altered.length);
  const owner: number[] = [];
  const words: string[][] = [];
  altered.forEach((r, i) => {
    for (const p of r.passages)
      for (const e of [p.from, p.to]) {
        owner.push(i);
        words.push(tokenize(e.text).map((t) => t.norm));
      }
  });
  joinBySharedRun(words, (a, b) => joined.join(owner[a]!, owner[b]!));
  // Sets that share an article stay one.
  const byArticle = new Map<string, number>();
  altered.forEach((r, i) => {
    for (const a of [r.from, r.to]) {
      const j = byArticle.get(a);
      if (j === undefined) byArticle.set(a, i);
      else joined.join(i, j);
    }
  });
  return joined.sets(altered);
}

/** A quotation repeated with changed words inside the quotation marks: one finding per quotation, each change named. */
export function alteredQuotes(inputs: FindingInputs, groups: readonly QuoteGroup[]): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const g of groups) for (const altered of byQuotation(g.relations.filter((r) => r.kind === "alters_quote"))) {
    const sentences = altered.slice(0, 4).map((r) => {
      const p = r.passages.find((x) => x.diff?.some((d) => d.op !== "equal")) ?? r.passages[0];
      const change = changedWords(p?.diff) || "the wording differs";
      return reuseOrderKnown(r)
        ? `${articleName(graph, r.from)} repeats a quotation first printed by ${articleName(graph, r.to)}, but the words inside the quotation marks changed: ${change}.`
        : `${articleName(graph, r.from)} and ${articleName(graph, r.to)} print one quotation with different words inside the quotation marks (${change}); which changed it cannot be told.`;
    });
    const more = altered.length > 4 ? ` ${altered.length - 4} more article${altered.length - 4 === 1 ? "" : "s"} change it too.` : "";
    const articles = [...new Set(altered.flatMap((r) => [r.to, r.from]))];
    findings.push({
      id: `altered_quote:${altered[0]!.from}:${altered[0]!.to}`,
      type: "altered_quote",
      articles,
      explanation: `${sentences.join(" ")}${more} A reader sees quotation marks and trusts the words are the speaker's.`,
      evidence: altered.slice(0, 4).flatMap((r) => {
        const p = r.passages.find((x) => x.diff?.some((d) => d.op !== "equal")) ?? r.passages[0];
        return p ? [p.to, p.from] : [];
      }),
      edges: altered.flatMap((r) => edgeKeys(graph, "alters_quote", r.from, r.to)),
    });
  }
  return findings;
}
