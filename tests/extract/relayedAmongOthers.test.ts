// "La voce, ripresa dalla X e da altri siti" (picked up by X and other sites) says who spread a story, among others, not
// where the article took it from: it was read as a citation of X. Own invented texts and outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Meridian Wire", aliases: [], descriptors: [], domains: [], kind: "agency" }]);
const cited = (body: string, language: string): string[] => readText(body, registry, { outlet: "Il Faro di Lerici", language }).attributions.map((a) => a.outletName);

describe("a story picked up by an outlet and by others", () => {
  it.each([
    ["La notizia del crollo, ripresa dalla Meridian Wire e da altri siti stranieri, si è rivelata infondata.", "it"],
    ["La falsa intervista, ripresa dal Gazzettino Costiero e da molti altri portali, è stata rimossa ieri.", "it"],
    ["La rumeur, reprise par Meridian Wire et d'autres médias, a été démentie par la mairie.", "fr"],
    ["El bulo, recogido por Meridian Wire y otros medios, fue desmentido por el ayuntamiento.", "es"],
  ])("%s (%s) cites no one", (body, language) => {
    expect(cited(body, language)).toEqual([]);
  });

  it("a story picked up by one outlet alone still cites it (control)", () => {
    expect(cited("La notizia del crollo, ripresa dalla Meridian Wire, si è rivelata infondata.", "it")).toEqual(["Meridian Wire"]);
  });
});
