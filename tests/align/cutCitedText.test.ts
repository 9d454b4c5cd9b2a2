// "X credits Y with …, but Y says no such thing" needs Y's whole text. Where the case holds a cited report only in part
// (a stored page cut off inside a sentence, or starting inside one), the missing part may say it: the charge was made
// all the same. Own invented texts.
import { describe, expect, it } from "vitest";
import { visiblyCut } from "../../src/align/drift.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const REPORT = "Ferry fares to Holm island will triple in April, the harbour board decided in a closed meeting on Monday.";
const CITING = `Fare rise\n\n${REPORT}\n\nAccording to Harbour Truth, the board also sold the old ferry pier to a hotel chain.`;

async function unsupported(siteBody: string): Promise<string[]> {
  const root = await makeCase({
    "site.txt": `---\nid: site\noutlet: Harbour Truth\npublished: 2026-03-02\nlanguage: en\n---\nFerry fares to triple\n\n${siteBody}\n`,
    "check.txt": `---\nid: check\noutlet: Quay Facts\npublished: 2026-03-04\nlanguage: en\n---\n${CITING}\n`,
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "unsupported_attribution").map((f) => f.explanation);
}

describe("an unsupported attribution to a cited report the case holds only in part", () => {
  it("is charged where the cited text is whole (control)", async () => {
    expect(await unsupported(`${REPORT} The board will meet again in May.`)).toHaveLength(1);
  });

  it("is not charged where the cited text stops inside a sentence", async () => {
    expect(await unsupported(`${REPORT} The board will meet again in May to discuss the fut`)).toEqual([]);
  });
});

describe("visiblyCut", () => {
  it.each([
    ["The board met on Monday. It will meet again in May.", false],
    ['The board met on Monday. "We will meet again in May."', false],
    ["The board met on Monday. It will meet again in", true],
    ["The board met on Monday. It will meet again in May and the mayor said...", true],
    ["The board met on Monday. It will meet again …", true],
    ["and then the board met on Monday. It will meet again in May.", true],
  ] as const)("%s → %s", (text, cut) => {
    expect(visiblyCut(text)).toBe(cut);
  });
});
