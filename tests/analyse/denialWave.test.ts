// A story that five outlets answer as false, two of them naming people of their own who deny it (a relative who is a
// reporter, a doctor), was stated as single_source_amplification "whatever each article makes of it": "carried by 5
// articles …, every one rests on <the doctor> …, 5 articles, one source". A correction spreading is no amplification,
// and two deniers are two sources. A story passed on as a joke (satire, a spoof: as news, or as the blunder of those who
// took it for news) still is one story repeated: the stance words that call a story a joke are told apart from those
// that only call it false (StanceCue.satire, stance.ts tellsAsSatire).
import { describe, expect, it } from "vitest";
import { tellsAsSatire } from "../../src/analyse/stance.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

function article(outlet: string, published: string | undefined, body: string): string {
  return `---\noutlet: ${outlet}\n${published ? `published: ${published}\n` : ""}language: en\n---\n${body}\n`;
}

describe("a wave of denials", () => {
  it("is not single-source amplification of the story it denies", async () => {
    const files = {
      "a.txt": article("Northfield Gazette", "2024-05-02", "Family rejects report of sculptor's death\n\nA fake page dressed up as a television channel claimed that the sculptor Ilse Varnholt had died in a clinic in Brenton. The report is false. Her nephew, the reporter Tobias Kern, posted on his account: \"Ilse is alive and resting at home\"."),
      "b.txt": article("Westbrook Herald", undefined, "False report about sculptor Ilse Varnholt\n\nThe rumour, which began with a fake page dressed up as a television channel, claimed that Ilse Varnholt had died in a clinic in Brenton. The reporter Tobias Kern rejected it and said his aunt is alive."),
      "c.txt": article("Lakeside Times", undefined, "Ilse Varnholt did not die\n\nSocial media filled up with the false story that Ilse Varnholt had died in a clinic in Brenton. The reporter Tobias Kern came out to deny the rumour: Varnholt is alive."),
      "d.txt": article("Valley Tribune", undefined, "Family denies that sculptor Ilse Varnholt died\n\nIt all began with a page dressed up as a television channel, on which one could read that Ilse Varnholt had died in a clinic in Brenton. The reporter Tobias Kern rejected it."),
      "e.txt": article("Radio Eastmoor", "2024-05-02", "Ilse Varnholt is still alive, says her doctor\n\nPosts went around claiming that Ilse Varnholt had died in a clinic in Brenton. But the report is false, according to her doctor, Marta Sollen, who said Varnholt is at home."),
    };
    const { graph } = await analyseCaseFolder(await makeCase(files));
    expect(graph.getAttribute("findings").filter((f) => f.type === "single_source_amplification")).toEqual([]);
  });
});

describe("a stance that tells a story as a joke", () => {
  const falseOn = (text: string) => ({ stance: "false" as const, rule: "stance.near_cue", evidence: [{ start: 0, end: text.length, text }] });
  it.each([
    ["en", "satirical"],
    ["en", "tongue-in-cheek"],
    ["fr", "parodie"],
    ["es", "broma"],
    ["de", "Satire"],
    ["ru", "сатирический"],
    ["zh", "恶搞"],
  ])("is told apart from a denial (%s: %s)", (language, word) => {
    expect(tellsAsSatire(falseOn(word), language)).toBe(true);
  });
  it.each([
    ["en", "false"],
    ["en", "denied"],
    ["en", "rumour"],
    ["fr", "démenti"],
    ["es", "falso"],
  ])("is not read from words that only call it false (%s: %s)", (language, word) => {
    expect(tellsAsSatire(falseOn(word), language)).toBe(false);
  });
  it("is read from a page that declares its site satire, and never from a stance that presents the claim as true", () => {
    expect(tellsAsSatire({ stance: "false", rule: "stance.declared_satire", evidence: [{ start: -1, end: -1, text: "All stories on this site are invented." }] }, "en")).toBe(true);
    expect(tellsAsSatire({ stance: "true", rule: "stance.asserted", evidence: [{ start: 0, end: 9, text: "satirical" }] }, "en")).toBe(false);
  });
});
