// A label is cut at the first comma after six words: where a description introduces a name set off by commas ("The
// mayor of Velmar, Anna Bruni, said …"), that comma closes the name, and the label was a noun phrase with no verb
// ("Il sindaco di Velmar, Anna Bruni"), which also read as the claim's wording for its stance.
import { describe, expect, it } from "vitest";
import { shortLabel } from "../../src/analyse/claims.ts";

describe("a claim's label keeps the verb after a name set off by commas", () => {
  it.each([
    ['Il sindaco di Velmar, Anna Bruni, ha chiesto calma: "Prima dei numeri servono i verbali", ha detto alla radio.', 'Il sindaco di Velmar, Anna Bruni, ha chiesto calma: Prima dei numeri servono i verbali'],
    ["The head of the regional harbour agency, Tomas Eriksen, said the quay will stay shut until June.", "The head of the regional harbour agency, Tomas Eriksen, said the quay will stay shut until June"],
    ["Le directeur du port de Velmar, Dr. Paul Hennequin, a confirmé la fermeture du quai pendant trois mois.", "Le directeur du port de Velmar, Dr. Paul Hennequin, a confirmé la fermeture du quai pendant trois mois"],
  ])("%s", (text, label) => {
    expect(shortLabel(text)).toBe(label);
  });

  it.each([
    // A list of places, and a description after a name, are cut as before.
    ["Oslo, Bergen, Trondheim and Tromsø are among the ports that will close for the strike.", "Oslo, Bergen, Trondheim and Tromsø are among the ports that will close for the strike"],
    ["Ada Reyes, head of the port authority of the northern coast, said that the ferry will run again from June.", "Ada Reyes said that the ferry will run again from June"],
    ["The ferry to the northern islands will not run in June, Tomas Eriksen, the harbour master, said.", "The ferry to the northern islands will not run in June"],
  ])("control: %s", (text, label) => {
    expect(shortLabel(text)).toBe(label);
  });
});
