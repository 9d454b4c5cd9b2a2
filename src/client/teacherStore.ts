/** Where a teacher's story of a case is kept: with the case in the workspace store when the server keeps one (changed there only by a page that may write), else in this browser's storage. The I/O beside the pure captions.ts. */
import { api } from "./api.ts";
import { emptyEdits, loadEdits, saveEdits, type StoryEdits } from "./captions.ts";
import type { TeacherStory } from "./state.ts";

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The teacher's story of a case, from the workspace store when the server keeps it there, else from this browser. */
export async function loadTeacherStory(caseId: string): Promise<TeacherStory> {
  const kept = await api.story(caseId).catch(() => undefined);
  if (kept?.stored) return { edits: kept.edits ?? emptyEdits(), keptIn: "workspace", canEdit: kept.writable };
  return { edits: loadEdits(browserStorage(), caseId), keptIn: "browser", canEdit: true };
}

/** Keeps changed edits where the story is kept; `problem` hears, in words for the teacher, when they could not be kept. */
export function keepTeacherStory(caseId: string, keptIn: TeacherStory["keptIn"], edits: StoryEdits, problem: (message: string) => void): void {
  if (keptIn === "workspace") api.saveStory(caseId, edits).catch((e: unknown) => problem(`Your change to the story was not saved with the case: ${(e as Error).message}`));
  else if (!saveEdits(browserStorage(), caseId, edits)) problem("This browser refused to keep your change to the story: it is shown until the page is closed.");
}
