import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const outlets = (body: string): string[] => readPlain(body, "pl").attributions.map((a) => a.outletName ?? a.outlet ?? "");

/** Invented broadcasters: words said on a station, after the verb ("powiedział w Radiu X") or on its air ("na antenie"). */
describe("Polish: words said on a broadcaster's air", () => {
  it("reads the station after a verb of saying and 'w'", () => {
    expect(outlets("Burmistrz Jan Kowal powiedział w Radiu Kresy, że „most zostanie otwarty w maju”.")).toEqual(["Radiu Kresy"]);
  });

  it("reads the station after 'na antenie', before the verb", () => {
    expect(outlets("Kapitan portu na antenie Radia Kresy zapewnił wczoraj, że prom wypłynie.")).toEqual(["Radia Kresy"]);
  });

  it("reads no outlet where a place or an institution follows 'w'", () => {
    expect(outlets("Minister powiedział w Sejmie, że zostaje. Premier powiedział w Brukseli, że też zostaje.")).toEqual([]);
  });
});
