/**
 * Laundering says a re-report dropped where a claim came from. A re-report that names the article it took the claim
 * from, in a sentence of its own away from the statement ("The plan was first reported by …"), kept the credit: its
 * reader can follow it to the article that names the unnamed source. Invented outlets and text.
 */
import { describe, expect, it } from "vitest";
import { findingExplanations } from "./twoArticleFindings.ts";

const first = {
  file: "ledger.md",
  outlet: "Fenwick Ledger",
  published: "2024-09-02",
  title: "Observatory to close its northern dome",
  body:
    "The Haldor observatory will close its northern dome to visitors from October, according to two staff members who asked not to be named.\n\n" +
    "The dome has housed the observatory's oldest telescope since 1911 and draws about 30,000 visitors a year.",
};

const statement =
  "The Haldor observatory will close its northern dome to visitors from October.\n\n" +
  "The dome has housed the observatory's oldest telescope since 1911 and draws about 30,000 visitors a year.";

describe("a re-report that names the article it took the claim from", () => {
  it("is no laundering where the credit stands in a sentence of its own", async () => {
    const second = { file: "beacon.md", outlet: "Moorside Beacon", published: "2024-09-03", title: "Haldor dome to shut", body: `${statement}\n\nThe closure was first reported by the Fenwick Ledger.` };
    expect(await findingExplanations("laundering", "en", first, second)).toEqual([]);
  });

  it("is laundering where it names no source at all", async () => {
    const second = { file: "beacon.md", outlet: "Moorside Beacon", published: "2024-09-03", title: "Haldor dome to shut", body: statement };
    expect((await findingExplanations("laundering", "en", first, second)).join(" ")).toContain("names no source for it");
  });
});

describe("a re-report that names the agency whose story the article it took the claim from reprints", () => {
  it("is no laundering", async () => {
    const reprint = {
      ...first,
      outlet: "Yahoo News",
      body: `HALDOR (Reuters) - ${first.body}`,
    };
    const second = { file: "beacon.md", outlet: "Moorside Beacon", published: "2024-09-03", title: "Haldor dome to shut", body: `${statement}\n\nThe closure was first reported by Reuters.` };
    expect(await findingExplanations("laundering", "en", reprint, second)).toEqual([]);
  });
});
