// Page furniture that became claims: a share bar whose items are "Share on <network>" and "Email", an embedded post's
// signature line, a credit alone on its line ("Via X", "H/T: X") and a writer's bio under the byline. Two articles
// with the same furniture "asserted" the same claim; a bio naming the outlet joined a provenance sentence naming it.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const raw = (text: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text" }, text });

const STORY = "The Brackwater lighthouse will close to visitors for a year from March while its lantern is restored, the harbour trust said on Friday.";
const STORY2 = "The trust said the repairs would cost about two million pounds and be paid for by a lottery grant.";

const claimKeys = (graph: { filterNodes: (f: (n: string, a: { kind?: string }) => boolean) => string[] }): string[] =>
  graph.filterNodes((_n, a) => a.kind === "claim");

describe("share bars", () => {
  it.each(["Share on Facebook Share on X Share on WhatsApp Email", "Share this live blog", "Share on Facebook Tweet Pin it", "Share | Tweet | Email"])("%s is a share widget", (bar) => {
    const clean = cleanArticle(raw(`${bar}\n${STORY}\n${STORY2}`));
    expect(clean.removed.find((r) => r.text === bar)?.reason).toBe("share_widget");
    expect(clean.body).toBe(`${STORY}\n${STORY2}`);
  });

  it("two articles under the same bar share no claim", async () => {
    const bar = "Share on Facebook Share on X Share on WhatsApp Email";
    const root = await makeCase({
      "a.txt": `---\noutlet: Brackwater Echo\npublished: 2026-03-02\nlanguage: en\n---\n${bar}\n${STORY}\n`,
      "b.txt": `---\noutlet: Coastline Daily\npublished: 2026-03-03\nlanguage: en\n---\n${bar}\nA record number of seals was counted on the sandbanks off Brackwater this winter, wardens said on Monday.\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    expect(claimKeys(graph).filter((k) => /share/.test(k))).toEqual([]);
  });
});

describe("a writer's bio under the byline", () => {
  it("is dropped at the head, the story kept", () => {
    const clean = cleanArticle(raw(`Lighthouse to close for a year\nBy Mira Holt, Heritage Reporter\nMira Holt has covered heritage and tourism for the Brackwater Echo since 2018. Follow her on X @MiraHolt.\n${STORY}\n${STORY2}`));
    expect(clean.removed.find((r) => r.reason === "author_bio")?.text).toMatch(/^Mira Holt has covered/);
    expect(clean.body).toBe(`${STORY}\n${STORY2}`);
  });

  it("is dropped at the foot where the byline names the writer (Malay)", () => {
    const kisah = "Rumah api Brackwater akan ditutup kepada pelawat selama setahun mulai Mac bagi kerja pembaikan, kata amanah pelabuhan pada Jumaat.";
    const clean = cleanArticle(raw(`Oleh Rina Sari - Mac 2, 2026\n${kisah}\nRina Sari ialah wartawan Harian Lembah.`));
    expect(clean.body).toBe(kisah);
  });

  it("keeps a sentence of the story about someone the byline does not name", () => {
    const line = "Ana Berg has covered the lighthouse restoration for the trust's newsletter since it began in 2021.";
    const clean = cleanArticle(raw(`By Mira Holt\n${line}\n${STORY}`));
    expect(clean.body).toContain(line);
  });
});

describe("lines that only credit", () => {
  it("an embedded post's signature is no claim; its poster still speaks", async () => {
    const post = "The lantern of the Brackwater lighthouse is coming home after a year in the workshop! #Brackwater";
    const sig = "— Linnea Varga (@LinneaVarga) March 1, 2026";
    const root = await makeCase({
      "a.txt": `---\noutlet: Brackwater Echo\npublished: 2026-03-02\nlanguage: en\n---\nThe town's mayor celebrated the end of the restoration online.\n${post}\n${sig}\n`,
      "b.txt": `---\noutlet: Coastline Daily\npublished: 2026-03-03\nlanguage: en\n---\nBrackwater's mayor shared the news on social media.\n${post}\n${sig}\nThe post was liked thousands of times.\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    expect(claimKeys(graph).filter((k) => /varga/.test(k))).toEqual([]);
    expect(graph.hasNode("source:linnea-varga")).toBe(true);
  });

  it("'Via X' and 'H/T: X' are citations, not a claim", async () => {
    const lead = "The Brackwater lighthouse keeper's cottage, empty for forty years, has been sold to a diving school for one pound.";
    const root = await makeCase({
      "origin.txt": `---\noutlet: The Harbour Lamp\npublished: 2026-03-02\nlanguage: en\n---\n${lead}\n`,
      "b.txt": `---\noutlet: Coastline Daily\npublished: 2026-03-03\nlanguage: en\n---\n${lead}\nVia The Harbour Lamp\n`,
      "c.txt": `---\noutlet: Shore Gossip\npublished: 2026-03-04\nlanguage: en\n---\n${lead}\nH/T: The Harbour Lamp\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    expect(claimKeys(graph).filter((k) => /via|harbour-lamp/.test(k))).toEqual([]);
    for (const art of ["b", "c"]) {
      expect(graph.outEdges(art).filter((e) => graph.getEdgeAttribute(e, "kind") === "cites").map((e) => graph.target(e))).toEqual(["origin"]);
    }
  });
});
