// A satire site known only by what another article of the case calls it ("The story began on the satirical website
// X"): its story, pasted without its footer, was read as news, so a re-report presenting it as true laundered nothing.
// Its articles are now read as its own notice would have them read. Also Swahili notices and stance words. Own
// invented stories.
import { describe, expect, it } from "vitest";
import { describesAsSatire, SATIRE_NOTICE_WORDS } from "../../src/core/satireNotices/index.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

function article(language: string, outlet: string, published: string, body: string): string {
  return `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;
}

async function read(files: Record<string, string>): Promise<{ stances: string[]; laundering: string[][] }> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const stances = graph
    .filterEdges((_e, a) => a.kind === "asserts")
    .map((e) => {
      const a = graph.getEdgeAttributes(e);
      return `${graph.source(e)}:${a.kind === "asserts" ? a.stance : ""}`;
    })
    .sort();
  const laundering = graph.getAttribute("findings").filter((f) => f.type === "laundering").map((f) => [...f.articles].sort());
  return { stances, laundering };
}

const EN_SPOOF = "The parish council of Elmsworth has announced that every dog walker on the common will pay a fee of 300 crowns for each walk.";
const EN_REPORT = "The parish council of Elmsworth will charge dog walkers a fee of 300 crowns for each walk on the common, according to the website The Weekly Grin.";

describe("a case outlet another article calls satire", () => {
  it("en: the origin is satire and the re-report launders it", async () => {
    const { stances, laundering } = await read({
      "spoof.txt": article("en", "The Weekly Grin", "2025-05-01", EN_SPOOF),
      "report.txt": article("en", "Elmsworth Evening News", "2025-05-02", EN_REPORT),
      "check.txt": article("en", "Shire Fact Desk", "2025-05-05", 'The parish council of Elmsworth has denied reports that it will charge dog walkers a fee of 300 crowns. "There is no such fee. The story began on the satirical website The Weekly Grin," a council clerk, Martin Ogilvy, said.'),
    });
    expect(stances).toContain("spoof:false");
    expect(stances).toContain("report:true");
    expect(laundering).toEqual([["report", "spoof"]]);
  });

  it("fr: 'le site parodique X'", async () => {
    const { laundering } = await read({
      "spoof.txt": article("fr", "Le Grelot Hebdo", "2025-05-01", "Le conseil municipal de Valbrume a annoncé que chaque promeneur de chien paiera une taxe de 300 couronnes par promenade."),
      "report.txt": article("fr", "Valbrume Matin", "2025-05-02", "Le conseil municipal de Valbrume va faire payer aux promeneurs de chien une taxe de 300 couronnes par promenade, selon le site Le Grelot Hebdo."),
      "check.txt": article("fr", "Vérif Express", "2025-05-05", "La mairie de Valbrume dément toute taxe sur les promeneurs de chien. L'histoire vient du site parodique Le Grelot Hebdo, qui publie de fausses nouvelles."),
    });
    expect(laundering).toEqual([["report", "spoof"]]);
  });

  it("no one's word when the describer is itself satire, or denies it", async () => {
    for (const check of [
      // The describer carries its own satire notice: one satire site calling another satirical.
      "The parish council of Elmsworth has denied the fee. The story began on the satirical website The Weekly Grin.\n\nShire Fact Desk is a satirical website. All our stories are fiction.",
      "The parish council of Elmsworth has denied the fee. The Weekly Grin is not a satirical website, its editor insists.",
    ]) {
      const { stances, laundering } = await read({
        "spoof.txt": article("en", "The Weekly Grin", "2025-05-01", EN_SPOOF),
        "report.txt": article("en", "Elmsworth Evening News", "2025-05-02", EN_REPORT),
        "check.txt": article("en", "Shire Fact Desk", "2025-05-05", check),
      });
      expect(stances).not.toContain("spoof:false");
      expect(laundering).toEqual([]);
    }
  });
});

describe("Swahili satire notice and stance words", () => {
  it("a sw satire site's footer makes its story satire; its name in a credit is no debunk", async () => {
    const { stances, laundering } = await read({
      "spoof.txt": article("sw", "Kicheko Kesho", "2025-05-01", "Baraza la Mji wa Mlima Mdogo limetangaza kwamba kila mtu anayetembeza mbwa atalipa ada ya shilingi 300 kwa kila matembezi.\n\nKicheko Kesho ni tovuti ya vichekesho na kejeli. Habari zote kwenye tovuti hii ni za kubuni."),
      "report.txt": article("sw", "Sauti ya Pwani", "2025-05-02", "Baraza la Mji wa Mlima Mdogo litaanza kutoza ada ya shilingi 300 kwa kila matembezi ya mbwa, kwa mujibu wa tovuti ya Kicheko Kesho."),
    });
    expect(stances).toEqual(["report:true", "spoof:false"]);
    expect(laundering).toEqual([["report", "spoof"]]);
  });
});

describe("each language's descriptor of a satire site", () => {
  const cases = SATIRE_NOTICE_WORDS.flatMap((w) => w.described.map((e) => [w.language, e] as const));
  it.each(cases)("%s: %j calls The Weekly Quip satire", (_language, sentence) => {
    expect(describesAsSatire(sentence, "The Weekly Quip")).toBe(true);
  });
  it.each([
    "The Weekly Quip is not a satirical site.",
    "The story appeared on The Weekly Quip and later on a satirical website.",
    "A satirical website copied The Weekly Quip.",
  ])("not: %j", (sentence) => {
    expect(describesAsSatire(sentence, "The Weekly Quip")).toBe(false);
  });
});
