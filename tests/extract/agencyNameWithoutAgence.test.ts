// Italian, Spanish and Portuguese write the French agency as "l'agenzia France Presse", "la agencia France-Presse":
// its name without "Agence" is the same outlet as AFP (data/outlets.json), not a second outlet "France Presse".
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletRegistryFileSchema } from "../../src/core/outlets.ts";
import { DEFAULT_REGISTRY_FILE } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry(OutletRegistryFileSchema.parse(JSON.parse(readFileSync(DEFAULT_REGISTRY_FILE, "utf8"))).outlets);

describe("France Presse is AFP", () => {
  it.each([
    ["Il porto resterà chiuso, secondo l'agenzia France Presse.", "it"],
    ["El puerto seguirá cerrado, según la agencia France Presse.", "es"],
    ["O porto vai fechar, informou a agência France-Presse.", "pt"],
  ])("%s", (text, language) => {
    expect(readText(text, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outlet)).toEqual(["outlet:afp"]);
  });
});
