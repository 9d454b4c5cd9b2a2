// Reports passed on as others' ("We are following reports that X. We have not been able to confirm them.", "Claims
// that X spread on Saturday") only mention X; before, a liveblog and an explainer read as presenting X as true. And a
// time of day between a report verb and "by" ("first published this morning by the tabloid X") is still a citation;
// before, no outlet was read. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain } from "../extract/helpers.ts";
import { stanceOfFirst } from "./stanceHelpers.ts";

describe("reports passed on as others'", () => {
  it.each([
    [["We are following reports that the Welsh singer Orla Penhallow has died in Cardiff.", "We have not been able to confirm them."]],
    [["Claims that the Welsh singer Orla Penhallow has died in Cardiff spread on Sunday after a post on a fan forum.", "Her label has not commented."]],
    [["The Welsh singer Orla Penhallow has died in Cardiff, a fan forum says.", "We were unable to verify this."]],
  ])("only mention what they report: %j", (sentences) => {
    expect(stanceOfFirst("en", sentences)).toBe("mentions");
  });
  it.each([
    [["The Cardiff coroner reports that the Welsh singer Orla Penhallow died of natural causes.", "Her funeral is on Friday."]],
    [["The Welsh singer Orla Penhallow has died in Cardiff.", "Her label confirmed the news on Sunday."]],
  ])("a source's report and a plain statement stay true (control): %j", (sentences) => {
    expect(stanceOfFirst("en", sentences)).toBe("true");
  });
});

describe("a time of day before 'by' in a report frame", () => {
  const outlets = (body: string) => readPlain(body, "en").attributions.map((a) => a.outletName);
  it.each([
    "The claim was first published this morning by the tabloid The Cardiff Herald.",
    "The claim was first reported yesterday evening by The Cardiff Herald.",
  ])("cites the outlet: %s", (body) => {
    expect(outlets(body)).toContain("Cardiff Herald");
  });
  it.each(["The claim was first published by the tabloid The Cardiff Herald.", "The story was published on Sunday by The Cardiff Herald."])("without a time of day, or with a date, as before (control): %s", (body) => {
    expect(outlets(body)).toContain("Cardiff Herald");
  });
});
