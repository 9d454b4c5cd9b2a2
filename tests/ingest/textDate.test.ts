import { describe, expect, it } from "vitest";
import { datelineDate, titleMarkedUpdated, updateNotes } from "../../src/ingest/textDate.ts";

const BODY = "The council voted on Tuesday to close the old bridge for repairs, officials said, after engineers found cracks.";

describe("datelineDate: a date the article prints about itself", () => {
  it.each([
    [`Bridge to close\n\nPublished: 28 March 2019\n\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
    [`Bridge to close\nMarch 28, 2019 | 10:15 AM\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
    [`Posted on Thursday, 28/03/2019\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
    [`${BODY}\n\nFirst published in March 2019`, { iso: "2019-03", precision: "month" }],
    [`Updated 2 April 2019\nPublished 28 March 2019\n${BODY}`, { iso: "2019-03-28", precision: "day" }],
  ])("%j", (text, want) => {
    expect(datelineDate(text)).toEqual({ ...want, estimated: true });
  });

  it.each([
    [`Updated 3 days ago\n${BODY}`],
    [`An image grab from a July 05, 2014 propaganda video allegedly shows the leader of the group addressing worshipers at a mosque.\n${BODY}`],
    [`In 2015 they brought a lot of weapons, the source said.\n${BODY}`],
    [`${BODY}\nThe talks resumed on 3 May 2019 after a long pause in the negotiations between the two sides, a diplomat said.`],
  ])("takes no date from %j", (text) => {
    expect(datelineDate(text)).toBeUndefined();
  });
});

describe("updateNotes", () => {
  const published = { iso: "2021-03-31", precision: "day" as const, estimated: false };
  it("dates the paragraph an update note opens, in the publication's year", () => {
    const text = "Harbour study shows eels sleep\n\nUPDATE: May 29 -- The study was a prank by its authors.\n\nThe eels were filmed at night.";
    const [note] = updateNotes(text, published);
    expect(note?.date.iso).toBe("2021-05-29");
    expect(text.slice(note!.start, note!.end).trim()).toBe("UPDATE: May 29 -- The study was a prank by its authors.");
  });
  it("reads the note's date in the language of its cue", () => {
    expect(updateNotes("Le port ferme.\nMise à jour le 3 juin : le port reste ouvert.", published).map((n) => n.date.iso)).toEqual(["2021-06-03"]);
  });
  it("takes no note without a date after the cue, nor one dated before the publication, nor the word inside a sentence", () => {
    expect(updateNotes("We update readers every day.\nUpdate: the mayor denied it.", published)).toEqual([]);
    expect(updateNotes("Update: March 2, 2021 -- earlier note.", published)).toEqual([]);
    expect(updateNotes("Readers asked for an update on May 29 about the ferry.", published)).toEqual([]);
  });
  it("knows a headline marked as updated", () => {
    expect(titleMarkedUpdated("Eel study was a prank (UPDATE)")).toBe(true);
    expect(titleMarkedUpdated("Updated: ferry strike ends")).toBe(true);
    expect(titleMarkedUpdated("Ferry firm updates its timetable")).toBe(false);
  });
});

describe("updateNotes on hostile text", () => {
  it("reads a bounded number of cues: 60,000 'Update:' lines end at once with the first notes only", () => {
    const published = { iso: "2021-03-31", precision: "day" as const, estimated: false };
    const notes = updateNotes("Update: May 2 -- more.\n".repeat(60_000), published);
    expect(notes.length).toBeLessThanOrEqual(20);
    expect(notes[0]?.date.iso).toBe("2021-05-02");
  });
});
