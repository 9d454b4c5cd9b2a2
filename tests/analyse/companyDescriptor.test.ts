// "Harbour Lines broke ground on …, the company said in a press release": where the company's own release is an article
// of the case, "the company" is that outlet, named as its sentence's subject, and the reprint credits the release (no
// uncredited copy, one source). "The company" never stands for another outlet named before it. Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const article = (outlet: string, date: string, title: string, body: string) => frontMatterArticle("en", outlet, date, title, body);
const RELEASE = article("Harbour Lines", "2025-05-20", "Harbour Lines opens a ferry yard", "Harbour Lines today broke ground on a $120 million ferry yard at Kestrel Point in the north of Velmar province.");

async function read(reprint: string): Promise<{ cites: string[]; findings: string[] }> {
  const { graph } = await analyseCaseFolder(await makeCase({ "pr.txt": RELEASE, "b.txt": article("Velmar Daily", "2025-05-21", "Ferry yard", reprint) }));
  const cites: string[] = [];
  graph.forEachEdge((_, attrs, source, target) => {
    if (attrs.kind === "cites" && source === "b") cites.push(target);
  });
  return { cites, findings: graph.getAttribute("findings").map((f) => f.type) };
}

describe("the company as its sentence's subject", () => {
  it("credits the company's release in the case", async () => {
    const { cites, findings } = await read("Harbour Lines on Tuesday broke ground on a $120 million ferry yard at Kestrel Point in the north of Velmar province, the company said in a press release.");
    expect(cites).toEqual(["pr"]);
    expect(findings).not.toContain("uncredited_copy");
  });

  it("never stands for an outlet named before another subject", async () => {
    const { cites } = await read("According to the Kestrel Bugle, Harbour Lines will hire 400 people at the new ferry yard, the company said.");
    expect(cites).not.toContain("pr");
    expect(cites.filter((c) => c.includes("kestrel-bugle"))).toHaveLength(1);
  });
});
