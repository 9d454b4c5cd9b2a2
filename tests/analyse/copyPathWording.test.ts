// A copy that follows the wording of an article other than the earliest says so in its finding, each article named by its
// outlet and date. Article ids that are ordinary words ("a", "the") stayed in that sentence as ids and were replaced
// wherever the same word stood ("a longer identical run" became "Harbour Gazette (…) longer identical run").
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const s1 = "The pumps on the north bank failed twice during the night because the generators ran out of diesel.";
const s2 = "Engineers from the capital arrived at dawn with spare parts and restored power to the station by noon.";
const filler = [
  "Residents of the lower town were asked to boil their water until further notice from the utility company.",
  "A spokesman for the harbour board said ferries would run to the usual timetable throughout the weekend.",
  "Schools in the district will reopen on Thursday once the heating systems have been checked by inspectors.",
];

describe("the path of a copy, in words", () => {
  it("names each article once and leaves the sentence's own words alone", async () => {
    const root = await makeCase({
      "a.txt": `---\nid: a\noutlet: Harbour Gazette\npublished: 2021-03-01\n---\nPumps fail\n\n${s1}\n\n${filler[0]}\n\n${s2}\n`,
      "the.txt": `---\nid: the\noutlet: Valley Post\npublished: 2021-03-05\n---\nNight of failures\n\n${filler[1]}\n\n${s1} ${s2}\n`,
      "c.txt": `---\nid: c\noutlet: Hill Times\npublished: 2021-03-09\n---\nPower back\n\n${s1} ${s2}\n\n${filler[2]}\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    const path = graph.getAttribute("findings").map((f) => f.explanation).find((t) => t.includes("came through"));
    expect(path).toBeDefined();
    expect(path).toContain("than with Harbour Gazette");
    expect(path).toContain("a longer identical run");
    expect(path).toContain("reproduces the wording Valley Post");
  });
});
