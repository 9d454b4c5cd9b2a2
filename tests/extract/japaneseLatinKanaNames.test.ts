// Japanese names an outlet's programme or site in Latin letters run on into katakana or kanji ("XYZニュースによると"),
// and "Xなどが報じた" (X and others reported) cites X. The registered outlet is read under its programme's name; an
// unregistered one only with an outlet ending; a company written so is nobody's outlet. Invented outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "KBX", aliases: [], descriptors: [], domains: [], kind: "broadcaster" }]);
const cited = (body: string) => readText(body, registry, { outlet: "テスト新聞", language: "ja" }).attributions.map((a) => a.outletName);

describe("Latin letters run on into katakana", () => {
  it.each([
    ["KBXニュースによると、男は容疑を認めているという。", "KBX"],
    ["逮捕は全国で初めて。KBXニュースなどが報じた。", "KBX"],
    ["QRSニュースによると、男は容疑を認めているという。", "QRSニュース"],
  ])("%s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });
  it("reads no outlet in a company's name written so", () => {
    expect(cited("JR東日本によると、電車は止まった。")).toEqual([]);
  });
});
