// "앞서 미국 CNN은 …라고 보도했다": a country written before a registered outlet's name, and a time adverb before both,
// are no part of the name; the outlet is what the registry knows.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "CNN", aliases: [], descriptors: [], domains: [], kind: "broadcaster" },
  { name: "Harbor Times", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
]);
const cited = (body: string): (string | undefined)[] => readText(body, registry, { outlet: "Test Daily", language: "ko" }).attributions.map((a) => a.outletName);

describe("a country before a registered outlet (ko)", () => {
  it.each([
    ["앞서 미국 CNN은 시장이 수술 후 위험한 상태라는 첩보를 정부가 주시하고 있다고 보도했다.", "CNN"],
    ["앞서 CNN은 정부의 한 소식통을 인용해 시장이 중태에 빠졌다고 보도했다.", "CNN"],
    ["영국 Harbor Times는 항구가 닫혔다고 보도했다.", "Harbor Times"],
  ])("%s → %s", (body, outlet) => {
    expect(cited(body)).toContain(outlet);
  });

  it("names no outlet from a country and an unknown word", () => {
    expect(cited("미국 정부는 항구가 닫혔다고 발표했다.")).toEqual([]);
  });
});
