/**
 * A claim that is the denial of the story ("There never was a girl called …", "Der Fall der angeblichen Entführung ist
 * aufgeklärt … erfunden") is marked `denial`, the report tells it as a denial, and eval scores an article stating it as
 * reporting the story false (invented texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { isDenialClaim } from "../../src/analyse/stance.ts";
import { STANCE_WORDS } from "../../src/analyse/stance/index.ts";
import { scoreClaims } from "../../src/eval/claims.ts";
import { TruthSchema } from "../../src/eval/truth.ts";
import { buildReport, renderMarkdown } from "../../src/export/report.ts";
import type { ClaimNodeAttrs, SerializedProvenanceGraph } from "../../src/graph/types.ts";
import { sidesSentence } from "../../src/client/claims.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("a claim whose words deny that what it names existed or happened is a denial", () => {
  const examples = Object.values(STANCE_WORDS).flatMap((w) => (w.nonexistence ?? []).map((c) => [w.language, c.example] as const));
  it("every language with nonexistence words has an example here (en, es, de, fr, ru, pt, it, pl, ro, uk, cs, sk, hr, el, bg, ca)", () => {
    expect(examples.map(([language]) => language).sort()).toEqual(["bg", "ca", "cs", "de", "el", "en", "es", "fr", "hr", "it", "pl", "pt", "ro", "ru", "sk", "uk"]);
  });
  it.each(examples)("%s: %s", (language, example) => {
    expect(isDenialClaim(example, language)).toBe(true);
  });
  it.each([
    ["en", "The Elm school rescue never happened."],
    ["en", "Pim, the boy trapped in the rubble of the Elm school, didn't exist."],
    ["es", "Lucía no existe; ningún alumno de la escuela Pinar se llama así."],
    ["de", "Die Entführung in Talheim hat nie stattgefunden."],
    ["fr", "La fillette de l'école des Ormes n'a jamais existé."],
    ["ru", "Девочки по имени Люся в школе «Вяз» не существовало."],
  ])("%s: %s", (language, wording) => {
    expect(isDenialClaim(wording, language)).toBe(true);
  });
  it.each([
    // The story itself, and a negated statement that denies no existence or event.
    ["en", "A girl was trapped alive under the Elm school."],
    ["en", "The mayor did not resign on Tuesday."],
    ["es", "Una niña sigue con vida bajo los escombros de la escuela Pinar."],
    ["de", "Gegen den Mann wird nicht ermittelt."],
    // A verdict on the denial: the wording judges it, so it is not read as one.
    ["en", "The claim that the boy never existed is false."],
    ["es", "Es falso que la niña nunca existió."],
    // A question takes no side.
    ["en", "Did the boy at the Elm school never exist?"],
  ])("control %s: %s", (language, wording) => {
    expect(isDenialClaim(wording, language)).toBe(false);
  });
  it("a denial in the words that name a source is that source's description, not the claim's", () => {
    const wording = "A rescuer who never existed in any roster spoke to the girl under the Elm school.";
    const at = wording.indexOf("A rescuer");
    expect(isDenialClaim(wording, "en")).toBe(true);
    expect(isDenialClaim(wording, "en", [{ start: at, end: wording.indexOf(" spoke") }])).toBe(false);
  });
});

const es = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("es", outlet, published, title, body);
const de = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("de", outlet, published, title, body);

/** Three Spanish articles that all state that the trapped girl never existed. */
const PINAR = {
  "eco.txt": es(
    "El Eco del Valle",
    "2026-05-14",
    "Jamás hubo una niña llamada Lucía en la escuela Pinar",
    "Desde el martes las redes hablaban de una niña atrapada con vida bajo la escuela Pinar. El jefe de bomberos, Tomás Ibarra, aseguró el jueves que jamás existió una niña atrapada.\n\nTodos los alumnos de la escuela Pinar están identificados.",
  ),
  "voz.txt": es(
    "La Voz de Olmedo",
    "2026-05-14",
    "Lucía no existe",
    "Las maestras confirmaron que Lucía no existe. Jamás hubo una niña llamada Lucía en la escuela Pinar, dijeron.\n\nLas labores de rescate siguen en la zona.",
  ),
  "diario.txt": es(
    "Diario Sur",
    "2026-05-15",
    "La Marina pide disculpas",
    "Jamás hubo una niña llamada Lucía en la escuela Pinar, confirmó la Marina el jueves por la noche.\n\nEl almirante Rubén Soto pidió disculpas por la confusión.",
  ),
};

async function graphOf(files: Record<string, string>) {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph;
}

function claimNodes(graph: Awaited<ReturnType<typeof graphOf>>): (ClaimNodeAttrs & { key: string })[] {
  return graph.filterNodes((_k, a) => a.kind === "claim").map((k) => ({ key: k, ...(graph.getNodeAttributes(k) as ClaimNodeAttrs) }));
}

describe("a story every article denies", () => {
  it("its denial claim is marked, told as a denial in the report, and scored against the story it denies", async () => {
    const graph = await graphOf(PINAR);
    const denial = claimNodes(graph).find((c) => c.articles.length === 3);
    expect(denial?.label).toMatch(/^Jamás hubo una niña llamada Lucía/);
    expect(denial?.denial).toBe(true);
    // The stances are read on the denial as worded: the articles state it.
    expect(denial?.presentedAsTrue?.length).toBe(3);

    const report = renderMarkdown(buildReport(graph));
    expect(report).toContain("This claim is a denial: 3 articles state it, and so report as false or doubtful the story it denies");
    expect(report).not.toMatch(/3 articles presented it as true/);
    expect(report).toMatch(/The denial (?:is first stated|first appears) in/);

    // The truth states the story (a girl alive under the rubble), which all three report false.
    const truth = TruthSchema.parse({ claims: [{ id: "c1", text: "A girl called Lucía was alive under the rubble of the Pinar school.", presented_as_true_by: [], reported_as_false_or_doubted_by: ["eco", "voz", "diario"] }] });
    const serialized = graph.export() as unknown as SerializedProvenanceGraph;
    expect(scoreClaims(serialized, truth)).toMatchObject({ stanceRight: 3, stanceTotal: 3 });
    // Control: the same graph without the mark scores the three as presenting the story as true.
    const unmarked = { ...serialized, nodes: serialized.nodes.map((n) => ({ ...n, attributes: { ...n.attributes, denial: undefined } })) } as unknown as SerializedProvenanceGraph;
    expect(scoreClaims(unmarked, truth)).toMatchObject({ stanceRight: 0, stanceTotal: 3 });
  });

  it("control: a story the articles tell plainly is no denial", async () => {
    const plain = {
      "eco.txt": es("El Eco del Valle", "2026-05-14", "Una niña sigue con vida en la escuela Pinar", "Una niña llamada Lucía sigue con vida bajo los escombros de la escuela Pinar, dijeron los rescatistas el miércoles."),
      "voz.txt": es("La Voz de Olmedo", "2026-05-14", "Rescate en la escuela Pinar", "Una niña llamada Lucía sigue con vida bajo los escombros de la escuela Pinar, según los bomberos."),
    };
    const claims = claimNodes(await graphOf(plain));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((c) => c.denial)).toBe(false);
  });
});

describe("a claim that is itself a debunk may be a denial", () => {
  const pt = (outlet: string, published: string, body: string) => frontMatterArticle("pt", outlet, published, "Manual escolar", body);
  it("'… concluiu que o manual nunca existiu': its debunk cue is the denial", async () => {
    const graph = await graphOf({
      "folha.txt": pt("Folha do Vale", "2026-10-20", "Uma decisão do tribunal eleitoral concluiu que o manual escolar do ministro Paulo Arantes nunca existiu.\n\nA campanha recorreu da decisão."),
      "gazeta.txt": pt("Gazeta Serrana", "2026-10-21", "Uma decisão do tribunal eleitoral concluiu que o manual escolar do ministro Paulo Arantes nunca existiu, segundo o jornal.\n\nO vídeo foi retirado do ar."),
    });
    const claim = claimNodes(graph).find((c) => c.label.includes("nunca existiu"));
    expect(claim?.denial).toBe(true);
    expect(claim?.presentedAsTrue?.length).toBe(2);
  });
});

describe("a claim that tells its story as alleged, where two articles call that story invented, is a denial", () => {
  const solved = (outlet: string, day: string, next: string) =>
    de(outlet, `2026-03-${day}`, "Fall in Talheim", `Der mysteriöse Fall der angeblichen Entführung eines zwölfjährigen Jungen in Talheim ist aufgeklärt. ${next}\n\nDie Polizei ermittelt nicht weiter.`);
  it("marked where two articles call it invented beside their statement", async () => {
    const graph = await graphOf({
      "bote.txt": solved("Talheimer Bote", "04", "Der Junge, der mit der erfundenen Geschichte für Aufregung sorgte, war bei einem Freund."),
      "kurier.txt": solved("Neckar-Kurier", "05", "Die Geschichte ist erfunden: Der Junge hatte sich bei einem Freund versteckt."),
    });
    const claim = claimNodes(graph).find((c) => c.label.startsWith("Der mysteriöse Fall"));
    expect(claim?.denial).toBe(true);
  });
  it("control: the same claim where no article calls the story invented is left as it is", async () => {
    const graph = await graphOf({
      "bote.txt": solved("Talheimer Bote", "04", "Der Täter, ein Nachbar, wurde am Freitag festgenommen."),
      "kurier.txt": solved("Neckar-Kurier", "05", "Ein Nachbar wurde am Freitag festgenommen und hat gestanden."),
    });
    const claim = claimNodes(graph).find((c) => c.label.startsWith("Der mysteriöse Fall"));
    expect(claim).toBeDefined();
    expect(claim?.denial).toBeUndefined();
  });
});

describe("the explorer's sides sentence tells a denial as one", () => {
  it("a denial's presenters state it; its debunkers report the denial false", () => {
    expect(sidesSentence({ true: 5, false: 1, mentions: 0 }, true)).toBe("5 articles state this denial, so report what it denies as false or doubtful, 1 reported the denial false");
    expect(sidesSentence({ true: 5, false: 1, mentions: 0 })).toBe("5 articles presented it as true, 1 reported it false");
  });
});
