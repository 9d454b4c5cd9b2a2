// "But The Harbour Post claims sources say …": the words before the speech verb "claims" were read as describing the
// sources, and the anonymous source became "The Harbour Post claims sources", words that name nobody. A speech verb in
// small letters ends the words before an anonymous head; what describes the head ("senior", "local") still does.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "en");

describe("a speech verb before an anonymous head is no part of the unnamed source", () => {
  it.each([
    ['But The Harbour Post claims sources say "it was a mistake".', "anonymous:sources"],
  ])("%j names only the unnamed source", (body, label) => {
    expect(sourceLabels(read(body))).toEqual([label]);
  });

  it("keeps the words that describe the head", () => {
    expect(sourceLabels(read('Senior harbour officials say "the ferry will run".'))).toEqual(["anonymous:Senior harbour officials"]);
  });
});
