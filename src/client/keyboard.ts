/** The explorer's keyboard shortcuts as a table: a key and the state in, the command it means out. Pure; main.ts runs the command. */
import type { ExplorerState } from "./state.ts";

/** What a shortcut asks for. */
export type KeyCommand =
  | { type: "focusSearch" }
  | { type: "fit" }
  | { type: "zoom"; direction: "in" | "out" }
  | { type: "play" }
  /** Go to a story step (from 1), or leave the story with undefined. */
  | { type: "story"; step: number | undefined }
  | { type: "quiz"; on: boolean }
  | { type: "presenter"; on: boolean }
  /** Clear the selection, and the search box too when the key was typed in it. */
  | { type: "clear"; search: boolean };

/** A command and whether the browser's own use of the key (scrolling, typing "/") is cancelled. */
export interface KeyBinding {
  command: KeyCommand;
  preventDefault?: boolean;
}

/** What `key` means in state `s`; `inSearch` when it was typed in the search box. Undefined: the key does nothing here. */
export function keyCommand(key: string, s: ExplorerState, inSearch: boolean): KeyBinding | undefined {
  const story = s.view.story;
  switch (key) {
    case "/":
      return { command: { type: "focusSearch" }, preventDefault: true };
    case "f":
    case "F":
      return { command: { type: "fit" } };
    case "+":
    case "=":
      return { command: { type: "zoom", direction: "in" } };
    case "-":
      return { command: { type: "zoom", direction: "out" } };
    case "p":
    case "P":
      return { command: { type: "play" } };
    case "s":
    case "S":
      return { command: { type: "story", step: story === undefined ? 1 : undefined } };
    case "q":
    case "Q":
      return { command: { type: "quiz", on: !s.quiz } };
    case "ArrowRight":
    case "PageDown":
      return story === undefined ? undefined : { command: { type: "story", step: story + 1 }, preventDefault: true };
    case "ArrowLeft":
    case "PageUp":
      return story === undefined ? undefined : { command: { type: "story", step: story - 1 }, preventDefault: true };
    case "Escape":
      // Esc steps out one level: the quiz, then presenter view, then the story, then the selection.
      if (s.quiz) return { command: { type: "quiz", on: false } };
      if (s.view.presenter) return { command: { type: "presenter", on: false } };
      if (story !== undefined) return { command: { type: "story", step: undefined } };
      return { command: { type: "clear", search: inSearch } };
    default:
      return undefined;
  }
}
