// A store's date stamp glued before a wire dateline ("date 2026-05 (Reuters) - LONDON, 3 May - …") hid the agency's
// credit: the stamp stayed in the body, the credit no longer opened it, and the republication went unread. Own invented text.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { readArticle } from "../../src/extract/read.ts";

const registry = await loadDefaultRegistry();
const BODY = "(Reuters) - LONDON, 3 MAY - The Marrowby ferry will stop running on Sundays from July, the harbour board said.\nThe board will meet again in June.";
const raw = (text: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text", language: "en", outlet: "Marrowby Post" }, text });

describe("a stamp before a bracketed wire credit", () => {
  it("is split off, and the credit opens the body", () => {
    const clean = cleanArticle(raw(` date 2026-05 ${BODY}`));
    expect(clean.removed.find((r) => r.reason === "byline")?.text).toBe("date 2026-05");
    expect(clean.body.startsWith("(Reuters)")).toBe(true);
  });

  it("leaves the agency's credit read as syndication", () => {
    expect(readArticle(cleanArticle(raw(` date 2026-05 ${BODY}`)), registry).syndication.map((s) => s.outletName)).toEqual(["Reuters"]);
  });
});
