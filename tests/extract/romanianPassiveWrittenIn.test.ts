// Romanian's impersonal passive names where something is written ("după cum se precizează în X", "se arată în ziarul
// X"): no citation was read (issue 11 task, probe 43 D4's frame), pinned with texts of our own. Controls: a report's
// title, a town or a person after the same words is no outlet, and no source either.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const read = (body: string) => {
  const r = readPlain(body, "ro");
  return { cited: r.attributions.map((a) => a.outletName), sources: r.sources.map((s) => s.name) };
};

describe("ro: se precizează în X", () => {
  it.each([
    ["După cum se precizează în Gazeta Someșului, podul rămâne închis.", "Gazeta Someșului"],
    ["Se arată în ziarul Vocea Văii că podul rămâne închis.", "Vocea Văii"],
  ])("%s", (text, name) => {
    expect(read(text)).toEqual({ cited: [name], sources: [] });
  });

  it.each([["Se precizează în Raportul Anual că podul rămâne închis."], ["Se precizează în București că podul rămâne închis."], ["S-a precizat în Ion Popescu că podul rămâne închis."]])("control: %s", (text) => {
    expect(read(text)).toEqual({ cited: [], sources: [] });
  });
});
