// Findings a fact-checker would call invented, found by a probe on unseen cases: a drift of attribution between two
// different quotations, an "unsupported" credit that is only the next agent phrase of the sentence, and a changed figure
// that went unreported once a third article repeated it. Texts are invented for these tests.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string, language?: string) =>
  `---\noutlet: ${outlet}\npublished: ${published}\n${language ? `language: ${language}\n` : ""}---\n${body}\n`;

async function findingsOf(files: Record<string, string>) {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.getAttribute("findings");
}

describe("attribution drift across a copy edge", () => {
  it("is not stated between two different quotations by two different people", async () => {
    const found = await findingsOf({
      "a.txt": article(
        "Nordsee-Rundschau",
        "2026-03-02",
        "In Norderau sollen bis 2030 mehr als 300 Schulen saniert werden, wie die Nachrichtenagentur dpa meldete.\n\n" +
          '"Wir dürfen die Sanierung der Schulen nicht länger verschieben. Kinder brauchen gute Räume", sagte Bildungsministerin Greta Lindqvist.\n\n' +
          "Betroffen seien vor allem Gebäude aus der Nachkriegszeit. Die Kosten schätzt das Ministerium auf 2,1 Milliarden Euro in acht Jahren.",
        "de",
      ),
      "b.txt": article(
        "Kieler Landbote",
        "2026-03-03",
        "Nach Angaben der Landesregierung in Kiel sind rund 300 Schulen sanierungsbedürftig, wie die Nordsee-Rundschau berichtete.\n\n" +
          "Betroffen seien vor allem Gebäude aus der Nachkriegszeit. Die Kosten schätzt das Ministerium auf 2,1 Milliarden Euro in acht Jahren.\n\n" +
          'Der Elternverband fordert mehr Tempo. "Wir hören von solchen Zusagen oft erst aus der Zeitung", sagte Verbandssprecher Holger Brandt.',
        "de",
      ),
    });
    expect(found.filter((f) => f.type === "attribution_drift")).toEqual([]);
  });
});

describe("an unsupported attribution", () => {
  it("is never charged on a fragment that is only the sentence's next agent phrase", async () => {
    const found = await findingsOf({
      "a.txt": article("Vida Leve", "2026-05-12", "Um nutricionista que pediu anonimato afirmou que o suco de couve com gengibre cura a gripe em 24 horas.", "pt"),
      "b.txt": article(
        "Checagem Já",
        "2026-05-20",
        "É falso que o suco de couve com gengibre cura a gripe em 24 horas.\n\n" +
          "A mensagem foi publicada primeiro pelo blog Vida Leve, em 12 de maio, e depois copiada, sem crédito, pelo site Jornal Serra Azul.",
        "pt",
      ),
    });
    expect(found.filter((f) => f.type === "unsupported_attribution")).toEqual([]);
  });
});

describe("a figure changed and then repeated", () => {
  it("is still a number drift from the first printer to the article that changed it, naming the one that repeats it", async () => {
    const found = await findingsOf({
      "a.txt": article("Harbor Gazette", "2026-06-01", "The town of Pellmor will ban leaf blowers on Sundays, officials said. Violators will pay a penalty of 400 crowns, according to the town. The rule starts in June."),
      "b.txt": article(
        "Coastline Wire",
        "2026-06-02",
        "Gardeners in Pellmor are upset about a plan to ban leaf blowers every Sunday, according to Harbor Gazette. Violators will pay a penalty of 4,000 crowns, the paper said. The town will hand out free rakes instead.",
      ),
      "c.txt": article(
        "Oddities Daily",
        "2026-06-06",
        "Pellmor will ban leaf blowers every Sunday starting in June, as Harbor Gazette reported. Gardeners in Pellmor are upset about a plan to ban leaf blowers every Sunday. Violators will pay a penalty of 4,000 crowns. The town will hand out free rakes instead.",
      ),
    });
    const drift = found.filter((f) => f.type === "number_drift");
    expect(drift).toHaveLength(1);
    expect(drift[0]!.articles.slice(0, 2)).toEqual(["a", "b"]);
    expect(drift[0]!.articles).toContain("c");
    expect(drift[0]!.explanation).toMatch(/400 crowns.*4,000 crowns.*Oddities Daily/);
  });
});

describe("a figure with a unit changed and then repeated by most articles", () => {
  it("names the first printer as the original and the repeaters as departing, not the original as the odd one out", async () => {
    const faster = "The new Kessel tram line runs 12 percent faster than the old buses";
    const found = await findingsOf({
      "a.txt": article("Transit Monthly", "2026-04-01", "Riders on the new Kessel tram line saved 12 percent of their travel time in the first month, the operator said."),
      "b.txt": article("City Pulse", "2026-04-03", `${faster}, according to Transit Monthly.`),
      "c.txt": article("Metro Chatter", "2026-04-05", `${faster}, as City Pulse reported.`),
      "d.txt": article("Urban Feed", "2026-04-06", `${faster}, City Pulse reported.`),
      "e.txt": article("Commuter Notes", "2026-04-08", `${faster}, according to City Pulse.`),
    });
    const drift = found.filter((f) => f.type === "number_drift");
    expect(drift).toHaveLength(1);
    expect(drift[0]!.articles).toEqual(["a", "b", "c", "d", "e"]);
    expect(drift[0]!.explanation).toMatch(/depart from what Transit Monthly \([^)]*\) first printed/);
  });
});

describe("a figure printed by two articles and changed by a third that credits both", () => {
  it("is one change, naming the first printer, the one that printed it after, and the one that changed it", async () => {
    const found = await findingsOf({
      "a.txt": article("Harbor Gazette", "2026-06-01", "The town of Pellmor will ban leaf blowers on Sundays, officials said. Violators will pay a penalty of 400 crowns, according to the town. The rule starts in June."),
      "b.txt": article(
        "Coastline Wire",
        "2026-06-02",
        "Gardeners in Pellmor are upset about a plan to ban leaf blowers every Sunday, according to Harbor Gazette. Violators will pay a penalty of 400 crowns, the paper said. The town will hand out free rakes instead.",
      ),
      "c.txt": article("Oddities Daily", "2026-06-06", "Pellmor will ban leaf blowers every Sunday, as Harbor Gazette reported. Violators will pay a penalty of 4,000 crowns, Coastline Wire added. The town will hand out free rakes instead."),
    });
    const drift = found.filter((f) => f.type === "number_drift");
    expect(drift.map((f) => f.articles)).toEqual([["a", "b", "c"]]);
  });
});
