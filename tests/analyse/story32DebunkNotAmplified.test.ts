// A debunk that quotes the hoax ("The hoax is a voice message of a man that says: …") is a claim that is itself a
// debunk (stance.ts isDebunkClaim): the articles that make it present it as true, its debunk words being its content.
// Copied by several outlets from one fact-check, it was stated as single_source_amplification ("presented as true in
// 3 articles … every version traces back to …"), which is about one source repeated as news, not about a debunk
// repeated. A claim that is itself a debunk is never amplified; the same story told as news still is.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const OUTLETS = ["Valley Courier", "Harbour Post", "Coast Buzz", "Daily Ripple"];

async function amplifiedLabels(language: string, body: string, title: string): Promise<string[]> {
  const files: Record<string, string> = {};
  OUTLETS.forEach((outlet, i) => {
    files[`a${i}.txt`] = frontMatterArticle(language, outlet, `2026-03-0${i + 1}`, title, body);
  });
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const findings = graph.getAttribute("findings").filter((f) => f.type === "single_source_amplification");
  return findings.map((f) => (graph.getNodeAttributes(f.claim!) as { label: string }).label);
}

describe("a debunk copied by several outlets", () => {
  it("is not single-source amplification (English)", async () => {
    const body =
      "The hoax is a voice message of a man that says: there are now nine boxes of marked ballots at the river port.\n\n" +
      "The hoax about nine boxes of marked ballots spread on several platforms this week.\n\n" +
      "The election board said the boxes hold blank paper for the spring vote.\n";
    expect(await amplifiedLabels("en", body, "Election board: ballot boxes story is a hoax")).toEqual([]);
  });

  it("is not single-source amplification (Indonesian)", async () => {
    const body =
      "Hoaks ini berupa pesan suara seorang lelaki yang berbunyi: ada sembilan peti surat suara yang sudah dicoblos di pelabuhan sungai.\n\n" +
      "Hoaks mengenai sembilan peti surat suara yang sudah dicoblos itu tersebar melalui sejumlah platform pekan ini.\n\n" +
      "Badan pemilu menyatakan peti itu berisi kertas kosong untuk pemungutan suara musim semi.\n";
    expect(await amplifiedLabels("id", body, "Badan pemilu: kabar peti surat suara adalah hoaks")).toEqual([]);
  });

  it("still finds the story amplified where the outlets repeat it as news", async () => {
    const body =
      "There are now nine boxes of marked ballots at the river port, a man says in a voice message.\n\n" +
      "The nine boxes of marked ballots arrived at the river port on Monday night.\n";
    expect((await amplifiedLabels("en", body, "Nine boxes of marked ballots found at river port")).length).toBeGreaterThan(0);
  });
});
