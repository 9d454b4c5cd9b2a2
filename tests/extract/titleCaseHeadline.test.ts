// A headline in Title Case capitalises every word, so a capitalised run holding an outlet noun ("Lindholm TV Presenter
// Had Invented Story") names no outlet: a later "the paper said" must not be credited to the headline. Own invented story.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const BODY =
  "A freelance presenter for a Lindholm television station has been detained for inventing a report about fish dealers, local media said Thursday.\n\n" +
  "The state-run Lindholm Evening Courier said that the presenter, identified only by his surname Orr, had been detained by police.\n\n" +
  "Orr's footage appeared to show a dark shed where two men painted grey fish with a bright red dye and packed them into crates for the morning market, which shocked many viewers across the region.\n\n" +
  "The paper said that in early May, Orr brought the fish and the dye to a harbour shed and filmed two helpers.";

async function cited(title: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle("en", "Harbor Gazette", "2020-05-10", title, BODY) }));
  return graph.filterEdges((_, a) => a.kind === "cites").map((e) => graph.target(e)).sort();
}

describe("outlet names in a Title Case headline", () => {
  it("takes no outlet from a capitalised run of a Title Case title", async () => {
    expect(await cited("Lindholm TV Presenter Had Invented Story About Poisoned Fish")).not.toContain("outlet:lindholm-tv-presenter-had-invented-story");
  });

  it("still reads an outlet named in a title written as a sentence", async () => {
    expect(await cited("Lindholm TV says presenter invented the story")).toContain("outlet:lindholm-tv");
  });
});
