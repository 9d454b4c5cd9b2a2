/**
 * The quiz: before the story tells it, the class answers "which article of this case printed this claim first?" and
 * "how many independent sources are there behind it?". The answers are checked against what the report states (where
 * the claim first appears, whatever that article's side, and its independent sources, else its origin trace's:
 * `claimAnswers`); the picture lights the answer once it is revealed. Pure: case data and quiz state in, words and sets out.
 */
import type { OriginTrace } from "../analyse/types.ts";
import { claimAnswers, firstOrigins, publishedDateOf } from "../export/shared.ts";
import type { ClaimNodeAttrs, Stance } from "../graph/types.ts";
import { labelOf, type CaseData } from "./data.ts";
import type { Focus } from "./highlight.ts";
import type { QuizState } from "./state.ts";
import { articleTime } from "./timeline.ts";

/** The questions of a claim and their answers. */
export interface QuizKey {
  claim: string;
  /** The claim's wording, as the class reads it. */
  wording: string;
  /** Every article of the case, earliest first (undated last): the choices of question 1. */
  choices: { key: string; name: string }[];
  /**
   * The right answers of question 1: the articles that may be the first of the case to print the claim, whatever their
   * side (`appearsFirstIn`, else `origins`). A debunk that quotes the claim before any article presents it as true
   * printed it first.
   */
  firstPrinted: string[];
  /** The articles that may be the first to present it as true (`origins`), where they are not the first printers. */
  firstPresented: string[];
  independentSources: number;
  primarySources: string[];
}

/** The key of the quiz on `claim`; undefined when it is not a claim of the case. The trace is used only where the claim itself does not say. */
export function quizKey(data: CaseData, claim: string, trace?: OriginTrace): QuizKey | undefined {
  const c = data.nodes.get(claim);
  if (c?.kind !== "claim") return undefined;
  const answers = trace && trace.root === claim ? claimAnswers(c, trace) : { origins: c.origins, primarySources: c.primarySources, independentSources: c.independentSources };
  const choices = [...data.nodes]
    .filter(([, n]) => n.kind === "article")
    .map(([key, n]) => ({ key, name: labelOf(data, key), at: n.kind === "article" ? (articleTime(n)?.start ?? Infinity) : Infinity }))
    .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name))
    .map(({ key, name }) => ({ key, name }));
  // Only an origin that may be the first is a right answer: one its date puts later carries the claim, it did not start it.
  const first = (list: readonly string[]) => firstOrigins(list.filter((o) => data.nodes.has(o)), (a) => publishedDateOf(data.nodes.get(a)!)).first;
  const origins = first(answers.origins);
  // The claim's own first carriers answer "printed first"; where it has none (an older graph), its origins do.
  const printed = c.appearsFirstIn ? first(c.appearsFirstIn) : [];
  const firstPrinted = printed.length > 0 ? printed : origins;
  const firstPresented = origins.filter((o) => !firstPrinted.includes(o));
  return { claim, wording: (c as ClaimNodeAttrs).label || c.text, choices, firstPrinted, firstPresented, independentSources: answers.independentSources, primarySources: answers.primarySources.filter((p) => data.nodes.has(p)) };
}

const list = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

/** A verdict on an answer, in words for the class. */
export interface Verdict {
  right: boolean;
  text: string;
}

/** How an article takes the claim, said after its name: ", which reports it as false"; nothing where it presents it as true. */
function sideWords(data: CaseData, article: string, claim: string): string {
  const stances = new Set<Stance>();
  for (const e of data.incident.get(article) ?? []) {
    const edge = data.edges.get(e)!;
    if (edge.source === article && edge.target === claim && edge.attributes.kind === "asserts") stances.add(edge.attributes.stance ?? "true");
  }
  if (stances.has("true") || stances.size === 0) return "";
  return stances.has("false") ? ", which reports it as false" : ", which only mentions it";
}

/** "It was first presented as true in X.", where the first printers are not the first to present it as true. */
function presentedSentence(data: CaseData, key: QuizKey): string {
  return key.firstPresented.length > 0 ? ` It was first presented as true in ${list(key.firstPresented.map((o) => labelOf(data, o)))}.` : "";
}

/** Question 1: whether the picked article is the first of the case to print the claim, on whatever side. */
export function originVerdict(data: CaseData, key: QuizKey, picked: string): Verdict {
  const name = labelOf(data, picked);
  if (key.firstPrinted.includes(picked)) return { right: true, text: `Yes: ${name} is the first article in this case to print it${sideWords(data, picked, key.claim)}.${presentedSentence(data, key)}` };
  if (key.firstPrinted.length === 0) return { right: false, text: "claimtrail could not tell which article printed it first." };
  // The first to present it as true is a near answer: say so, and that another printed it earlier.
  if (key.firstPresented.includes(picked)) return { right: false, text: `Not quite: ${name} is the first to present it as true, but an article on another side printed it earlier.` };
  return { right: false, text: `Not ${name}. Look for the earliest article that carries the claim, whatever it says of it, and follow the arrows back from the others.` };
}

/** Question 2: whether the number is the count of independent sources the report states. */
export function countVerdict(key: QuizKey, count: number): Verdict {
  if (count === key.independentSources) return { right: true, text: `Yes: ${count}.${key.firstPrinted.length > 0 ? " However many articles repeat it." : ""}` };
  return { right: false, text: count > key.independentSources ? "Fewer: many articles repeat the same source. Follow each arrow back to whom it quotes." : "More: follow each article back to the people and documents it quotes." };
}

/** The answers in words, once revealed. */
export function revealedText(data: CaseData, key: QuizKey): { origin: string; count: string } {
  const sources = key.primarySources.map((p) => labelOf(data, p));
  return {
    origin: key.firstPrinted.length
      ? `It first appears in ${list(key.firstPrinted.map((o) => `${labelOf(data, o)}${sideWords(data, o, key.claim)}`))}.${presentedSentence(data, key)}`
      : "claimtrail could not tell which article printed it first.",
    count:
      key.independentSources === 0
        ? "claimtrail found no primary source behind it."
        : `${key.independentSources} independent source${key.independentSources === 1 ? "" : "s"}${sources.length ? ` (${list(sources)})` : ""}. Repeating a claim is not confirming it.`,
  };
}

/** What the picture lights once the answers are revealed: the claim, where it was first printed and first presented as true, and the sources it rests on; before that nothing is dimmed, so the class sees every article and arrow (their kinds drawn alike). */
export function quizFocus(data: CaseData, key: QuizKey, quiz: QuizState): Focus | undefined {
  if (!quiz.revealed) return undefined;
  const starts = [...key.firstPrinted, ...key.firstPresented];
  const nodes = new Set([key.claim, ...starts, ...key.primarySources]);
  if (quiz.picked) nodes.add(quiz.picked);
  const edges = new Set<string>();
  for (const o of starts) {
    for (const e of data.incident.get(o) ?? []) {
      const edge = data.edges.get(e)!;
      if (edge.source === o && (edge.target === key.claim || key.primarySources.includes(edge.target))) edges.add(e);
    }
  }
  return { nodes, edges };
}
