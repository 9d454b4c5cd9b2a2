// Two fact-checks that each set apart one hoax text as a block after their own lead-in ("The message reads:" / "The
// chain message says:") print someone else's text, without marks: each quotes the hoax, neither copies the other.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { alignDocuments } from "../../src/align/align.ts";
import { classifyReuse } from "../../src/align/classify.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import { FILLER, article, body } from "./fixtures.ts";
import { handReading } from "./readings.ts";

function relations(articles: CleanArticle[]) {
  const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
  return classifyReuse({ articles, readings: articles.map((a) => handReading(a)), pairs });
}
const summary = (rs: ReturnType<typeof relations>) => rs.map((r) => `${r.kind} ${r.from}->${r.to}`).sort();

const HOAX =
  "Doctors at the central hospital have confirmed that drinking three glasses of hot lemon water with salt every morning kills the flu virus within twenty four hours. Share this with everyone you love before they delete it.";

describe("a text two articles each set apart after their own lead-in", () => {
  it("is the same quotation, not a copy", () => {
    const rs = relations([
      article("first", "Factline", "2026-04-10", body("A message shared thousands of times claims a home remedy cures the flu. It is false.", "The message reads:", HOAX, FILLER[0]!)),
      article("second", "Truthmeter", "2026-04-12", body(FILLER[1]!, "Our readers sent us a chain message this week. The chain message says:", HOAX, FILLER[2]!)),
    ]);
    expect(summary(rs)).toEqual(["quotes_same second->first"]);
  });

  it("is still a copy where one side's block is a long paragraph after a label, the shared sentence a small part of it", () => {
    const sentence = "Water from the swollen river reached the lower town shortly after midnight and forced more than two hundred families to leave their homes.";
    const rs = relations([
      article("first", "Factline", "2026-04-10", body(FILLER[0]!, "Source details:", `${FILLER[1]!} ${sentence} ${FILLER[2]!} ${FILLER[3]!}`)),
      article("second", "Truthmeter", "2026-04-12", body("Our desk looked into the flood rumour this week.", "The report stated:", sentence)),
    ]);
    expect(summary(rs)).toEqual(["copies second->first"]);
  });

  it("is the same quotation where the two lead-ins end alike in a word or two", () => {
    const rs = relations([
      article("first", "Factline", "2026-04-10", body("A message shared thousands of times claims a home remedy cures the flu. It is false.", "The message reads:", HOAX, FILLER[0]!)),
      article("second", "Truthmeter", "2026-04-12", body(FILLER[1]!, "Our readers sent us a version of it this week, and one version of the text reads:", HOAX, FILLER[2]!)),
    ]);
    expect(summary(rs)).toEqual(["quotes_same second->first"]);
  });

  it("is still a copy where the lead-in was copied with it", () => {
    const lead = "Our readers sent us a chain message this week, and the chain message says:";
    const rs = relations([
      article("first", "Factline", "2026-04-10", body(FILLER[0]!, lead, HOAX, FILLER[1]!)),
      article("second", "Truthmeter", "2026-04-12", body(FILLER[2]!, lead, HOAX, FILLER[3]!)),
    ]);
    expect(summary(rs)).toContain("copies second->first");
  });
});
