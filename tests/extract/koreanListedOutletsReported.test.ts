// Korean names the outlets that reported with "등" (and others) after them, the first joined to the next by "와"/"과"
// ("한강일보와 푸른신문 등 언론이 보도했다"): every name listed is cited. Texts of our own.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "ko").attributions.map((a) => a.outletName).sort();

describe("outlets listed before 등 are cited", () => {
  it.each([
    ["새벽일보 등이 댐이 무너졌다고 보도했다.", ["새벽일보"]],
    ["새벽일보와 푸른신문 등 언론이 댐이 무너졌다고 보도했다.", ["새벽일보", "푸른신문"]],
    // Control: people listed so are no outlets.
    ["김민수와 이영희 등이 댐이 무너졌다고 전했다.", []],
  ])("%s", (body, expected) => {
    expect(cited(body)).toEqual(expected);
  });
});
