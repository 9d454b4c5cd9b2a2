import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

/** Outlets a reading's line citations name ("Source: X" standing on its own line). */
function lineCited(body: string, language: string): string[] {
  return readPlain(body, language).attributions.filter((a) => a.frame === "source_line").map((a) => a.outletName ?? a.outlet);
}

describe("a source line whose label is written in lower case", () => {
  it("cites the outlet it names when the label opens the line (Indonesian 'sumber:')", () => {
    const body = "Wali kota Andi Lubis meresmikan jembatan baru di Kota Hulu pada Senin pagi.\n\nJembatan itu dibangun selama dua tahun.\n\nsumber: harianpagi.com";
    expect(lineCited(body, "id")).toEqual(["harianpagi.com"]);
  });

  it("does so in English and Spanish too", () => {
    expect(lineCited("Mayor Ann Reyes opened the new bridge on Monday.\n\nsource: Valley Courier", "en")).toEqual(["Valley Courier"]);
    expect(lineCited("La alcaldesa Ana Ruiz inauguró el lunes el nuevo puente.\n\nfuente: El Correo del Valle", "es")).toEqual(["El Correo del Valle"]);
  });

  it("keeps a lower-case 'source:' inside a sentence a sentence", () => {
    const body = "Mayor Ann Reyes opened the new bridge on Monday.\n\nThe council was her only source: the plans were never published.";
    expect(lineCited(body, "en")).toEqual([]);
  });
});
