/**
 * Persian writes a person's profession after the name without a comma ("دکتر <name> پزشک بیمارستان … گفت": Dr X,
 * physician at the … hospital, said). The title marks the words after it as a name and the role noun ends it; the role
 * with its body is no person's name.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("Persian title, name, then role before the verb", () => {
  it.each([
    ["دکتر سیاوش نیک‌پور پزشک بیمارستان بندرگاه گفت که حال مجروحان رو به بهبود است.", "سیاوش نیک‌پور", "پزشک بیمارستان بندرگاه"],
    ["مهندس بهرام تابان مدیر بندر گفت که کشتی‌ها فردا برمی‌گردند.", "بهرام تابان", "مدیر بندر"],
  ])("%s", (body, name, role) => {
    const reading = readPlain(body, "fa");
    expect(reading.sources.map((s) => [s.type, s.name, s.role])).toEqual([["named", name, role]]);
  });

  it("a role and a hospital with no name name no person", () => {
    const labels = sourceLabels(readPlain("پزشک بیمارستان بندرگاه گفت که حال مجروحان رو به بهبود است.", "fa"));
    expect(labels.filter((l) => l.startsWith("named:"))).toEqual([]);
  });
});
