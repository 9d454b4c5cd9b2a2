// A translation that misrenders a figure ("about 1,400 jobs" told as "rund 14.000 Stellen": a thousands mark read as
// a decimal one, or a zero slipped) still tells the same statement, and the changed figure is number drift. The
// changed figure used to cost the pair the shared anchor it needed, so the retelling joined no claim and the drift was
// never seen. Controls: a figure changed in any other way (1,400 → 3,100) is no misrendering, and reports no drift across
// languages; a round figure ("1,000" → "10 000") is too common to tell one figure by. All texts invented.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { misrenderedFigures } from "../../src/core/scales.ts";
import { frontMatterArticle as article, makeCase } from "../helpers.ts";

const english = (figure: string) =>
  article(
    "en",
    "Tamberg Courier",
    "2026-03-02",
    "Orlev ferry line to close",
    `The transport agency of Tamberg will shut the Orlev ferry line by 2029, cutting about ${figure} jobs, according to a draft budget. The budget goes to a vote in May.`,
  );
const german = (figure: string, credit: string) =>
  article(
    "de",
    "Nordsee-Bote",
    "2026-03-03",
    "Aus für die Fähre",
    `Die Verkehrsbehörde von Tamberg stellt die Fährlinie nach Orlev bis 2029 ein, wobei rund ${figure} Stellen wegfallen${credit}. Die Gewerkschaften rufen zum Streik auf.`,
  );

const french = (figure: string) =>
  article(
    "fr",
    "Le Veilleur du Nord",
    "2026-03-03",
    "Transports : fin annoncée du ferry",
    `L'agence des transports de Tamberg fermera d'ici 2029 la ligne de ferry Tamberg-Orlev, supprimant environ ${figure} emplois dans le port de Lisvik. Les syndicats appellent à la grève.`,
  );

/** Whether the English statement and its French retelling (no credit) are one claim. */
async function joinedInFrench(en: string, fr: string): Promise<boolean> {
  const named = english(en).replace("according to a draft budget", "minister Ada Brun said");
  const { claims } = await analyseCaseFolder(await makeCase({ "courier.txt": named, "veilleur.txt": french(fr) }));
  return claims.some((c) => c.articles.length === 2);
}

async function analysed(en: string, de: string, credit = "") {
  const { claims, graph } = await analyseCaseFolder(await makeCase({ "courier.txt": english(en), "bote.txt": german(de, credit) }));
  return {
    joined: claims.some((c) => c.articles.length === 2),
    drift: (graph.getAttribute("findings") as { type: string }[]).some((f) => f.type === "number_drift"),
  };
}

describe("a figure misrendered in translation", () => {
  it("is one figure ten times another with the same digits, two or more before the zeros", () => {
    expect(misrenderedFigures(1400, 14000)).toBe(true);
    expect(misrenderedFigures(230, 23)).toBe(true);
    expect(misrenderedFigures(1400, 3100)).toBe(false);
    expect(misrenderedFigures(1000, 10000)).toBe(false);
    expect(misrenderedFigures(1400, 140000)).toBe(false);
  });

  it("still joins the translation to the statement it tells", async () => {
    expect(await joinedInFrench("1,400", "14 000")).toBe(true);
  });

  it("is reported as number drift where the translation credits its source", async () => {
    expect((await analysed("1,400", "14.000", ", wie der Tamberg Courier berichtet")).drift).toBe(true);
  });

  it("is no drift across languages when the figure changed otherwise", async () => {
    expect((await analysed("1,400", "3.100", ", wie der Tamberg Courier berichtet")).drift).toBe(false);
    expect((await analysed("1,000", "10.000", ", wie der Tamberg Courier berichtet")).drift).toBe(false);
  });
});
