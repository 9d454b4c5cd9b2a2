// Finnish "vahvistaa Korvan Uutisille syyttäjä Heikki Lehtola" (the prosecutor confirms to Korvan Uutiset): whom it was
// told, in the allative, stands between the verb and its subject and is neither the speaker nor part of the name; a
// given name that ends the same way ("Michelle") is still the person's.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const labels = (body: string) => sourceLabels(readPlain(body, "fi"));

describe("Finnish: the allative between an inverted verb and its subject", () => {
  it.each(["Tutkinnan vahvistaa Korvan Uutisille syyttäjä Heikki Lehtola.", "Tutkinnan vahvistaa STT:lle syyttäjä Heikki Lehtola."])("%j is said by the prosecutor", (body) => {
    expect(labels(body)).toEqual(["named:Heikki Lehtola"]);
  });

  it.each(["Asian vahvisti Michelle Obama tiistaina.", "Michelle Obama kertoi, että silta suljetaan."])("%j keeps a given name ending in -lle", (body) => {
    expect(labels(body)).toEqual(["named:Michelle Obama"]);
  });
});
