// Icelandic declines an outlet's name, its definite article too ("í frétt Flóablaðsins", "á vef Skerjavísis", "í samtali
// við Fjarðarstundina"): a registered outlet so written was read as nothing, and "í frétt X" / "á vef X" (in X's news, on
// X's website) had no frame. The nominative (cited.ts uninflected) gives the registry's name back; a person's or a body's
// genitive there names no outlet. Outlets and people invented.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletEntrySchema } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry(["Flóablaðið", "Skerjavísir", "Fjarðarstundin", "Kvíarpósturinn", "SVF"].map((name) => OutletEntrySchema.parse({ name, kind: "newspaper" })));
const cited = (body: string) => readText(body, registry, { outlet: "Prófblaðið", language: "is" }).attributions.map((a) => a.outletName);

describe("Icelandic: a registered outlet in an oblique case", () => {
  it.each([
    ["Þetta kemur fram í frétt Flóablaðsins.", "Flóablaðið"],
    ["Þetta kemur fram á vef Skerjavísis í dag.", "Skerjavísir"],
    ["Þetta kemur fram á vef SVF.", "SVF"],
    ["Samkvæmt frétt Fjarðarstundarinnar verður brúnni lokað.", "Fjarðarstundin"],
    ["Samkvæmt umfjöllun Kvíarpóstsins verður brúnni lokað.", "Kvíarpósturinn"],
    ["Brúnni verður lokað að sögn Skerjavísis.", "Skerjavísir"],
    ["„Brúin er lokuð,“ sagði hún í samtali við Fjarðarstundina.", "Fjarðarstundin"],
    ["„Brúin er lokuð,“ sagði hún í samtali við Flóablaðinu.", "Flóablaðið"],
  ])("%j cites %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it.each([
    "Þetta kemur fram í frétt Jóns Pálssonar.",
    "Þetta kemur fram á vef Stjórnarráðsins.",
    "Þetta kemur fram í frétt Skerjavíkur.",
    "Brúnni verður lokað að sögn Jóns Pálssonar.",
  ])("a person's, a body's or a place's genitive names no outlet: %j", (body) => {
    expect(cited(body)).toEqual([]);
  });
});
