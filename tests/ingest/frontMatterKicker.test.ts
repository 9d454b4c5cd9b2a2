import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/ingest/frontMatter.ts";

const block = (lines: string) => `---\n${lines}\n---\nThe council approved the budget on Monday.\n`;

describe("front matter: a bracket-led value costs only its own field", () => {
  it("reads a title opening with a bracketed kicker as the headline, keeping outlet, date and language", () => {
    for (const title of ["[속보?] 시의회 예산안 통과", "[CEK FAKTA] Dewan kota menyetujui anggaran", "[UPDATE][VIDEO] Council passes budget"]) {
      const r = parseFrontMatter(block(`outlet: Harbour Ledger\npublished: 2024-03-04\nlanguage: en\ntitle: ${title}`));
      expect(r.fields).toEqual({ outlet: "Harbour Ledger", published: "2024-03-04", language: "en", title });
      expect(r.warnings).toEqual([]);
    }
  });

  it("reads a title that is a kicker alone as written, not as a list", () => {
    const r = parseFrontMatter(block("outlet: Harbour Ledger\ntitle: [VIDEO]\npublished: 2024-03-04"));
    expect(r.fields).toEqual({ outlet: "Harbour Ledger", title: "[VIDEO]", published: "2024-03-04" });
  });

  it("drops an unclosed list in another field with a warning naming that field, and keeps the rest", () => {
    const r = parseFrontMatter(block("outlet: [Harbour Ledger\npublished: 2024-03-04\ntitle: Council passes budget"));
    expect(r.fields).toEqual({ published: "2024-03-04", title: "Council passes budget" });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/field 'outlet'/);
  });

  it("drops a value of the wrong kind (a list as the outlet) alone", () => {
    const r = parseFrontMatter(block("outlet: [Harbour Ledger, Evening Post]\npublished: 2024-03-04\nlanguage: en"));
    expect(r.fields).toEqual({ published: "2024-03-04", language: "en" });
    expect(r.warnings[0]).toMatch(/field 'outlet'/);
  });
});
