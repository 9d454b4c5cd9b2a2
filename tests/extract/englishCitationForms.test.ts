// English citation forms a probe of real stories showed unread: a site named by its address after "told", a time phrase
// after the name ("as reported by X at the time"), "as X mentions", "as translated by X". Own invented texts; invented
// sites and well-known outlets only.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const cited = (body: string): string[] => readText(body, registry, { outlet: "Test Daily", language: "en" }).attributions.map((a) => a.outletName);

describe("en: citation forms", () => {
  it.each([
    ["Tom Vale, a lawyer, told quillonpost.org that the road is closed.", "quillonpost.org"],
    ["Tom Vale told the local news website quillonpost.org that the road is closed.", "quillonpost.org"],
    ["As reported by India Today at the time, the official had said so.", "India Today"],
    ["It is far more likely, as the Daily Express mentions, that the road is closed.", "Daily Express"],
    ["As translated by Reuters, the minister says the road is closed.", "Reuters"],
  ])("%s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it.each([
    "Tom Vale told his friend that the road is closed.",
    "Tom Vale mentioned that the road is closed.",
    "The letter, translated by Tom Vale, says the road is closed.",
  ])("cites no one where no outlet is named: %s", (body) => {
    expect(cited(body)).toEqual([]);
  });
});
