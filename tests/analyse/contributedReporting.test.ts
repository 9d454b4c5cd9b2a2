// A closing credit by which an agency contributed reporting ("Additional reporting by X", French "(Avec X)") was read
// as a republication of X's story, with a syndication finding, though the page wrote its own story in its own words
// (probe 24 item 9); and "(Avec X)" naming an agency of the case by its initials was not read at all, the closing
// agency line taking registry agencies only. Such a credit is now a citation of X (frame contributed_reporting); it is
// X's story, with a syndication finding, only where the page copies X's article of the case whole.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const AGENCY_TEXT =
  "(VPA) - BRASKE, 4 MAG - Il porto di Braske resterà chiuso per sei settimane dopo che i sommozzatori hanno trovato crepe in tre pilastri. " +
  "I traghetti attraccheranno alla banchina sud, ha detto il capitano del porto Elmo Ravisi.";

const OWN_EN =
  "Braske's harbour will stay shut for six weeks or more after divers spotted damage to the pillars on Monday. " +
  "Ferries are being sent to the southern quay, harbour master Elmo Ravisi said.";

const OWN_FR =
  "Le port de Braske restera fermé au moins six semaines : des plongeurs ont découvert des fissures dans ses piliers lundi. " +
  "Les ferries accosteront au quai sud, a indiqué le capitaine du port Elmo Ravisi.";

const read = async (language: string, story: string) => {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "agency.txt": frontMatterArticle("it", "Velmar Press Agency", "2026-05-04T08:00:00Z", "Porto di Braske chiuso", AGENCY_TEXT),
      "post.txt": frontMatterArticle(language, "The Quillby Courier", "2026-05-04T15:00:00Z", "Braske harbour shut", story),
    }),
  );
  return {
    edges: graph.outEdges("post").map((k) => `${graph.getEdgeAttribute(k, "kind")} ${graph.target(k)}`).filter((e) => !e.startsWith("published_by") && !e.startsWith("quotes") && !e.startsWith("asserts")),
    syndication: graph.getAttribute("findings").filter((f) => f.type === "syndication"),
  };
};

describe("a credit for contributed reporting", () => {
  it("en 'Additional reporting by <agency of the case>' is a citation, no republication", async () => {
    const { edges, syndication } = await read("en", `${OWN_EN}\n\nAdditional reporting by Velmar Press Agency`);
    expect(edges).toEqual(["cites outlet:velmar-press-agency"]);
    expect(syndication).toEqual([]);
  });

  it("fr '(Avec VPA)', the case agency by its initials, is a citation of that agency", async () => {
    const { edges, syndication } = await read("fr", `${OWN_FR}\n\n(Avec VPA)`);
    expect(edges).toEqual(["cites outlet:velmar-press-agency"]);
    expect(syndication).toEqual([]);
  });

  it("fr '(avec AFP)', a registry agency outside the case, is a citation, no republication", async () => {
    const { edges, syndication } = await read("fr", `${OWN_FR}\n\n(avec AFP)`);
    expect(edges).toEqual(["cites outlet:afp"]);
    expect(syndication).toEqual([]);
  });

  it("control: a bare closing '(AFP)' still says the text is the agency's", async () => {
    const { edges } = await read("fr", `${OWN_FR} (AFP)`);
    expect(edges).toEqual(["republishes outlet:afp"]);
  });
});
