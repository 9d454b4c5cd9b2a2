// Spanish "alertar (de que)" reports a warning as "advertir" does: police and agencies warn of a hoax so. Invented text.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("Spanish alertar", () => {
  it.each([
    "La Policía Local alertó de que la calle Mayor estará cortada.",
    "La Policía Local ha alertado de que el puente de Valdemora cierra el lunes.",
  ])("%j → the police speak", (body) => {
    expect(sourceLabels(readPlain(body, "es"))).toEqual(["organisation:Policía Local"]);
  });
});
