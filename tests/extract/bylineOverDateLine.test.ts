// A reprint's byline over the date and time it was filed, both in one paragraph ("By <writer>, <outlet>" / "Friday, …
// 19:25 EDT"), or under them: the byline is read as a line of its own, and credits the outlet the registry knows.
// Own invented texts and writers; well-known outlets only.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const credited = (body: string): string[] => readText(body, registry, { outlet: "Test Daily", language: "en" }).syndication.map((s) => s.outletName);

describe("a byline beside its date line", () => {
  it.each([
    "Freedonian agency claims the road is closed\n\nBy Jan Kowal, The Guardian\nFriday, November 30, 2012 19:25 EDT\n\nThe minister said the road is closed.",
    "Freedonian agency claims the road is closed\n\n30/11/2012 19:25\nBy Jan Kowal, The Guardian\n\nThe minister said the road is closed.",
  ])("credits the outlet: %s", (body) => {
    expect(credited(body)).toEqual(["The Guardian"]);
  });

  it.each([
    "Road closed\n\nBy Jan Kowal, Quillon\nFriday, November 30, 2012\n\nThe minister said the road is closed.",
    "Road closed\n\nThe Guardian was wrong, the minister said\nin a speech on Friday, November 30, 2012\n\nThe road is closed.",
  ])("credits nothing where the line names no known outlet or is no byline: %s", (body) => {
    expect(credited(body)).toEqual([]);
  });
});
