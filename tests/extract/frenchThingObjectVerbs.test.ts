// French "lancer" and "confier" report speech ("a lancé : « … »", "a confié à l'AFP que …", "…, a confié un proche") and
// do things ("a lancé une enquête", "avait confié une enquête à …"): with their subject before them and an indefinite
// article after, they give no source. Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("French verbs that also take a thing as object", () => {
  it.each([
    "Le gouvernement avait lancé une enquête sur le chantier.",
    "De plus, le ministère avait confié une enquête à la Commission des routes de Valmont.",
    "La préfecture a lancé un appel au calme.",
  ])("%j gives no source", (body) => {
    expect(sourceLabels(readPlain(body, "fr"))).toEqual([]);
  });

  it.each([
    ["Il faut partir, a confié un proche du maire.", "anonymous:un proche du maire"],
    ["Un proche a confié une anecdote : « Il chantait le soir. »", "anonymous:Un proche"],
    ["Le gouvernement a confié que le chantier était en retard.", "organisation:gouvernement"],
  ])("%j still gives %s", (body, label) => {
    expect(sourceLabels(readPlain(body, "fr"))).toEqual([label]);
  });
});
