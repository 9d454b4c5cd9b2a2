// A place that opens a capitalised name is part of it ("Lyon Courier", "Porto Herald"): the tail is no other outlet,
// though the registry lists a paper under it ("The Courier"). Only scripts without capitals, where nothing else bounds
// the name, write a country straight before an outlet's name ("영국 BBC는").
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "The Courier", aliases: ["Courier"], descriptors: [], domains: [], kind: "newspaper" },
  { name: "BBC", aliases: [], descriptors: [], domains: [], kind: "broadcaster" },
]);
const cited = (body: string, language: string) => readText(body, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);

describe("a place before a name", () => {
  it("fr: part of the paper's name", () => expect(cited("« Le port rouvrira », a affirmé le maire au Lyon Courier.", "fr")).not.toContain("The Courier"));
  it("en: part of the paper's name", () => expect(cited("The port will reopen, according to a post by the Lyon Courier on its website.", "en")).not.toContain("The Courier"));
  it("ko: a country before the registered name", () => expect(cited("영국 BBC는 다리가 폐쇄된다고 보도했다.", "ko")).toEqual(["BBC"]));
});
