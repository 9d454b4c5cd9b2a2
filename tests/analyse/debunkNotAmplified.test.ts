// A debunk that quotes the hoax ("The hoax is a video of a woman that says: …") is a claim that is itself a
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
      "The hoax is a video of a woman that says: two tigers have escaped from the city zoo and walk along the canal.\n\n" +
      "The hoax about two escaped tigers went round on social media this week.\n\n" +
      "The zoo said all its tigers are in their enclosure.\n";
    expect(await amplifiedLabels("en", body, "Zoo: escaped tigers story is a hoax")).toEqual([]);
  });

  it("is not single-source amplification (Indonesian)", async () => {
    const body =
      "Hoaks ini berupa video seorang perempuan yang berbunyi: dua harimau lepas dari kebun binatang kota dan berjalan di tepi kanal.\n\n" +
      "Hoaks mengenai dua harimau yang lepas itu beredar di media sosial pekan ini.\n\n" +
      "Kebun binatang menyatakan semua harimaunya ada di kandang.\n";
    expect(await amplifiedLabels("id", body, "Kebun binatang: kabar harimau lepas adalah hoaks")).toEqual([]);
  });

  it("still finds the story amplified where the outlets repeat it as news", async () => {
    const body =
      "Two tigers have escaped from the city zoo and walk along the canal, a woman says in a video.\n\n" +
      "The two escaped tigers were seen along the canal on Monday night.\n";
    expect((await amplifiedLabels("en", body, "Two tigers escape from city zoo")).length).toBeGreaterThan(0);
  });
});
