/**
 * A claim's label is the clause its articles share, not the frame one article puts around it: "the police are looking
 * into a recording according to which a curfew starts" beside articles that tell the curfew is labelled by the curfew
 * (invented texts).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

async function claimsOf(language: string, bodies: [string, string][]): Promise<{ label: string; stances: Record<string, string> }[]> {
  const files = Object.fromEntries(bodies.map(([title, body], k) => [`a${k}.txt`, frontMatterArticle(language, `Outlet ${k}`, `2026-03-0${k + 2}T08:00:00Z`, title, body)]));
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.filterNodes((_, a) => a.kind === "claim").map((key) => ({
    label: graph.getNodeAttribute(key, "label") as string,
    stances: Object.fromEntries(
      graph
        .filterInEdges(key, (_, a) => a.kind === "asserts")
        .map((e) => {
          const attrs = graph.getEdgeAttributes(e);
          return [graph.source(e), attrs.kind === "asserts" ? String(attrs.stance) : ""];
        }),
    ),
  }));
}

describe("a claim told by one article as what a recording says, by the others as news", () => {
  it("is labelled by the shared clause, and the article that reports the recording only mentions it (cs)", async () => {
    const claims = await claimsOf("cs", [
      ["Policie prověřuje nahrávku", "Policie v Borovci prověřuje nahrávku, podle které bude od pátku v Borovci platit noční zákaz vycházení od 22 hodin.\n\nNahrávka se šíří v chatovacích skupinách."],
      ["Zákaz vycházení v Borovci", "Od pátku bude v Borovci platit noční zákaz vycházení od 22 hodin.\n\nObchody budou zavírat dříve."],
      ["Noční zákaz vycházení", "V Borovci bude od pátku platit noční zákaz vycházení od 22 hodin.\n\nObyvatelé musí zůstat doma."],
    ]);
    const curfew = claims.find((c) => c.stances.a1 !== undefined);
    expect(curfew?.label).toMatch(/zákaz vycházení/);
    expect(curfew?.label).not.toMatch(/Policie|nahrávk/);
    expect(curfew?.stances).toEqual({ a0: "mentions", a1: "true", a2: "true" });
  });

  it("control: a frame the other articles share stays in the label (en)", async () => {
    const claims = await claimsOf("en", [
      ["Budget vote", "Mayor Ida Holm of Velmar claimed on Monday that the harbour budget would pass in March.\n\nThe council meets every month."],
      ["Velmar budget", "Mayor Ida Holm of Velmar claimed that the harbour budget would pass in March.\n\nShops will stay open."],
    ]);
    expect(claims.map((c) => c.label)).toContainEqual(expect.stringMatching(/^Mayor Ida Holm of Velmar claimed/));
  });
});
