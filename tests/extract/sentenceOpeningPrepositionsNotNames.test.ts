// "Except Morel didn't say that", "Unlike Morel, …": a preposition or conjunction opening a sentence is capitalised for
// its place and is no first name, so the name it stands before keeps its own form.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText, sourceLabels } from "./helpers.ts";

const REGISTRY = createOutletRegistry([{ name: "Reuters", aliases: [], descriptors: [], domains: ["reuters.com"], kind: "agency" }]);

describe("a capitalised preposition or conjunction opening a sentence is no part of the name after it", () => {
  it.each(["Except Morel didn’t say that — a satire site made it up.", "Unlike Morel, the engineers were worried.", "Despite Morel’s words, the water rose.", "Although Morel spoke, nothing changed.", "Because Morel said so, the road stayed open."])("%s", (sentence) => {
    const body = `Reuters quoted Morel: “The dam will hold until spring.”\n\n${sentence}`;
    expect(sourceLabels(readText(body, REGISTRY, { outlet: "Test Daily", language: "en" }))).toEqual(["named:Morel"]);
  });
});
