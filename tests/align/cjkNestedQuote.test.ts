// A quotation one article prints inside a block it quotes whole (a report's text in marks, with a cry quoted inside it)
// and another prints alone, in that report's words as prose: both print that quotation, whatever nothing orders
// between them. Read as the whole block, it was compared with the other's short quotation and matched nothing, and
// the shared words, marked on one side only, showed no copy either. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string | undefined, body: string): string =>
  `---\nid: ${id}\noutlet: ${outlet}\n${published ? `published: ${published}\n` : ""}language: en\n---\n${body}\n`;

const CRY = "Turn the boat around, we are sinking";

async function relations(first: string, second: string): Promise<string[]> {
  const root = await makeCase({
    "gazette.txt": article("gazette", "Harbour Gazette", "2024-05-10", first),
    "coastline.txt": article("coastline", "Coastline Daily", undefined, second),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph
    .edges()
    .map((e) => graph.getEdgeAttributes(e))
    .filter((a) => a.kind === "copies" || a.kind === "quotes_same" || a.kind === "alters_quote")
    .map((a) => `${a.kind} ${(a.evidence as { text: string }[] | undefined)?.[0]?.text ?? ""}`);
}

describe("a quotation nested in a quoted block", () => {
  it("is the same quotation as another article's printing of it alone", async () => {
    const gazette =
      "The Northside Ledger printed an account of the ferry scare last week. Its report read:\n\n" +
      `"Witnesses said the old ferry swayed hard before it left the pier on Friday evening. One passenger, shouting “${CRY}”, ran toward the captain's cabin while the others held on to the rails and prayed."\n\n` +
      "The ferry company has denied that the vessel was ever in danger.";
    const coastline =
      "Passengers on the evening ferry panicked on Friday, the Northside Ledger reported.\n\n" +
      `The old ferry swayed hard before it left the pier. One passenger, shouting “${CRY}”, ran toward the captain's cabin while the others held on to the rails and prayed, the paper said.\n\n` +
      "Harbour officials did not reply to our questions.";
    const found = await relations(gazette, coastline);
    expect(found.filter((r) => r.startsWith("quotes_same"))).toEqual([`quotes_same ${CRY}`]);
    expect(found.filter((r) => r.startsWith("copies"))).toEqual([]);
  });
});
