// "Confirmed" in a compound past ("El ayuntamiento ha confirmado que …", "A câmara tem confirmado …") is a confirmation
// word as the simple past is: a later article that writes a circulating claim so, naming no one, is no new source.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { confirmationIn } from "../../src/analyse/findings/confirmedUnnamed.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: es\n---\n${body}\n`;

describe("a confirmation in a compound past", () => {
  it.each([
    ["es", "El ayuntamiento ha confirmado que prohibirá los perros en la playa."],
    ["es", "Las autoridades han confirmado que prohibirán los perros en la playa."],
    ["pt", "A câmara tem confirmado que vai proibir os cães na praia."],
  ])("%s: %s", (language, text) => {
    expect(confirmationIn(text, language)).toBeDefined();
  });

  it("is no new source of the claim it confirms", async () => {
    const root = await makeCase({
      "one.txt": article("one", "Diario de Lamar", "2026-06-01", "El Gobierno prohibirá los perros en todas las playas de Villaclara desde el 1 de julio, según una publicación viral en Facebook."),
      "two.txt": article("two", "Costa Hoy", "2026-06-02", "El Gobierno prohibirá los perros en todas las playas de Villaclara desde el 1 de julio, informó el Diario de Lamar."),
      "three.txt": article("three", "Villaclara Ahora", "2026-06-05", "El Gobierno ha confirmado que prohibirá los perros en todas las playas de Villaclara desde el 1 de julio."),
    });
    const { graph } = await analyseCaseFolder(root);
    const sources = graph.filterNodes((_, a) => a.kind === "claim" && a.articles.length === 3).flatMap((n) => (graph.getNodeAttributes(n) as { primarySources: string[] }).primarySources);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.some((s) => s.toLowerCase().includes("gobierno"))).toBe(false);
  });
});
