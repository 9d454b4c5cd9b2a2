import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const labels = (text: string) => sourceLabels(readPlain(text, "en"));

describe("an unnamed collective after a preposition in the subject", () => {
  it("is where a report went, not who speaks", () => {
    expect(labels("A report circulating via social media claims that Mayor Lena Holt has resigned.")).not.toContain("anonymous:social media");
    expect(labels("A post shared on social media says that Mayor Lena Holt has resigned.")).not.toContain("anonymous:social media");
  });

  it("still speaks where it is the subject itself, or a part of a group with its own article", () => {
    expect(labels("Social media users said that Mayor Lena Holt has resigned.")).toContain("anonymous:Social media users");
    expect(labels("One of the officials said that Mayor Lena Holt has resigned.")).toContain("anonymous:the officials");
    expect(labels("The police were misled by witnesses who said they had seen him in Harbourton.")).toContain("anonymous:witnesses");
  });
});
