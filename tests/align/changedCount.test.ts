// A follow-up that says its count changed ("the toll rose to 19", "so far 19") gives the count of its own time, not the
// first report's figure changed on the way: a running count grows between days, and a careful reader names no drift
// there. Figures given as if the same (no word of a change) still drift.
import { describe, expect, it } from "vitest";
import { toldAsNewCount } from "../../src/align/drift.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const FIRST =
  "Flash floods swept through the river valley of Darnec province on Sunday night, destroying bridges and cutting roads to three villages. At least 12 people were killed in the floods, regional officials said.\n\n" +
  "Rescue teams from the neighbouring provinces were sent to the valley on Monday morning with boats and helicopters.";

async function drift(later: string): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", "Valley Courier", "2026-03-02T08:00:00Z", FIRST),
    "follow.txt": article("follow", "Plains Gazette", "2026-03-04T08:00:00Z", later),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "number_drift").map((f) => f.explanation);
}

const OPENING = "Flash floods swept through the river valley of Darnec province on Sunday night, destroying bridges and cutting roads to three villages.";
const RESCUE = "\n\nRescue teams from the neighbouring provinces were sent to the valley on Monday morning with boats and helicopters.";

describe("a count the text says changed is no drift", () => {
  it.each([
    ["so far, before the figure", `${OPENING} So far 19 people were killed in the floods, regional officials said.${RESCUE}`],
    ["so far, after the figure", `${OPENING} At least 19 people have been killed in the floods so far, regional officials said.${RESCUE}`],
    ["now", `${OPENING} At least 19 people are now known to have been killed in the floods, regional officials said.${RESCUE}`],
  ])("%s", async (_label, later) => {
    expect(await drift(later)).toEqual([]);
  });

  it("control: the figure given as if the same still drifts", async () => {
    expect(await drift(`${OPENING} At least 19 people were killed in the floods, regional officials said.${RESCUE}`)).toHaveLength(1);
  });

  it("control: a word of a new count in another clause of the sentence says nothing of the figure", async () => {
    expect(await drift(`${OPENING} So far the rescue teams found no survivors; at least 19 people were killed in the floods, regional officials said.${RESCUE}`)).toHaveLength(1);
  });
});

describe("toldAsNewCount, per language", () => {
  it.each([
    ["en", "The number of people killed in the floods rose to 19 on Tuesday.", true],
    ["en", "At least 19 people were killed in the floods.", false],
    ["fr", "Le bilan est passé à 19 morts selon la préfecture.", true],
    ["fr", "Au moins 19 personnes sont mortes selon la préfecture.", false],
    ["de", "Die Zahl der Toten ist auf 19 gestiegen.", true],
    ["de", "Mindestens 19 Menschen starben in den Fluten.", false],
    ["es", "Hasta ahora murieron 19 personas en las inundaciones.", true],
    ["es", "Al menos 19 personas murieron en las inundaciones.", false],
    // "ya" is "already", but "ya que" is "because": no word of a new count.
    ["es", "Ya que 19 personas murieron, el alcalde pidió ayuda.", false],
  ])("%s: %s", (language, text, expected) => {
    const at = text.indexOf("19");
    expect(toldAsNewCount(text, { start: 0, end: text.length }, { start: at, end: at + 2 }, language)).toBe(expected);
  });
});
