/**
 * A Chinese wire's dateline opens the story with the wire and the place glued, then the day and "电" ("新华社北京3月5日电",
 * Xinhua, Beijing, 5 March, wire; "中新网3月5日电" with no place): the story is that wire's. Only a name the registry
 * knows as an agency's or state media's opens the run; a place alone, or a paper's own dateline, credits nobody. The
 * registry writes China News Service's site (中国新闻网) as one of its names, as a source line gives it. Own invented texts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { OutletRegistry } from "../../src/core/outlets.ts";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

let registry: OutletRegistry;
beforeAll(async () => {
  registry = await loadDefaultRegistry();
});
const read = (body: string) => readText(body, registry, { outlet: "海港日报", language: "zh" });

describe("Chinese wire datelines", () => {
  it.each([
    ["新华社北京3月5日电 港口将于下周关闭，市政府表示。", "Xinhua"],
    ["中新网3月5日电 港口将于下周关闭，市政府表示。", "China News Service"],
    ["中新社上海3月2日电 港口将于下周关闭。", "China News Service"],
  ])("%s credits %s", (body, outlet) => {
    expect(read(body).syndication.map((s) => s.outletName)).toEqual([outlet]);
  });

  it.each([["北京3月5日电 港口将于下周关闭。"], ["海港日报讯 港口将于下周关闭。"]])("%s credits nobody", (body) => {
    expect(read(body).syndication).toEqual([]);
  });

  it("a source line naming China News Service's site is that outlet", () => {
    expect(read("港口将于下周关闭\n\n来源:中国新闻网\n\n专家表示，没有必要担心。").attributions.map((a) => a.outletName)).toContain("China News Service");
  });
});
