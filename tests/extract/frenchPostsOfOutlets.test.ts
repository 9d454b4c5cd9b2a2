// French posts of an outlet ("un tweet du X", "un message Facebook du X", "sur le compte du X", "des phrases imaginées
// par le site parodique X"): a post, message or account of an outlet is its report, and "imaginé
// par" credits who made the words up. A person or a body posts as often, so through a post only a name the article
// shows as an outlet (a publication noun, with a kind adjective French writes after it: "le site satirique X"), the
// registry's, or one after a publication noun is an outlet — one outlet under the article's name for it.
// Controls: a person's or a body's post, words made up by a person, cite nothing.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "fr").attributions.map((a) => a.outlet);

describe("a post of an outlet the article names cites it", () => {
  it("reads the posts, the account and the made-up words as one outlet", () => {
    const text = "La sénatrice a lu en séance des phrases imaginées par le site parodique Le Grelot. Elle a montré un tweet du Grelot. Le texte avait paru sur le compte du Grelot. Elle a ensuite partagé un message Facebook du Grelot.";
    expect(cited(text)).toEqual(["outlet:le-grelot", "outlet:le-grelot", "outlet:le-grelot", "outlet:le-grelot"]);
  });
  it("reads a post of a named publication", () => {
    expect(cited("Le maire a cité un tweet du journal satirique Le Grelot.")).toEqual(["outlet:le-grelot"]);
  });
});

describe("control: a person's or a body's post, words made up by a person", () => {
  it.each([
    "Le maire a cité un tweet de Paul Girard. Puis un message du Sénat.",
    "La sénatrice a lu des phrases imaginées par Paul Girard.",
    "Le maire a cité un tweet du Grelot.",
  ])("%s", (text) => {
    expect(cited(text)).toEqual([]);
  });
});
