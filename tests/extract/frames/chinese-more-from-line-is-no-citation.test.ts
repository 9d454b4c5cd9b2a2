// "更多X报道" (more reports from X) closes a page as a list of the outlet's other stories: "更多" (more) begins no name, and
// the line cites nobody — read as "X reported", it made an outlet "更多X" of the page's own outlet.
import { describe, expect, it } from "vitest";
import { zh } from "../../../src/extract/frames/zh.ts";
import { names } from "./helpers.ts";

describe("Chinese: a 'more from X' line is no citation", () => {
  it.each(["港口已重新开放。\n更多南港新闻网报道\n市长辞职", "更多海港时报报道", "更多南港日报报导：市长辞职"])("no outlet in %j", (text) => {
    expect(names(zh, text)).toEqual([]);
  });

  it("still reads the outlet after a boundary", () => {
    expect(names(zh, "据南港新闻网报道，港口已关闭。")).toContain("南港新闻网");
  });
});
