// A correction reports false what it corrects: "Koreksi: … meralat berita …", "Sprostowanie: …", "We wrongly reported
// that …". Before, the corrected story's words in the correction read as presenting it true. Own invented texts.
import { describe, expect, it } from "vitest";
import { stanceOfFirst } from "./stanceHelpers.ts";

const read = stanceOfFirst;

describe("corrections", () => {
  it.each([
    ["en", "An earlier version of this article wrongly reported that the Holm ferry would stop in June."],
    ["en", "The Quay Courier retracted its report that the Holm ferry would stop in June."],
    ["id", "Redaksi meralat berita berjudul \"Feri Holm Berhenti Juni\" yang terbit pekan lalu."],
    ["pl", "Sprostowanie do artykułu o promie na Holm z 3 maja."],
    ["de", "Richtigstellung zum Bericht über die Fähre nach Holm vom 3. Mai."],
    ["fr", "Rectificatif à l'article sur le ferry de Holm du 3 mai."],
    ["es", "Fe de erratas sobre el artículo del ferry de Holm del 3 de mayo."],
    ["it", "Rettifica: articolo sul traghetto di Holm del 3 maggio."],
    ["pt", "Errata ao artigo sobre o ferry de Holm de 3 de maio."],
  ])("reads what it corrects false (%s): %s", (language, sentence) => {
    expect(read(language, [sentence, "Holm 3."])).toBe("false");
  });
});
