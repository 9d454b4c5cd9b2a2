/**
 * Hungarian, Romanian and Vietnamese tell a story's claim as someone's claim as the other languages do ("aki valótlanul
 * azt állította, hogy P", "zvonul că P este fals", "bác bỏ tin đồn rằng P"), but had no proposition cues: the debunk
 * sentence itself became the claim, presented as true by every debunk, and the story's clause never became one. Their
 * claim nouns and verbs of saying now open the clause (StanceWords.proposition), a verb of denial with its complementiser
 * opens the clause it denies, and a verdict after a claim noun's clause ends it. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../../src/analyse/claims/propositions.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("the clause told as someone's claim, in hu, ro and vi", () => {
  it.each([
    ["hu", "A rendőrség őrizetbe vett egy férfit, aki valótlanul azt állította, hogy az orrini gát átszakadt éjjel.", "claim", "az orrini gát átszakadt éjjel"],
    ["hu", "Egy fiók azt terjesztette a hétvégén, hogy az orrini iskolát bezárják.", "claim", "az orrini iskolát bezárják"],
    ["hu", "A polgármester cáfolta, hogy az orrini iskolát bezárják ősszel.", "denial", "az orrini iskolát bezárják ősszel"],
    ["ro", "Un cont a scris pe rețelele sociale că barajul de la Orrin s-a rupt.", "claim", "barajul de la Orrin s-a rupt"],
    ["ro", "Primăria a dezmințit că școala din Orrin se va închide în toamnă.", "denial", "școala din Orrin se va închide în toamnă"],
    ["ro", "Zvonul că școala din Orrin se va închide în toamnă este fals.", "denial", "școala din Orrin se va închide în toamnă"],
    ["vi", "Công an đã bác bỏ tin đồn rằng đập thủy điện Orrin bị vỡ trong đêm.", "claim", "đập thủy điện Orrin bị vỡ trong đêm"],
    ["vi", "Thông tin về việc trường học ở Orrin sẽ đóng cửa vào mùa thu là sai sự thật.", "denial", "trường học ở Orrin sẽ đóng cửa vào mùa thu"],
  ])("%s: %s", (language, sentence, frame, clause) => {
    const found = readPropositions(sentence, language);
    expect(found.map((p) => [p.frame, p.span.text])).toEqual([[frame, clause]]);
  });

  it.each([
    ["hu", "A polgármester kedden lemondott, mert beteg lett."],
    ["ro", "Primarul a demisionat marți seara, după o ședință lungă."],
    ["vi", "Thị trưởng đã từ chức vào hôm thứ Ba sau một cuộc họp dài."],
  ])("%s: none in %s", (language, sentence) => {
    expect(readPropositions(sentence, language)).toEqual([]);
  });
});

describe("a Hungarian story told as what a man falsely claimed", () => {
  it("is the story's clause, reported false by each article, not the arrest presented as true", async () => {
    const article = (outlet: string, date: string, body: string) => frontMatterArticle("hu", outlet, date, "", body);
    const root = await makeCase({
      "a.txt": article("Orrini Napló", "2026-04-02", "A rendőrség őrizetbe vett egy férfit, aki valótlanul azt állította, hogy az orrini gát átszakadt és elöntötte a falut.\n\nA férfi a kihallgatáson elmondta, hogy unatkozott."),
      "b.txt": article("Völgyi Hírek", "2026-04-03", "Őrizetbe vettek egy férfit, aki valótlanul azt állította, hogy az orrini gát átszakadt és elöntötte a falut.\n\nA gát vezetője szerint a vízszint normális."),
      "c.txt": article("Megyei Lap", "2026-04-03", "A rendőrség szerint egy férfi valótlanul azt állította, hogy az orrini gát átszakadt és elöntötte a falut.\n\nAz ügyben nyomozás indult."),
    });
    const { graph } = await analyseCaseFolder(root);
    const claims = graph.filterNodes((_, a) => a.kind === "claim");
    const texts = claims.map((k) => (graph.getNodeAttributes(k) as { text: string }).text);
    const story = claims[texts.indexOf("az orrini gát átszakadt és elöntötte a falut")];
    expect(story, texts.join(" | ")).toBeDefined();
    const stances = graph.mapInEdges(story!, (_, a, source) => [source, (a as { stance?: string }).stance]);
    expect(stances.sort()).toEqual([["a", "false"], ["b", "false"], ["c", "false"]]);
  });
});
