import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const outlets = (body: string): string[] => readPlain(body, "pl").attributions.map((a) => a.outletName ?? a.outlet ?? "");

/** Invented broadcasters: words said on a station, after the verb ("powiedział w Radiu X") or on its air ("na antenie"). */
describe("Polish: words said on a broadcaster's air", () => {
  it("reads the station after a verb of saying and 'w'", () => {
    expect(outlets("Minister Jan Kowal powiedział w Radiu Kresy, że „wszystko wskazuje na cyberatak”.")).toEqual(["Radiu Kresy"]);
  });

  it("reads the station after 'na antenie', before the verb", () => {
    expect(outlets("Wicepremier na antenie Radia Kresy potwierdził ponownie, że to cyberatak.")).toEqual(["Radia Kresy"]);
  });

  it("reads no outlet where a place or an institution follows 'w'", () => {
    expect(outlets("Minister powiedział w Sejmie, że zostaje. Premier powiedział w Brukseli, że też zostaje.")).toEqual([]);
  });
});
