// French inverts a named speaker after the verb and names whom they told after it ("a déclaré Anne Roux au Courrier du
// Lac"): the outlet after "à"/"au" is the one told, as after a role ("a affirmé le maire à …"); a place or a person there
// is no outlet.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Courrier du Lac", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);
const told = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "fr" }).attributions.map((a) => `${a.outletName}:${a.frame}`);

describe("fr: a named speaker, then whom they told", () => {
  it("au + a known outlet", () => expect(told("« Le port rouvrira », a déclaré Anne Roux au Courrier du Lac.")).toEqual(["Courrier du Lac:told"]));
  it("à + a place is not an outlet", () => expect(told("« Le port rouvrira », a déclaré Anne Roux à Valbonne.")).toEqual([]));
  it("à + a person is not an outlet", () => expect(told("« Le port rouvrira », a déclaré Anne Roux à Marc Pujol.")).toEqual([]));
});
