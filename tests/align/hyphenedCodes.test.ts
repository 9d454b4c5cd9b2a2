// A figure written after a word and a hyphen ends a name or code ("COVID-19", "G-20", "Su-35"): it was read as a count,
// and two printings of one sentence ("after the COVID-19 outbreak reached …" / "after COVID-19 cases reached …") gave a
// number_drift finding ("19 outbreak" retold as "19 cases"). It names, as a figure glued to its letters does ("MH17"); a
// count beside it stays a count. Own invented texts (Hilde Varga, Orwell, Daily Meridian, Evening Ledger).
import { describe, expect, it } from "vitest";
import { numberMentions } from "../../src/align/drift.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const figures = (text: string, language: string) => numberMentions(text, { start: 0, end: text.length }, language).map((m) => `${m.value} ${m.noun ?? ""}`.trim());

describe("a figure hyphened to a word names", () => {
  it.each([
    ["en", "The COVID-19 pandemic closed 40 schools.", ["40 schools"]],
    ["en", "Leaders of the G-20 met 300 protesters; the Su-35 jets flew 12 sorties.", ["300 protesters", "12 sorties"]],
    ["de", "Wegen COVID-19 wurden 45 Menschen behandelt.", ["45 menschen"]],
    // A range or an age written with a hyphen after the figure is still read as before.
    ["en", "Between 30-40 people came, a 5-year-old among them.", ["30", "40 people", "5"]],
  ])("(%s) %s", (language, text, expected) => {
    expect(figures(text, language)).toEqual(expected);
  });

  it("finds no number drift between two printings of a sentence naming COVID-19", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "a.txt": frontMatterArticle("en", "Daily Meridian", "2021-03-01", "Fish market closed", 'Mayor Hilde Varga closed the Orwell fish market after the COVID-19 outbreak reached the harbour district, her office said on Monday.\n\n"The market stays shut until further notice," Varga said.\n'),
        "b.txt": frontMatterArticle("en", "Evening Ledger", "2021-03-02", "Fish market closed", 'Mayor Hilde Varga closed the Orwell fish market after COVID-19 cases reached the harbour district, her office said on Monday.\n\n"The market stays shut until further notice," Varga said.\n'),
      }),
    );
    const drift = (graph.getAttribute("findings") ?? []).filter((f: { type: string }) => f.type === "number_drift");
    expect(drift).toEqual([]);
  });
});
