// Korean unnamed sources, in texts of our own: a source noun cited with "를 인용(해)" ("citing a senior official") is an
// anonymous source, as one before "에 따르면" (according to) is.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const anonymous = (body: string) =>
  readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "ko" })
    .sources.filter((s) => s.type === "anonymous")
    .map((s) => s.name);

describe("Korean: a source noun before 를 인용", () => {
  it.each([
    ["바다일보는 지난주 정부 관계자를 인용, “부두 공사는 가을에 끝난다”고 보도했다.", ["정부 관계자"]],
    ["방송은 익명의 소식통을 인용해 선장이 곧 사임한다고 전했다.", ["소식통"]],
  ])("%s", (body, expected) => {
    expect(anonymous(body)).toEqual(expected);
  });

  it("reads no source from a document cited so", () => {
    expect(anonymous("위원회는 감사 보고서를 인용해 예산이 모자란다고 밝혔다.")).toEqual([]);
  });
});
