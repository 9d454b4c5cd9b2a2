// "que pediu para não ser identificado", "der nicht genannt werden wollte": the negation describes the source, so the
// first report of a story does not report its own claim false — even where the reading finds no source before the clause.
// Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { negationCues } from "../../src/analyse/stance.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const article = frontMatterArticle;

describe("a negation inside an anonymity clause is about the source", () => {
  it.each([
    ["pt", "que pediu para não ser identificado", "Segundo um engenheiro da prefeitura que pediu para não ser identificado, a ponte será fechada em março."],
    ["es", "que pidió no ser identificado", "Según un ingeniero municipal que pidió no ser identificado, el puente se cerrará en marzo."],
    ["de", "der nicht genannt werden wollte", "Ein Ingenieur der Stadt, der nicht genannt werden wollte, sagte, die Brücke werde im März gesperrt."],
    ["fr", "qui n'a pas souhaité être nommé", "Selon un ingénieur municipal qui n'a pas souhaité être nommé, le pont sera fermé en mars."],
  ])("%s: %s", (language, _clause, text) => {
    expect(negationCues(text, language)).toEqual([]);
  });

  it("and the first report presents its claim as true", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "a.txt": article("pt", "Blog Norte", "2025-03-01", "Ponte", "Segundo um engenheiro da prefeitura que pediu para não ser identificado, a ponte velha do rio Claro será fechada em março para obras."),
        "b.txt": article("pt", "Jornal Sul", "2025-03-02", "Ponte velha", "Segundo o Blog Norte, a ponte velha do rio Claro será fechada em março para obras, segundo um engenheiro da prefeitura."),
      }),
    );
    const stances: Record<string, string> = {};
    graph.forEachEdge((_, attrs, source) => {
      if (attrs.kind === "asserts") stances[source] = String(attrs.stance);
    });
    expect(stances).toEqual({ a: "true", b: "true" });
  });
});
