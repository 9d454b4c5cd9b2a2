// A Chinese outlet's name of two characters between title marks (《X报》): two characters make a whole name in Chinese,
// and the marks say it is a publication's title, so it is cited like a longer one. Unmarked, a two-character word ending
// like an outlet ("平台", a platform) stays a word. Own invented texts and outlets.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readPlain, readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();

const cited = (body: string): string[] => readPlain(body, "zh").attributions.map((a) => a.outletName);

describe("zh: a two-character title in title marks", () => {
  it.each([
    ["据英国《岚报》报道，飞机在森林中。", "岚报"],
    ["據英國《嵐報》引述專家王小明表示，飛機在森林中。", "嵐報"],
    ["王小明接受《岚报》访问时表示，飞机在森林中。", "岚报"],
  ])("%s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it("resolves a registered outlet's two-character Chinese name", () => {
    expect(readText("据英国《镜报》报道，飞机在森林中。", registry, { outlet: "Test Daily", language: "zh" }).attributions.map((a) => a.outletName)).toEqual(["Daily Mirror"]);
  });

  it("reads no outlet from an unmarked two-character word", () => {
    expect(cited("据平台消息，飞机在森林中。")).toEqual([]);
  });
});
