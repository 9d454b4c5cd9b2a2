// A number drift says what changed and which way only as far as the texts tell: a hedge dropped from an unchanged
// figure is no changed number, and two same-day printings that nothing orders are set side by side, not one made to
// retell the other.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const shared = "The coastal authority has not said whether the remaining towers will be staffed next winter, and the union plans a protest at the harbour office on Friday morning.";

async function driftSaid(first: { figure: string; date: string }, second: { figure: string; date: string; credit: string }): Promise<string[]> {
  const root = await makeCase({
    "gull.txt": `---\nid: gull\noutlet: Gull Point Courier\npublished: ${first.date}\n---\nLighthouse keepers laid off\n\n${first.figure} lighthouse keepers on the Gull Point coast have lost their jobs since the automation began in March, a union official said. ${shared}\n`,
    "tern.txt": `---\nid: tern\noutlet: Tern Bay Herald\npublished: ${second.date}\n---\nKeepers out of work\n\n${second.figure} lighthouse keepers on the Gull Point coast have lost their jobs since the automation began in March${second.credit}. ${shared}\n`,
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "number_drift").map((f) => f.explanation);
}

describe("number drift, in words", () => {
  it("says a hedge was dropped from an unchanged figure, not that the number changed", async () => {
    const said = await driftSaid({ figure: "As many as 64", date: "2025-05-02" }, { figure: "64", date: "2025-05-04", credit: ", the Gull Point Courier reported" });
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('the same, but "as many as" was dropped');
    expect(said[0]).not.toContain("number changed");
  });

  it("says the number changed where it did, and who retold whom where the texts tell", async () => {
    const said = await driftSaid({ figure: "About 64", date: "2025-05-02" }, { figure: "About 46", date: "2025-05-04", credit: ", the Gull Point Courier reported" });
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/Gull Point Courier.* wrote .*Tern Bay Herald.* retells it .*The number changed on the way/u);
  });

  it("names no first printing when nothing orders two same-day printings", async () => {
    const said = await driftSaid({ figure: "About 64", date: "2025-05-02" }, { figure: "About 46", date: "2025-05-02", credit: "" });
    expect(said).toHaveLength(1);
    expect(said[0]).toContain("which came first cannot be told");
    expect(said[0]).not.toContain("retells");
  });
});
