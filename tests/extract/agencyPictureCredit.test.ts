// A picture's credit between two paragraphs ("© NPA" under where the photo stood) was read as the agency's byline, so
// the article became the agency's story (republishes, a syndication finding). Own invented text and agency.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { readCreditLines } from "../../src/extract/syndication.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Nordic Press Agency", aliases: ["NPA"], descriptors: [], domains: [], kind: "agency" },
  { name: "Lumen Pictures", aliases: [], descriptors: [], domains: [], kind: "agency", genre: "pictures" },
]);

const read = (body: string, language = "fr") => readText(body, registry, { outlet: "Le Courrier du Lac", language }).syndication.map((s) => s.outlet);
const cited = (body: string, language = "en") => readText(body, registry, { outlet: "The Fenwick Ledger", language }).attributions.map((a) => a.outlet);

const FIRST = "La ministre Hélène Vautrin a défendu lundi son projet de loi sur les ports de plaisance devant les élus de la région.";
const SECOND = "Interrogée sur le calendrier, elle a promis un vote avant l'été et une enveloppe de douze millions d'euros pour les communes.";

describe("an agency written as a picture credit between paragraphs", () => {
  it("credits the picture, not the text", () => {
    expect(read(`${FIRST}\n\n© NPA\n\n${SECOND}`)).toEqual([]);
  });

  it("still reads the agency's bare name between paragraphs as its byline (control)", () => {
    expect(read(`${FIRST}\n\nNPA\n\n${SECOND}`)).toEqual(["outlet:nordic-press-agency"]);
  });

  it("still reads the rights line closing the text (control)", () => {
    expect(read(`${FIRST}\n\n${SECOND}\n\n© NPA`)).toEqual(["outlet:nordic-press-agency"]);
  });
});

// A picture agency's name alone under a caption line was read as the agency's byline (republishes, a syndication finding,
// "X's story" in every copy finding): a picture agency makes pictures, never the text a page runs.
describe("a picture agency's name on a line of its own", () => {
  const LEAD = "The county board voted on Monday to close the old ferry landing for six weeks of repairs to its pilings.";
  const NEXT = "Drivers will be sent along the coast road, and the board expects the landing to reopen before the autumn fair.";

  it("under a caption line, credits the picture", () => {
    expect(read(`${LEAD}\n\nThe ferry landing at low tide\n\nLumen Pictures\n\n${NEXT}`, "en")).toEqual([]);
  });

  it("closing the text, or after a photographer, credits the picture too", () => {
    expect(read(`${LEAD}\n\n${NEXT}\n\nLumen Pictures`, "en")).toEqual([]);
    expect(cited(`${LEAD}\n\nSource: Marta Holm / Lumen Pictures\n\n${NEXT}`)).toEqual([]);
  });

  it("a credit line the cleaner set apart names no outlet either", () => {
    expect(readCreditLines(["Source: Lumen Pictures"], framesFor("en"), registry, () => false)).toEqual([]);
  });

  it("a news agency's bare name under the same caption is still its byline (control)", () => {
    expect(read(`${LEAD}\n\nThe ferry landing at low tide\n\nNPA\n\n${NEXT}`, "en")).toEqual(["outlet:nordic-press-agency"]);
  });
});
