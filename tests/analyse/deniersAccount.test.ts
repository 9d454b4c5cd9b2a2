/**
 * A debunk gives the truth as the denier tells it ("The company has refuted such claims, saying that the clip was filmed
 * during a drill"): that account is not the story denied, and the denials around it ("… also refutes the claims") are of
 * the story. They read the account itself as false. A denial whose clause is the claim ("denied reports that P") or whose
 * account negates the claim still reports it false. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readStance } from "../../src/analyse/stance.ts";
import { sentenceSpans } from "./stanceArticle.ts";

/** The stance of an article of consecutive sentences toward a claim of the given wording stated by sentence `at`. */
function stanceOf(sentences: string[], at: number, wording: string): string {
  const spans = sentenceSpans(sentences);
  return readStance({ language: "en", sentences: spans }, { debunk: false, negated: false, wording, statements: [spans[at] as never] }).stance;
}

const clip = "A clip circulating online shows a man announcing that the Tessby ferry sank near the harbour.";

describe("the account a denier gives", () => {
  it("is not read false for the denials around it", () => {
    const sentences = [clip, "The ferry company has refuted such claims, saying that the clip was filmed during a rescue drill in Orlen harbour last spring.", "A letter from the harbour master also refutes the claims."];
    expect(stanceOf(sentences, 1, "The clip was filmed during a rescue drill in Orlen harbour last spring.")).toBe("true");
  });

  it("still reports false the claim a denial's clause states", () => {
    const sentences = [clip, "The ferry company denied reports that the Tessby ferry sank near Orlen harbour last spring.", "A letter from the harbour master also refutes the claims."];
    expect(stanceOf(sentences, 1, "The Tessby ferry sank near Orlen harbour last spring.")).toBe("false");
  });

  it("still reports false the claim an account negates", () => {
    const sentences = [clip, "The ferry company has refuted such claims, saying that the Tessby ferry did not sink near Orlen harbour last spring.", "A letter from the harbour master also refutes the claims."];
    expect(stanceOf(sentences, 1, "The Tessby ferry sank near Orlen harbour last spring.")).toBe("false");
  });
});
