// "Speaking to Tom Brask, the minister said …", "In an interview with Joy, the minister said …": the name ends a fronted
// phrase (whom the speaker spoke to), and the role after its comma, running into the speech verb, is the sentence's
// subject. Before: the name was read as apposed to the role, and the minister's words were given to the name. And a word
// a registered outlet writes as its masthead ("Joy said …") is no person's name alone. Own invented texts and outlet.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText, sourceLabels } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Joy", aliases: [], mastheads: ["Joy"], descriptors: [], domains: [], kind: "newspaper" }]);
const read = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "en" });
const labels = (body: string) => sourceLabels(read(body));

describe("a name that ends a fronted phrase is not the role's holder", () => {
  it.each([
    "Speaking to Tom Brask, the minister said he would resign.",
    "In an interview with Joy, the minister said he would resign.",
    "After meeting Brask, the minister said he would resign.",
  ])("gives the name no role and no words: %s", (body) => {
    expect(labels(body)).toEqual([]);
  });

  it("a name that opens the sentence is still described by the role", () => {
    expect(read("Tom Brask, the minister, said he would resign.").sources.map((s) => [s.name, s.role])).toEqual([["Tom Brask", "minister"]]);
  });
});

describe("a registered masthead word alone is no person", () => {
  it("reads no person in 'Joy said …'", () => {
    expect(labels("Joy said the minister would resign.")).toEqual([]);
  });
  it("a person the article named so stays that person", () => {
    expect(labels("Joy Okafor, a teacher, spoke first. Joy said the minister would resign.")).toContain("named:Joy Okafor");
  });
});
