/** "not only", "only" between a subject and its verb are the clause's words, never the end of an unnamed source's name. */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a focus adverb before the verb is no part of the subject", () => {
  it.each([
    ["es", "Las fuentes no solo confirmaron el cierre del puerto, sino que lo ampliaron.", "anonymous:Las fuentes"],
    ["es", "Las fuentes solo confirmaron el cierre del puerto.", "anonymous:Las fuentes"],
    ["pt", "As fontes não só confirmaram o fechamento do porto.", "anonymous:As fontes"],
    ["it", "Le fonti non solo hanno confermato la chiusura del porto.", "anonymous:Le fonti"],
  ])("%s: %s", (language, body, label) => {
    expect(sourceLabels(readPlain(body, language))).toEqual([label]);
  });
});
