// A site printed a wire story word for word without credit; an earlier article of the case ran the same story with the
// wire's credit. The uncredited-copy finding said only that the site took the text from that article, though the site
// may as well have taken it from the wire: the finding now names the wire story and says so. Own invented story.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STORY =
  "Die Stadtverwaltung von Birkhain will die Arbeitszeit ihrer Angestellten ab Januar auf vier Tage in der Woche verkürzen. " +
  "Das kündigte Bürgermeisterin Hanna Vogt am Dienstag in einer Sitzung des Stadtrats an. Die Angestellten sollen dabei weiter " +
  "den vollen Lohn erhalten, die Wochenarbeitszeit sinkt von 40 auf 32 Stunden. Ein Pilotversuch mit 120 Beschäftigten im " +
  "Bauamt sei erfolgreich gewesen, sagte Vogt. Die Opposition im Stadtrat kritisierte die Pläne als zu teuer.";

async function uncredited(creditedRun: string, creditedDate = "2024-03-05"): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "nordblatt.txt": frontMatterArticle("de", "Nordblatt", creditedDate, "Vier-Tage-Woche", creditedRun),
      "ostecho.txt": frontMatterArticle("de", "Ost-Echo", "2024-03-06", "Vier Tage Arbeit", STORY),
    }),
  );
  return graph.getAttribute("findings").filter((f) => f.type === "uncredited_copy").map((f) => f.explanation);
}

describe("an uncredited copy of a wire story an earlier article ran with credit", () => {
  it("names the wire and says the copy may come from it directly", async () => {
    const [text, ...rest] = await uncredited(`Birkhain (dpa) - ${STORY}`);
    expect(rest).toEqual([]);
    expect(text).toContain("Ost-Echo (6 Mar 2024) reuses 1 passage");
    expect(text).toContain("The text is dpa's story, which Nordblatt (5 Mar 2024) runs with credit: Ost-Echo (6 Mar 2024) may have taken it from dpa directly.");
  });

  // The reprint is dated after the uncredited text: the copy is read from the wire's story the reprint runs, against the
  // dates. The finding said "Ost-Echo (6 Mar) reuses … of Nordblatt (7 Mar)", a page published after it; it now says
  // Ost-Echo printed the wire's story first, uncredited (tests/analyse/reprintAfterCopy.test.ts).
  it("says the earlier text printed the wire's story where the credited article is a later reprint", async () => {
    const [text, ...rest] = await uncredited(`Birkhain (dpa) - ${STORY}`, "2024-03-07");
    expect(rest).toEqual([]);
    expect(text).toContain("Ost-Echo (6 Mar 2024) prints 1 passage");
    expect(text).toContain("of dpa's story, which Nordblatt (7 Mar 2024) runs later with credit");
    expect(text).toContain("It came before that reprint, so it took the text from dpa's story or another copy of it, uncredited.");
  });

  it("says nothing of a wire where the earlier article credits none", async () => {
    const [text, ...rest] = await uncredited(STORY);
    expect(rest).toEqual([]);
    expect(text).toContain("Ost-Echo (6 Mar 2024) reuses 1 passage");
    expect(text).not.toContain("story, which");
  });
});
