// A Japanese paper's name written by a Chinese page in Traditional characters (probe 51b) missed the registry, which
// spells it in Japanese Shinjitai: the key folded Traditional to Simplified but left Shinjitai alone, so 讀賣 (读卖)
// and 読売 were two names. Keys now fold Shinjitai through its Traditional form too; running
// text keeps its characters. Invented outlets and sentences beside the registry's.
import { describe, expect, it } from "vitest";
import { hanKeyForm, simplifiedHan } from "../../src/core/hanScript.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { slugify } from "../../src/core/text.ts";
import { readText } from "./helpers.ts";

describe("Japanese Shinjitai in outlet keys", () => {
  it.each([
    ["読売新聞", "讀賣新聞"],
    ["日本経済新聞", "日本經濟新聞"],
    ["浜辺日報", "濱邊日報"],
  ])("%s and %s are one key", (japanese, traditional) => {
    expect(slugify(japanese)).toBe(slugify(traditional));
  });

  it("keeps running text's characters: 芸 is a Chinese character of its own", () => {
    expect(simplifiedHan("芸芸众生")).toBe("芸芸众生");
    expect(hanKeyForm("芸")).not.toBe("芸");
  });

  it("reads a Chinese citation of a paper the registry writes in Shinjitai", () => {
    const registry = createOutletRegistry([{ name: "Hamabe Nippo", aliases: ["浜辺日報"], descriptors: [], domains: [], kind: "newspaper" }]);
    const reading = readText("據《濱邊日報》週二報導,港口的渡輪將停駛三天。", registry, { outlet: "測試日報", language: "zh" });
    expect(reading.attributions.map((a) => a.outletName)).toContain("Hamabe Nippo");
  });
});
