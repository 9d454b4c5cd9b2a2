/** The story bar's and the quiz's actions: going through the steps, the teacher's changes to the story (kept in the state through reduce, and where the server keeps them), and starting or ending the quiz. */
import { api } from "./api.ts";
import { setCaption, type StoryEdits } from "./captions.ts";
import { mainClaims } from "./claims.ts";
import { byId as $ } from "./dom.ts";
import { renderStoryBar } from "./panels/story.ts";
import { currentStep, rearrangedStory, shownSteps, shownView, storyBar, withSelectionAsStep } from "./selectors.ts";
import type { Action, ExplorerState } from "./state.ts";
import { keepTeacherStory } from "./teacherStore.ts";
import { dayLabel, dayStart } from "./timeline.ts";

/** What the story needs from the page: the state and the one way to change it, the status line, the camera, the slider's days. */
export interface StoryContext {
  state(): ExplorerState;
  dispatch(action: Action): void;
  status(text: string, error?: boolean): void;
  /** Brings a step's nodes into view. */
  zoomToStep(nodes: readonly string[]): void;
  /** The time slider's stops (day starts), once the picture is drawn. */
  days(): readonly number[] | undefined;
}

/** The story's and the quiz's actions, bound to a page. */
export function storyFlow(page: StoryContext) {
  const { dispatch } = page;

  /** Keeps the teacher's changed story in the state and where this server keeps it (the workspace store, else this browser). */
  function keepStory(edits: StoryEdits | undefined): void {
    const data = page.state().data;
    if (!data || !edits) return;
    dispatch({ type: "storyEdited", edits });
    keepTeacherStory(data.id, page.state().teacher.keptIn, edits, (message) => page.status(message, true));
  }

  /** Keeps (or, with text undefined, forgets) the teacher's words for the step shown, and closes the editor. */
  function saveCaption(text: string | undefined): void {
    const s = page.state();
    const step = currentStep(s);
    if (!step) return;
    keepStory(setCaption(s.teacher.edits, step, text ?? ""));
    dispatch({ type: "editCaption", on: false });
  }

  /** Moves, hides (a step of the teacher's own: deletes) or shows again the hidden steps, and stays on a step that still exists. */
  function arrangeSteps(change: "earlier" | "later" | "hide" | "unhide"): void {
    const s = page.state();
    const step = currentStep(s);
    const n = s.view.story;
    if (!step || n === undefined) return;
    keepStory(rearrangedStory(s, change));
    const all = shownSteps(page.state());
    const at = all.findIndex((x) => x.id === step.id);
    goToStep(at >= 0 ? at + 1 : Math.min(n, all.length));
  }

  /** Adds what is selected as a step of the teacher's own, after the story's last step, and opens its editor. */
  function addOwnStep(): void {
    const id = `own:${Date.now().toString(36)}`;
    const edits = withSelectionAsStep(page.state(), id);
    if (!edits) return;
    keepStory(edits);
    goToStep(shownSteps(page.state()).findIndex((x) => x.id === id) + 1);
    dispatch({ type: "editCaption", on: true });
  }

  /** Goes to a story step (from 1), or leaves the story with undefined. */
  function goToStep(step: number | undefined): void {
    dispatch({ type: "story", step, steps: shownSteps(page.state()).length });
    const shown = currentStep(page.state());
    if (shown) page.zoomToStep(shown.nodes);
  }

  /** Shows the story bar for the state's step, or hides it; presenter view on the body. */
  function showStory(): void {
    renderStoryBar(storyBar(page.state()));
    showStoryTime();
  }

  /** The time slider shows the story step's date (or every date); the slider itself is the reader's, set back when the story ends. */
  function showStoryTime(): void {
    const until = shownView(page.state()).until;
    $("time-label").textContent = until === undefined ? "All dates" : `Up to ${dayLabel(until)}`;
    const days = page.days();
    if (days) $<HTMLInputElement>("slider").value = String(until === undefined ? days.length : Math.max(0, days.findIndex((d) => d >= dayStart(until))));
  }

  /** Starts the quiz on the case's main claim (loading its origin trace for the answers), or ends it. */
  function openQuiz(on: boolean): void {
    const data = page.state().data;
    const claim = on && data ? mainClaims(data)[0] : undefined;
    if (on && !claim) return page.status("This case has no claim to ask the class about.", true);
    dispatch({ type: "quiz", claim });
    if (claim && data) api.trace(data.id, claim).then((trace) => dispatch({ type: "quizTrace", trace }), () => undefined);
  }

  return { saveCaption, arrangeSteps, addOwnStep, goToStep, showStory, showStoryTime, openQuiz };
}
