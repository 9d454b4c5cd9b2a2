/**
 * What follows from the explorer's state (and, for search matches, the drawn graph): the story as the class sees it, the
 * step and quiz under way, what to light, what the reducers read on each frame, the status line. Computed on demand and
 * memoised on the identity of what they read (reduce never mutates a state, so the same objects give the same answer),
 * never kept beside the state and synced by hand. Pure.
 */
import { addStep, arrangeStory, hideStep, moveStep, removeStep, shownStory, type OwnStep, type ShownStep, type StoryEdits } from "./captions.ts";
import { labelOf, type CaseData } from "./data.ts";
import { searchMatches, selectionFocus } from "./focus.ts";
import type { Focus, HighlightInput } from "./highlight.ts";
import { FINDING_TITLES } from "./palette.ts";
import type { StoryBarView } from "./panels/story.ts";
import { quizFocus, quizKey, type QuizKey } from "./quiz.ts";
import type { ExplorerState, ViewState } from "./state.ts";
import { buildStory, type StoryStep } from "./story.ts";
import type { LabelPlace, ViewModel } from "./types.ts";

/** Wraps `f` so that a call with the same arguments as the last one (by identity) returns the last result. */
export function lastCall<A extends readonly unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((x, i) => Object.is(x, args[i]))) return last.result;
    last = { args, result: f(...args) };
    return last.result;
  };
}

const generatedStories = new WeakMap<CaseData, StoryStep[]>();

/** The case's story as claimtrail writes it (story.ts): built once per loaded case, when first asked for. */
export function storySteps(data: CaseData | undefined): StoryStep[] {
  if (!data) return [];
  let steps = generatedStories.get(data);
  if (!steps) generatedStories.set(data, (steps = buildStory(data)));
  return steps;
}

const shownOf = lastCall((data: CaseData | undefined, edits: StoryEdits) => shownStory(storySteps(data), edits));

/** The steps as the class sees them: the teacher's order and words, their own steps, hidden ones left out. */
export function shownSteps(s: ExplorerState): ShownStep[] {
  return shownOf(s.data, s.teacher.edits);
}

/** Every step, hidden ones included and marked, in the teacher's order (what the teacher arranges). */
export function arrangedSteps(s: ExplorerState): ShownStep[] {
  return arrangeStory(storySteps(s.data), s.teacher.edits);
}

/** The story step shown, if any. */
export function currentStep(s: ExplorerState): ShownStep | undefined {
  const n = s.view.story;
  return n !== undefined ? shownSteps(s)[n - 1] : undefined;
}

/** How the teacher's story changes when they move, hide (a step of their own: delete) or show again the hidden steps; undefined outside the story. */
export function rearrangedStory(s: ExplorerState, change: "earlier" | "later" | "hide" | "unhide"): StoryEdits | undefined {
  const step = currentStep(s);
  if (!step) return undefined;
  const e = s.teacher.edits;
  if (change === "unhide") return { ...e, hidden: [] };
  if (change === "hide") return step.own ? removeStep(e, step.id) : hideStep(e, step.id, true);
  return moveStep(e, arrangedSteps(s), step.id, change === "earlier" ? -1 : 1);
}

/** The teacher's story with what is selected added as a step of their own (id `id`) after the story's last step; undefined when nothing is selected. Until the teacher writes its caption, the step says what it shows. */
export function withSelectionAsStep(s: ExplorerState, id: OwnStep["id"]): StoryEdits | undefined {
  const { data } = s;
  const sel = s.view.selection;
  if (!data || !sel) return undefined;
  const lit = selectionFocus(data, s);
  const finding = sel.type === "finding" ? data.findings.find((f) => f.id === sel.id) : undefined;
  const title = sel.type === "finding" ? (finding ? (FINDING_TITLES[finding.type] ?? finding.type) : "A finding") : labelOf(data, sel.key);
  return addStep(s.teacher.edits, arrangedSteps(s), { id, title, caption: `${title}.`, nodes: [...(lit?.nodes ?? [])], edges: [...(lit?.edges ?? [])] });
}

/** What the story bar shows for the state. */
export function storyBar(s: ExplorerState): StoryBarView {
  const n = s.view.story;
  const step = currentStep(s);
  const generated = storySteps(s.data);
  return {
    ...(n !== undefined ? { n } : {}),
    ...(step ? { step } : {}),
    total: shownSteps(s).length,
    editing: s.editingCaption === true,
    presenter: s.view.presenter === true,
    hiddenCount: s.teacher.edits.hidden.filter((id) => generated.some((g) => g.id === id)).length,
    keptIn: s.teacher.keptIn,
    canEdit: s.teacher.canEdit,
  };
}

const quizKeyOf = lastCall((data: CaseData | undefined, claim: string | undefined, trace: NonNullable<ExplorerState["quiz"]>["trace"]) => (claim && data ? quizKey(data, claim, trace) : undefined));

/** The questions and answers of the quiz under way, if any. */
export function currentQuiz(s: ExplorerState): QuizKey | undefined {
  return quizKeyOf(s.data, s.quiz?.claim, s.quiz?.trace);
}

/** What to light: the quiz's claim and answers, the story step when telling the story, else the selection. */
export const currentFocus = lastCall((s: ExplorerState): Focus | undefined => {
  if (!s.data) return undefined;
  const quiz = currentQuiz(s);
  if (quiz && s.quiz) return quizFocus(s.data, quiz, s.quiz);
  const step = currentStep(s);
  if (step) return { nodes: new Set(step.nodes), edges: new Set(step.edges) };
  return selectionFocus(s.data, s);
});

/** The view the reducers filter by: a story step sets the time slider to its own date, so the picture grows step by step. */
export const shownView = lastCall((s: ExplorerState): ViewState => {
  const until = currentStep(s)?.until;
  return until !== undefined ? { ...s.view, until } : s.view;
});

/** Node keys of the drawn graph matching the search box, or undefined when the box is empty or nothing is drawn. */
export const currentMatches = lastCall((search: string, model: ViewModel | undefined): Set<string> | undefined =>
  model ? searchMatches(search, model.graph.mapNodes((k, a) => [k, a.search] as [string, string | undefined])) : undefined,
);

/** What sigma's reducers read on each frame (called per node and edge, so memoised): the shown view, the focus, the search matches and the placed labels. */
export const highlightInput = lastCall((s: ExplorerState, model: ViewModel | undefined, labels: Map<string, LabelPlace> | undefined): HighlightInput => {
  const focus = currentFocus(s);
  const matches = currentMatches(s.view.search, model);
  return { state: shownView(s), ...(focus ? { focus } : {}), ...(matches ? { matches } : {}), ...(labels ? { labels } : {}), ...(s.quiz && !s.quiz.revealed ? { plainArrows: true } : {}) };
});

/** How many articles and outlets a case has. */
function nodeCounts(d: CaseData): { articles: number; outlets: number } {
  let articles = 0;
  let outlets = 0;
  for (const n of d.nodes.values()) {
    if (n.kind === "article") articles++;
    if (n.kind === "outlet") outlets++;
  }
  return { articles, outlets };
}

/** One line on the case: its title and how many articles, outlets and findings it has. */
export function caseSummary(d: CaseData): string {
  const { articles, outlets } = nodeCounts(d);
  return `${d.attributes.title ?? d.id}: ${articles} articles, ${outlets} outlets, ${d.findings.length} findings`;
}

/**
 * The case picker's words for a case: its title and how many articles it has. A case still being analysed for the first
 * time has no count yet (the server says 0): "(being analysed)", never "(0 articles)".
 */
export function caseChoice(c: { title: string; articles: number; analysing?: boolean }): string {
  return c.analysing && !c.articles ? `${c.title} (being analysed)` : `${c.title} (${c.articles} articles)`;
}

/** The picker's words for a case once its graph is loaded: the title and count the graph has. */
export function loadedCaseChoice(d: CaseData): string {
  return caseChoice({ title: d.attributes.title ?? d.id, articles: nodeCounts(d).articles });
}

/** The status line: how many nodes match the search, else the case's summary (undefined before the case loads). */
export function statusLine(s: ExplorerState, model: ViewModel | undefined): string | undefined {
  const n = currentMatches(s.view.search, model)?.size;
  if (n !== undefined) return `${n} match${n === 1 ? "" : "es"} for “${s.view.search}”`;
  return s.data ? caseSummary(s.data) : undefined;
}
