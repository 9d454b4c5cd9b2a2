// An anonymous source relayed by an outlet ("citant une source anonyme", "selon une source sécuritaire citée par X",
// "citando una fuente anónima"): an anonymous source whose words reached the article through that outlet, in each
// language as English "X reported, citing an unnamed official" is read. Texts of our own, names invented.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = withCaseOutlets(createOutletRegistry([]), [
  { name: "Le Courrier de Vaulnes" },
  { name: "La Gazette des Combes" },
  { name: "El Heraldo de Valdoria" },
  { name: "Il Corriere di Brenna" },
  { name: "Diário de Serrana" },
]);

function sources(body: string, language: string) {
  return readText(body, registry, { outlet: "Test Daily", language }).sources.map((s) => [s.type, s.via]);
}

describe("an anonymous source relayed by an outlet", () => {
  it.each([
    ["fr", "Le port de Vaulnes fermera en juin, a rapporté Le Courrier de Vaulnes, citant une source anonyme.", "outlet:le-courrier-de-vaulnes"],
    ["fr", "Le Courrier de Vaulnes, citant une source proche du dossier, affirme que le port fermera en juin.", "outlet:le-courrier-de-vaulnes"],
    ["fr", "Le port fermera en juin, selon une source sécuritaire citée par La Gazette des Combes.", "outlet:la-gazette-des-combes"],
    ["es", "El puerto cerrará en junio, informó El Heraldo de Valdoria, citando una fuente anónima.", "outlet:el-heraldo-de-valdoria"],
    ["it", "Il porto chiuderà a giugno, ha scritto Il Corriere di Brenna, citando una fonte anonima.", "outlet:il-corriere-di-brenna"],
    ["pt", "O porto vai fechar em junho, noticiou Diário de Serrana, citando uma fonte anônima.", "outlet:diario-de-serrana"],
  ])("%s: %s", (language, body, via) => {
    expect(sources(body, language)).toContainEqual(["anonymous", via]);
  });
});
