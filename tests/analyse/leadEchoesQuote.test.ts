// A lead that ends with the quotation's first words ("… not been paid since June. "Since June we …") made two identical
// printings of the quotation read as altered: the matcher took those words from the lead. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const quote = "Since June we have not received any pay at all and the owner keeps our papers in his office";

async function alteredQuotes(secondQuote: string): Promise<string[]> {
  const lead = "Forty ferry workers at the Holm yard have not been paid since June.";
  const root = await makeCase({
    "a.txt": `---\nid: a\noutlet: Holm Courier\npublished: 2026-05-02\n---\nWorkers unpaid\n\n${lead}\n\n"${quote}," one worker said.\n`,
    "b.txt": `---\nid: b\noutlet: Quay Post\npublished: 2026-05-03\n---\nFerry workers unpaid\n\nHOLM - ${lead}\n\n"${secondQuote}," one worker said.\n`,
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "altered_quote").map((f) => f.explanation);
}

describe("a quotation whose first words end the lead", () => {
  it("printed the same twice is no altered quotation", async () => {
    expect(await alteredQuotes(quote)).toEqual([]);
  });

  it("printed with a word changed inside is one", async () => {
    const said = await alteredQuotes(quote.replace("in his office", "in his safe"));
    expect(said).toHaveLength(1);
    expect(said[0]).not.toMatch(/^\s|\.\s+print/u);
  });
});
