// A late restatement that names its source in the next sentence ("Fares have doubled, according to a port report." /
// "The figure, put out last week by councillor X, …"; "… in a photo seen thousands of times." / "The photo was taken
// …, local media reported.") stated the claim on the outlet's own word or on the document alone: a second independent
// primary source beside X, where every article rests on X's one post (probe 24 item 15).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

interface Claim {
  articles: string[];
  independentSources: number;
  restsOn: Record<string, string[]>;
}

async function claimOfBoth(files: Record<string, string>): Promise<Claim> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as never as Claim);
  const claim = claims.find((c) => c.articles.length === 2);
  if (!claim) throw new Error(`no claim of both articles: ${JSON.stringify(claims)}`);
  return claim;
}

const POST_EN = frontMatterArticle("en", "Harbour Post", "2026-03-02", "Fares", "Ferry fares in Velmar have doubled in two years, councillor Tomas Eriksen wrote on Facebook on Monday.\n\nEriksen said the port authority had hidden the rise from passengers.");
const laterEn = (next: string) => frontMatterArticle("en", "Coast Radio", "2026-03-09", "Fares row", `Ferry fares in Velmar have doubled in two years, according to a port authority report.\n\n${next}`);
const POST_IT = frontMatterArticle("it", "Eco di Velmar", "2026-03-02", "Biglietti", "I biglietti dei traghetti a Velmar sono raddoppiati in due anni, ha dichiarato lunedì il consigliere Tomas Eriksen.\n\nSecondo Eriksen, l'autorità portuale avrebbe nascosto l'aumento ai passeggeri.");

describe("the sentence after a statement says who put out what it states", () => {
  it("en: the figure put out by a councillor is his, not a second source", async () => {
    const claim = await claimOfBoth({ "post.txt": POST_EN, "radio.txt": laterEn("The figure, put out last week by councillor Tomas Eriksen, has angered island residents.") });
    expect(claim.restsOn.radio).toEqual(["source:tomas-eriksen"]);
    expect(claim.independentSources).toBe(1);
  });

  it("it: il dato diffuso dal consigliere is his", async () => {
    const claim = await claimOfBoth({
      "post.txt": POST_IT,
      "radio.txt": frontMatterArticle("it", "Radio Costa", "2026-03-09", "Biglietti", "I biglietti dei traghetti a Velmar sono raddoppiati in due anni, secondo un rapporto dell'autorità portuale.\n\nIl dato, diffuso la settimana scorsa dal consigliere Tomas Eriksen, ha fatto arrabbiare gli abitanti delle isole."),
    });
    expect(claim.restsOn.radio).toEqual(["source:tomas-eriksen"]);
    expect(claim.independentSources).toBe(1);
  });

  it("en: a photo local media reported on rests on them, not on the outlet's own word", async () => {
    const claim = await claimOfBoth({
      "first.txt": frontMatterArticle("en", "Island Buzz", "2026-02-10", "Heron", "A white heron nested on the roof of the Skarvholm lighthouse during the storm, in a photo shared online.\n\nThe picture was posted by birdwatcher Lina Haug."),
      "later.txt": frontMatterArticle("en", "World Feed", "2026-02-20", "Heron", "A white heron nested on the roof of the Skarvholm lighthouse during the storm, in a photo seen thousands of times.\n\nThe photo was taken at dawn on the island, local media reported."),
    });
    expect(claim.restsOn.later).toHaveLength(1);
    expect(claim.restsOn.later?.[0]).toMatch(/local-media$/);
  });

  it("control: a next sentence that calls the figure false names its critic, not its source", async () => {
    const claim = await claimOfBoth({ "post.txt": POST_EN, "radio.txt": laterEn("The figure is false, councillor Tomas Eriksen said on Friday.") });
    expect(claim.restsOn.radio).not.toContain("source:tomas-eriksen");
  });

  it("control: a next sentence about something else leaves the statement as it was", async () => {
    const claim = await claimOfBoth({ "post.txt": POST_EN, "radio.txt": laterEn("Councillor Tomas Eriksen has called a meeting on the fares for Friday.") });
    expect(claim.restsOn.radio).not.toContain("source:tomas-eriksen");
    expect(claim.independentSources).toBe(2);
  });
});
