// Chinese: "引述/援引/引用 X 的话说:“…”" (quoting X's words, said): X speaks the quotation, a role and name, a name in
// Latin letters or Han, or an unnamed source noun; the subject before the verb of quoting only passes the words on, and
// an outlet quoted so is no speaker (session 39). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const QUOTE = "“他是一位非常出色的歌手,人人都喜欢他。”";

describe("Chinese quoting someone's words", () => {
  it("a role and a name in Latin letters", () => {
    const r = readPlain(`该报引述文化编辑Hannah Bellows的话说:${QUOTE}`, "zh");
    expect(quotedSpeaker(r)).toBe("Hannah Bellows");
    expect(r.sources.find((s) => s.name === "Hannah Bellows")?.role).toBe("文化编辑");
  });

  it("a role and a Chinese name", () => {
    expect(quotedSpeaker(readPlain(`报道引述文化编辑王小明的话说:${QUOTE}`, "zh"))).toBe("王小明");
  });

  it("an unnamed official", () => {
    expect(sourceLabels(readPlain(`报道援引一名官员的话称:${QUOTE}`, "zh"))).toEqual(["anonymous:官员"]);
  });

  it("an outlet quoted so is no speaker", () => {
    expect(quotedSpeaker(readPlain(`该报引述新华社的话说:${QUOTE}`, "zh"))).toBeUndefined();
  });
});
