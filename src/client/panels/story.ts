/** The story bar under the picture: step count, title and caption (text only), the teacher's editor (words, order, hidden steps), the step buttons and presenter view; and saving a page as a download. */
import type { ShownStep } from "../captions.ts";

/** What the bar shows. */
export interface StoryBarView {
  /** The step shown (from 1), undefined when the story is closed. */
  n?: number;
  step?: ShownStep;
  total: number;
  editing: boolean;
  presenter: boolean;
  /** Steps the teacher hid from the class. */
  hiddenCount: number;
  /** Where the teacher's words are kept ("workspace": with the case on the server; "browser": in this browser). */
  keptIn: "workspace" | "browser";
  /** False when the workspace keeps the words but this page may not change them (read-only server, no token). */
  canEdit: boolean;
}

/** What the bar's buttons do. */
export interface StoryBarActions {
  open(): void;
  previous(): void;
  next(): void;
  close(): void;
  presenter(): void;
  handout(): void;
  edit(): void;
  save(text: string): void;
  reset(): void;
  cancel(): void;
  move(delta: -1 | 1): void;
  hide(): void;
  unhide(): void;
}

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`explorer: element #${id} is missing from index.html; expected the story bar`);
  return found as T;
}

/** Brings the bar up to date with the view. */
export function renderStoryBar(v: StoryBarView): void {
  const { step, n } = v;
  const editing = !!step && v.editing;
  el("story").hidden = !step;
  el("story-edit-box").hidden = !editing;
  el("story-caption").hidden = editing;
  el<HTMLButtonElement>("story-edit").disabled = editing || !v.canEdit;
  el("story-edit").title = v.canEdit ? "Write this step's caption in your own words, move or hide the step" : "This server keeps the teacher's words with the case, and this page may not change them (read-only, or opened without the link with ?token=)";
  el("story-open").setAttribute("aria-pressed", String(!!step));
  document.body.classList.toggle("presenter", !!step && v.presenter);
  el("story-present").setAttribute("aria-pressed", String(v.presenter));
  el("story-present").textContent = v.presenter ? "Leave presenter view" : "Presenter view";
  if (!step || n === undefined) return;
  el("story-count").textContent = `Step ${n} of ${v.total}`;
  el("story-title").textContent = step.title;
  el("story-caption").textContent = step.caption;
  el("story-caption").classList.toggle("edited", step.edited);
  el<HTMLButtonElement>("story-reset").disabled = !step.edited || step.own === true;
  el<HTMLButtonElement>("story-earlier").disabled = n <= 1;
  el<HTMLButtonElement>("story-later").disabled = n >= v.total;
  el("story-hide").textContent = step.own ? "Delete step" : "Hide step";
  el("story-unhide").hidden = v.hiddenCount === 0;
  el("story-unhide").textContent = `Show ${v.hiddenCount} hidden step${v.hiddenCount === 1 ? "" : "s"}`;
  el("story-kept").textContent =
    v.keptIn === "workspace"
      ? "Saved with the case in the workspace, apart from claimtrail's words: a new analysis does not overwrite them."
      : "Kept in this browser, apart from claimtrail's words: a new analysis does not overwrite them.";
  el<HTMLButtonElement>("story-prev").disabled = n <= 1;
  el<HTMLButtonElement>("story-next").disabled = n >= v.total;
  if (editing) {
    const editor = el<HTMLTextAreaElement>("story-editor");
    editor.value = step.caption;
    editor.focus();
  }
}

/** Connects the bar's buttons, once. */
export function wireStoryBar(a: StoryBarActions): void {
  el("story-open").addEventListener("click", () => a.open());
  el("story-prev").addEventListener("click", () => a.previous());
  el("story-next").addEventListener("click", () => a.next());
  el("story-present").addEventListener("click", () => a.presenter());
  el("story-close").addEventListener("click", () => a.close());
  el("story-handout").addEventListener("click", () => a.handout());
  el("story-edit").addEventListener("click", () => a.edit());
  el("story-save").addEventListener("click", () => a.save(el<HTMLTextAreaElement>("story-editor").value));
  el("story-reset").addEventListener("click", () => a.reset());
  el("story-cancel").addEventListener("click", () => a.cancel());
  el("story-earlier").addEventListener("click", () => a.move(-1));
  el("story-later").addEventListener("click", () => a.move(1));
  el("story-hide").addEventListener("click", () => a.hide());
  el("story-unhide").addEventListener("click", () => a.unhide());
}

/** Runs `make` with the Handout button showing that it works, and offers its page as a download. */
export async function downloadHandout(fileName: string, make: () => Promise<string>): Promise<void> {
  const button = el<HTMLButtonElement>("story-handout");
  button.disabled = true;
  button.textContent = "Preparing…";
  try {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([await make()], { type: "text/html" }));
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  } finally {
    button.disabled = false;
    button.textContent = "Handout";
  }
}

/** A blob (a PNG of the picture) as a data URL, for a self-contained page. */
export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(new Error("explorer: the browser could not read the picture back"));
    r.readAsDataURL(blob);
  });
}
