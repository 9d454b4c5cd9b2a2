/**
 * A teacher's own story, kept apart from the generated one: captions in their words (by step id: "origin",
 * "report:<article>", "finding:<id>", "summary"), steps hidden, a new order, and steps of their own (a caption over a
 * selection of theirs). None of it is ever written into the generated steps, so a re-analysis that rewrites them leaves
 * the teacher's work in place, and "claimtrail's words" brings a generated caption back. Pure; where the edits are kept
 * (the workspace store, or this browser) is the caller's business.
 */
import type { StoryStep } from "./story.ts";

/** Edited captions of one case, by step id. */
export type CaptionEdits = Record<string, string>;

/** A step a teacher added: their caption over their own selection of nodes and edges. */
export interface OwnStep {
  /** "own:<something unique>", never the id of a generated step. */
  id: string;
  title: string;
  caption: string;
  nodes: string[];
  edges: string[];
}

/** Everything a teacher changed in a case's story: one document per case. */
export interface StoryEdits {
  captions: CaptionEdits;
  /** Step ids the class does not see. */
  hidden: string[];
  /** Step ids in the teacher's order; a step not listed (a new one from a re-analysis) follows the step before it in claimtrail's order. */
  order: string[];
  added: OwnStep[];
}

/** A step as shown: the teacher's words where given, and whether it is theirs or hidden. */
export interface ShownStep extends StoryStep {
  edited: boolean;
  /** claimtrail's own caption, kept for "claimtrail's words" (the teacher's own for a step they added). */
  generated: string;
  /** A step the teacher added. */
  own?: boolean;
  /** Hidden from the class (listed only when arranging). */
  hidden?: boolean;
}

/** No edits. */
export function emptyEdits(): StoryEdits {
  return { captions: {}, hidden: [], order: [], added: [] };
}

/** Applies caption edits to the steps (a new list; the steps are not changed). An edit for a step the story no longer has is kept but not shown. */
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

/** `ids` in the teacher's `order`; an id the order does not list goes right after the id before it in `ids`. */
function arrangeIds(ids: readonly string[], order: readonly string[]): string[] {
  const present = new Set(ids);
  const out = [...new Set(order.filter((id) => present.has(id)))];
  const placed = new Set(out);
  ids.forEach((id, i) => {
    if (placed.has(id)) return;
    out.splice(i === 0 ? 0 : out.indexOf(ids[i - 1]!) + 1, 0, id);
    placed.add(id);
  });
  return out;
}

/** Every step, generated and the teacher's own, in the teacher's order with their words; hidden ones included and marked. */
export function arrangeStory(steps: readonly StoryStep[], edits: StoryEdits): ShownStep[] {
  const own: ShownStep[] = edits.added.map((a) => ({ ...a, kind: "own", edited: true, generated: a.caption, own: true }));
  const all = new Map([...withEdits(steps, edits.captions), ...own].map((s) => [s.id, s]));
  const hidden = new Set(edits.hidden);
  return arrangeIds([...all.keys()], edits.order).map((id) => {
    const s = all.get(id)!;
    return hidden.has(id) ? { ...s, hidden: true } : s;
  });
}

/** The story the class sees: arranged, hidden steps left out. */
export function shownStory(steps: readonly StoryStep[], edits: StoryEdits): ShownStep[] {
  return arrangeStory(steps, edits).filter((s) => !s.hidden);
}

/** The edits with a step's caption set: a generated step's words over claimtrail's (empty: claimtrail's again), an own step's words replaced (never emptied). */
export function setCaption(edits: StoryEdits, step: ShownStep, text: string): StoryEdits {
  if (!step.own) return { ...edits, captions: editCaption(edits.captions, { id: step.id, caption: step.generated }, text) };
  const t = text.trim();
  return t ? { ...edits, added: edits.added.map((a) => (a.id === step.id ? { ...a, caption: t } : a)) } : edits;
}

/** The edits with a step moved one place earlier (-1) or later (+1) among the steps the class sees. */
export function moveStep(edits: StoryEdits, arranged: readonly ShownStep[], id: string, delta: -1 | 1): StoryEdits {
  const ids = arranged.map((s) => s.id);
  const from = ids.indexOf(id);
  if (from < 0) return edits;
  // Past hidden steps to the next step the class sees.
  let to = from + delta;
  while (to >= 0 && to < ids.length && arranged[to]!.hidden) to += delta;
  if (to < 0 || to >= ids.length) return edits;
  ids.splice(from, 1);
  ids.splice(to, 0, id);
  return { ...edits, order: ids };
}

/** The edits with a step hidden from the class, or shown again. */
export function hideStep(edits: StoryEdits, id: string, hidden: boolean): StoryEdits {
  const rest = edits.hidden.filter((h) => h !== id);
  return { ...edits, hidden: hidden ? [...rest, id] : rest };
}

/** The edits with a step of the teacher's own right after `after` (at the end when absent). */
export function addStep(edits: StoryEdits, arranged: readonly ShownStep[], step: OwnStep, after?: string): StoryEdits {
  const ids = arranged.map((s) => s.id).filter((id) => id !== step.id);
  const at = after !== undefined && ids.includes(after) ? ids.indexOf(after) + 1 : ids.length;
  ids.splice(at, 0, step.id);
  return { ...edits, added: [...edits.added.filter((a) => a.id !== step.id), step], order: ids };
}

/** The edits without a step of the teacher's own. */
export function removeStep(edits: StoryEdits, id: string): StoryEdits {
  const { [id]: _gone, ...captions } = edits.captions;
  return { captions, hidden: edits.hidden.filter((h) => h !== id), order: edits.order.filter((o) => o !== id), added: edits.added.filter((a) => a.id !== id) };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** Reads edits from anything (a stored document, a browser's storage, an older browser's captions-only record); what is not understood is left out. */
export function readEdits(value: unknown): StoryEdits {
  if (!value || typeof value !== "object" || Array.isArray(value)) return emptyEdits();
  const v = value as Record<string, unknown>;
  const textRecord = (r: unknown): CaptionEdits =>
    r && typeof r === "object" && !Array.isArray(r) ? Object.fromEntries(Object.entries(r as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string")) : {};
  // Before steps could be hidden, moved or added, a browser kept only { stepId: caption }.
  if (!("captions" in v)) return { ...emptyEdits(), captions: textRecord(v) };
  const added = (Array.isArray(v.added) ? v.added : []).flatMap((a): OwnStep[] => {
    const o = a as Record<string, unknown> | null;
    if (!o || typeof o.id !== "string" || !o.id.startsWith("own:") || typeof o.caption !== "string") return [];
    return [{ id: o.id, title: typeof o.title === "string" ? o.title : "", caption: o.caption, nodes: strings(o.nodes), edges: strings(o.edges) }];
  });
  return { captions: textRecord(v.captions), hidden: strings(v.hidden), order: strings(v.order), added };
}

/** True when there is nothing to keep. */
export function isEmpty(edits: StoryEdits): boolean {
  return Object.keys(edits.captions).length === 0 && edits.hidden.length === 0 && edits.order.length === 0 && edits.added.length === 0;
}

const KEY = (caseId: string) => `claimtrail:captions:${caseId}`;

/** Reads a case's edits from this browser; anything unreadable counts as none. */
export function loadEdits(storage: Pick<Storage, "getItem"> | undefined, caseId: string): StoryEdits {
  try {
    const raw = storage?.getItem(KEY(caseId));
    return readEdits(raw ? JSON.parse(raw) : {});
  } catch {
    return emptyEdits();
  }
}

/** Writes a case's edits in this browser; false when the browser refuses (private mode, full storage). */
export function saveEdits(storage: Pick<Storage, "setItem" | "removeItem"> | undefined, caseId: string, edits: StoryEdits): boolean {
  try {
    if (!storage) return false;
    if (isEmpty(edits)) storage.removeItem(KEY(caseId));
    else storage.setItem(KEY(caseId), JSON.stringify(edits));
    return true;
  } catch {
    return false;
  }
}
