// Pakistani outlets under the Urdu names their country writes ("جنگ اخبار", the Jang newspaper; "اے آر وائے نیوز"): the
// bundled registry knows them, so an Urdu text citing them cites the registry's outlet, not a new one in Urdu letters.
// Invented sentences; the outlets are the registry's.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletRegistryFileSchema } from "../../src/core/outlets.ts";
import { DEFAULT_REGISTRY_FILE } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry(OutletRegistryFileSchema.parse(JSON.parse(readFileSync(DEFAULT_REGISTRY_FILE, "utf8"))).outlets);
const cited = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "ur" }).attributions.map((a) => a.outletName);

describe("Urdu names of registered Pakistani outlets", () => {
  it.each([
    ["جنگ اخبار نے خبر دی کہ دریا پور کا پل بند ہے۔", "Daily Jang"],
    ["نجی ٹی وی اے آر وائے نیوز کی رپورٹ کے مطابق دریا پور کا پل بند ہے۔", "ARY News"],
  ])("%s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });
});
