// A reprinted story carries its headline claim and its background alike. Each drew its own "single source
// amplification" in a probe case (five findings saying one thing); claims that rest on the same first report and the
// same sources are now one finding.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const ORIGIN = [
  "Harbour club Velmar United has made a bid of nine million euros for midfielder Tomas Brede, our sources say.",
  "The midfielder scored eleven goals for Quillon Rovers last season and has a contract until the summer of 2028.",
  "Rovers want at least twelve million euros before they will talk about a sale, the sources added.",
];
const story = (outlet: string, date: string, lead: string) => `---\noutlet: ${outlet}\npublished: ${date}\n---\n${lead}\n\n${ORIGIN.join("\n\n")}\n`;

describe("amplification of one story's claims", () => {
  it("is one finding for the claims that rest on the same first report and sources", async () => {
    const root = await makeCase({
      "a.txt": `---\noutlet: Velmar Flash\npublished: 2026-07-01\n---\n${ORIGIN.join("\n\n")}\n`,
      "b.txt": story("Goal Wire", "2026-07-02", "Transfer news from the coast this morning."),
      "c.txt": story("Pitch Daily", "2026-07-02", "Another big summer bid is on the table."),
      "d.txt": story("Kickoff Now", "2026-07-03", "Fans are excited about the rumoured move."),
    });
    const { graph } = await analyseCaseFolder(root);
    const amplified = graph.getAttribute("findings").filter((f) => f.type === "single_source_amplification");
    expect(amplified).toHaveLength(1);
    expect(amplified[0]?.articles[0]).toBe("a");
    expect(amplified[0]?.explanation).toMatch(/^The claims? "[^"]+"/);
  });

  it("names both ends of a copy nothing orders (the same day, no credit) as where the story may have started, not the file that sorts first", async () => {
    const root = await makeCase({
      "a.txt": story("Velmar Flash", "2026-07-01", "Transfer news from the coast this morning."),
      "b.txt": story("Goal Wire", "2026-07-01", "Another big summer bid is on the table."),
      "c.txt": story("Pitch Daily", "2026-07-03", "Fans are excited about the rumoured move."),
      "d.txt": story("Kickoff Now", "2026-07-04", "The club would not comment on the bid."),
    });
    const { graph } = await analyseCaseFolder(root);
    const amplified = graph.getAttribute("findings").filter((f) => f.type === "single_source_amplification");
    expect(amplified).toHaveLength(1);
    // Said as two names a teacher can read out, not "Velmar Flash (1 Jul 2026) (or Goal Wire (1 Jul 2026): …)".
    expect(amplified[0]?.explanation).toMatch(/tells it first: (?:Velmar Flash|Goal Wire) \(1 Jul 2026\) or (?:Goal Wire|Velmar Flash) \(1 Jul 2026\), for nothing in the case tells which printed it first\./);
    expect(amplified[0]?.explanation).not.toMatch(/\) \(or /);
  });
});
