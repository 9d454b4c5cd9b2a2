// "according to ASP Jane Roe, …": a rank's or a body's initials before a full name are a title, no part of the name,
// after "according to" as before a speech verb ("ASP Jane Roe said"). Before: the frames relied on "ASP Jane Roe", a
// second person beside the Jane Roe the speakers read. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("initials before a name after 'according to'", () => {
  it.each([
    "According to ASP Jane Roe, Police Public Relations Officer, the suspect was arrested.",
    "The suspect was arrested, according to ASP Jane Roe.",
  ])("are no part of the name: %s", (body) => {
    expect(sourceLabels(readPlain(body, "en"))).toEqual(["named:Jane Roe"]);
  });

  it("a name after 'according to' is otherwise kept as written", () => {
    expect(sourceLabels(readPlain("The suspect was arrested, according to Jane Roe.", "en"))).toEqual(["named:Jane Roe"]);
  });
});
