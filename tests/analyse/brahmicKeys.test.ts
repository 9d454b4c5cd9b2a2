// Keys and name comparison dropped every combining mark after decomposition, and in Devanagari, Bengali, Tamil or Thai
// the marks (vowel signs, virama) are part of the letters: "रमा" and "राम" were one key, so two people quoted in two
// articles became one source. Only optional marks (Latin, Greek, Cyrillic accents; Arabic vowel points) fold away now.
// Own invented stories and names.
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/core/text.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("slugify keeps the marks that are part of a letter", () => {
  it.each([
    ["रमा शर्मा", "राम शर्मा"],
    ["মিতা দাস", "মাতি দাস"],
    ["கமலா", "கமல்"],
    ["มาลี", "มาลิ"],
    ["かとう", "がとう"],
  ])("%j and %j are two keys", (a, b) => {
    expect(slugify(a)).not.toBe(slugify(b));
  });

  it("keeps whole letters with their signs and still folds accents, Arabic vowel points and hamza on alef", () => {
    expect(slugify("रमा शर्मा")).toBe("रमा-शर्मा");
    expect(slugify("Zoë Ñúñez-Čapek")).toBe("zoe-nunez-capek");
    expect(slugify("Σωκράτης Άλφα")).toBe("σωκρατης-αλφα");
    expect(slugify("Йошкин Ёж")).toBe(slugify("Иошкин Еж"));
    expect(slugify("أَحْمَد")).toBe(slugify("احمد"));
  });
});

describe("two speakers whose names differ only in vowel signs", () => {
  it("are two sources", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "a.txt": frontMatterArticle("hi", "दैनिक सवेरा", "2024-05-01", "पानी", "नगर परिषद की प्रवक्ता रमा वर्मा ने कहा कि नहर का पानी रोका जाएगा। गाँव में पानी पहले से कम है।"),
        "b.txt": frontMatterArticle("hi", "जनपथ समाचार", "2024-05-02", "नहर", "संघ के प्रवक्ता राम वर्मा ने कहा कि नहर का पानी नहीं रोका जाएगा। जिले में कई गाँव नहर पर निर्भर हैं।"),
      }),
    );
    const sources = graph.filterNodes((_, a) => a.kind === "source").map((k) => graph.getNodeAttribute(k, "label"));
    expect(sources.sort()).toEqual(["राम वर्मा", "रमा वर्मा"].sort());
  });
});
