// A picture's credit between two paragraphs ("© NPA" under where the photo stood) was read as the agency's byline, so
// the article became the agency's story (republishes, a syndication finding). Own invented text and agency.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Nordic Press Agency", aliases: ["NPA"], descriptors: [], domains: [], kind: "agency" }]);

const read = (body: string) => readText(body, registry, { outlet: "Le Courrier du Lac", language: "fr" }).syndication.map((s) => s.outlet);

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
