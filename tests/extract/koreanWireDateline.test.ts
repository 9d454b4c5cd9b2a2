// A Korean wire credit: "(서울=연합뉴스)" opening a text or standing as its last line says whose copy the text is.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Hanbit Wire", aliases: ["한빛통신"], descriptors: [], domains: [], kind: "agency" },
]);
const credited = (body: string): string[] => readText(body, registry, { outlet: "Test Daily", language: "ko" }).syndication.map((s) => `${s.outlet ?? ""} ${s.outletName ?? ""}`);

describe("a Korean wire credit in brackets, city = agency", () => {
  it.each([
    ["시청은 21일 항구가 다음 주까지 닫힌다고 밝혔다.\n\n(부산=한빛통신)", "last line"],
    ["(부산=한빛통신) 시청은 21일 항구가 다음 주까지 닫힌다고 밝혔다.", "opening the text"],
    ["(부산=한빛통신) 김민수 기자 = 시청은 21일 항구가 닫힌다고 밝혔다.", "with the reporter's byline"],
  ])("%s (%s)", (body) => {
    expect(credited(body).join(" ")).toMatch(/hanbit-wire|Hanbit Wire|한빛통신/u);
  });

  it("reads no credit from a bracketed equation or a gloss", () => {
    expect(credited("환율은 (1달러=1300원) 수준이었다고 시청이 밝혔다.")).toEqual([]);
  });
});
