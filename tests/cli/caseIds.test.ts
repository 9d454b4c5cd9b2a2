import { describe, expect, it } from "vitest";
import { caseIds } from "../../src/cli/serve.ts";

describe("serve: one id per case folder", () => {
  it("names a case by its folder", () => {
    expect(caseIds(["/data/ferry-strike", "/data/dam-rumour"])).toEqual(["ferry-strike", "dam-rumour"]);
  });
  it("tells apart cases kept as <story>/case by their parent folder, so none hides another", () => {
    expect(caseIds(["/data/ferry-strike/case", "/data/dam-rumour/case", "/data/other"])).toEqual(["ferry-strike-case", "dam-rumour-case", "other"]);
  });
  it("numbers the same folder given twice", () => {
    expect(caseIds(["/data/ferry", "/data/ferry"])).toEqual(["data-ferry", "data-ferry-2"]);
  });
});
