/**
 * The quiz: before the story tells it, the class answers "which article did this claim start from?" and "how many
 * independent sources are there behind it?". The answers are checked against what the report states (the claim's
 * origins and independent sources, else its origin trace's: `claimAnswers`); the picture lights the answer once it is
 * revealed. Pure: case data and quiz state in, words and sets out.
 */
import type { OriginTrace } from "../analyse/types.ts";
import { claimAnswers, firstOrigins, publishedDateOf } from "../export/shared.ts";
import type { ClaimNodeAttrs } from "../graph/types.ts";
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
  origins: string[];
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
  const origins = firstOrigins(answers.origins.filter((o) => data.nodes.has(o)), (a) => publishedDateOf(data.nodes.get(a)!)).first;
  return { claim, wording: (c as ClaimNodeAttrs).label || c.text, choices, origins, independentSources: answers.independentSources, primarySources: answers.primarySources.filter((p) => data.nodes.has(p)) };
}

const list = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

/** A verdict on an answer, in words for the class. */
export interface Verdict {
  right: boolean;
  text: string;
}

/** Question 1: whether the picked article is where the claim started in this case. */
export function originVerdict(data: CaseData, key: QuizKey, picked: string): Verdict {
  const name = labelOf(data, picked);
  if (key.origins.includes(picked)) return { right: true, text: `Yes: ${name} is the first article in this case to print it.` };
  if (key.origins.length === 0) return { right: false, text: "claimtrail could not tell which article printed it first." };
  return { right: false, text: `Not ${name}. Look for the earliest article that carries the claim, and follow the arrows back from the others.` };
}

/** Question 2: whether the number is the count of independent sources the report states. */
export function countVerdict(key: QuizKey, count: number): Verdict {
  if (count === key.independentSources) return { right: true, text: `Yes: ${count}.${key.origins.length > 0 ? " However many articles repeat it." : ""}` };
  return { right: false, text: count > key.independentSources ? "Fewer: many articles repeat the same source. Follow each arrow back to whom it quotes." : "More: follow each article back to the people and documents it quotes." };
}

/** The answers in words, once revealed. */
export function revealedText(data: CaseData, key: QuizKey): { origin: string; count: string } {
  const sources = key.primarySources.map((p) => labelOf(data, p));
  return {
    origin: key.origins.length ? `It started at ${list(key.origins.map((o) => labelOf(data, o)))}.` : "claimtrail could not tell which article printed it first.",
    count:
      key.independentSources === 0
        ? "claimtrail found no primary source behind it."
        : `${key.independentSources} independent source${key.independentSources === 1 ? "" : "s"}${sources.length ? ` (${list(sources)})` : ""}. Repeating a claim is not confirming it.`,
  };
}

/** What the picture lights once the answers are revealed: the claim, where it started and the sources it rests on; before that nothing is dimmed, so the class sees every article and arrow (their kinds drawn alike). */
export function quizFocus(data: CaseData, key: QuizKey, quiz: QuizState): Focus | undefined {
  if (!quiz.revealed) return undefined;
  const nodes = new Set([key.claim, ...key.origins, ...key.primarySources]);
  if (quiz.picked) nodes.add(quiz.picked);
  const edges = new Set<string>();
  for (const o of key.origins) {
    for (const e of data.incident.get(o) ?? []) {
      const edge = data.edges.get(e)!;
      if (edge.source === o && (edge.target === key.claim || key.primarySources.includes(edge.target))) edges.add(e);
    }
  }
  return { nodes, edges };
}
