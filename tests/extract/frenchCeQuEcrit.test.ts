/** French "c'est ce qu'écrit le site X", "contrairement à ce qu'affirme, pour rire, le site X": the outlet after its inverted verb, as "…, écrit le site X". */
import { expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

it.each([
  ["C'est en tout cas ce qu'écrit le site Kurblat.net, repris dans plusieurs médias.", "kurblat.net"],
  ["C'est ce qu'écrit le journal Le Matin du Val.", "Le Matin du Val"],
  ["Contrairement à ce qu'affirme, pour rire, le site satirique Kurblat.net, le ministre n'a rien dit.", "kurblat.net"],
])("cites the outlet: %s", (body, outlet) => {
  expect(readPlain(body, "fr").attributions.map((a) => a.outletName)).toEqual([outlet]);
});

it("reads no outlet from a person after the verb", () => {
  expect(readPlain("C'est ce qu'écrit Jean Valmont dans son livre.", "fr").attributions).toEqual([]);
});
