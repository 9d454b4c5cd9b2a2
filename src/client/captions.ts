/**
 * A teacher's own words for story steps, kept apart from the generated ones: an edit is stored by case and step id
 * ("origin", "report:<article>", "finding:<id>", "summary"), never written into the steps, so a re-analysis that
 * rewrites the generated captions leaves the teacher's words in place, and "claimtrail's words" brings the generated
 * caption back. Stored in this browser (localStorage); the steps themselves stay pure.
 */
import type { StoryStep } from "./story.ts";

/** Edited captions of one case, by step id. */
export type CaptionEdits = Record<string, string>;

/** A step as shown: its caption replaced by the teacher's words when there are any, and whether it was. */
export interface ShownStep extends StoryStep {
  edited: boolean;
  /** claimtrail's own caption, kept for "claimtrail's words". */
  generated: string;
}

/** Applies the edits to the steps (a new list; the steps are not changed). An edit for a step the story no longer has is kept but not shown. */
export function withEdits(steps: readonly StoryStep[], edits: CaptionEdits): ShownStep[] {
  return steps.map((s) => {
    const own = edits[s.id];
    return own !== undefined && own.trim() ? { ...s, caption: own, edited: true, generated: s.caption } : { ...s, edited: false, generated: s.caption };
  });
}

/** The edits with one step's caption set (trimmed), or removed when empty or the same as claimtrail's. */
export function editCaption(edits: CaptionEdits, step: Pick<StoryStep, "id" | "caption">, text: string): CaptionEdits {
  const next = { ...edits };
  const t = text.trim();
  if (!t || t === step.caption.trim()) delete next[step.id];
  else next[step.id] = t;
  return next;
}

const KEY = (caseId: string) => `claimtrail:captions:${caseId}`;

/** Reads a case's edits; anything unreadable counts as none. */
export function loadEdits(storage: Pick<Storage, "getItem"> | undefined, caseId: string): CaptionEdits {
  try {
    const raw = storage?.getItem(KEY(caseId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return {};
  }
}

/** Writes a case's edits; false when the browser refuses (private mode, full storage). */
export function saveEdits(storage: Pick<Storage, "setItem" | "removeItem"> | undefined, caseId: string, edits: CaptionEdits): boolean {
  try {
    if (!storage) return false;
    if (Object.keys(edits).length === 0) storage.removeItem(KEY(caseId));
    else storage.setItem(KEY(caseId), JSON.stringify(edits));
    return true;
  } catch {
    return false;
  }
}
