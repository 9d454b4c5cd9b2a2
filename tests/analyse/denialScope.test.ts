/** A denial verb ("a démenti", "denied", "dementierte", "desmintió") reports false what the denier denies, never the denier's own quoted words. */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

/**
 * Two articles whose headline and lead deny a rumour in the denier's name, then give the denier's own words: a sentence
 * of theirs with a short quotation in it, which both articles share (so it is drawn as a claim).
 */
const cases = [
  {
    language: "fr",
    said: "Paul Ravelin a assuré qu'il resterait « à son poste jusqu'à la fin du mandat » et que le budget municipal de Vaulnes serait voté en mars.",
    a: ["Le Courrier de Vaulnes", "Le maire Paul Ravelin dément sa démission", "Le maire de Vaulnes, Paul Ravelin, a démenti lundi les rumeurs de démission."],
    b: ["La Gazette des Combes", "Paul Ravelin a nié vouloir partir", "Paul Ravelin a nié mardi toute intention de quitter la mairie."],
  },
  {
    language: "en",
    said: 'Paula Renwick said she would stay "in this office until the end of my term" and that the Harlow Valley budget would pass in March.',
    a: ["Harlow Valley Courier", "Mayor Paula Renwick denies she will resign", "Mayor Paula Renwick on Monday denied reports that she would resign."],
    b: ["Denmoor Evening Star", "Renwick denied plans to quit", "Paula Renwick denied on Tuesday that she planned to quit."],
  },
  {
    language: "de",
    said: "Petra Kranich sagte, sie bleibe „bis zum Ende der Amtszeit im Rathaus“ und der Haushalt von Lindau-Süd werde im März beschlossen.",
    a: ["Lindauer Tagblatt", "Bürgermeisterin Petra Kranich dementiert Rücktritt", "Bürgermeisterin Petra Kranich dementierte am Montag Gerüchte über ihren Rücktritt."],
    b: ["Kesselberger Rundschau", "Kranich dementierte Rücktrittspläne", "Petra Kranich dementierte am Dienstag jede Absicht, das Rathaus zu verlassen."],
  },
  {
    language: "es",
    said: "Lucía Marcenal aseguró que seguirá «en la alcaldía hasta el final del mandato» y que el presupuesto de Valdoria se aprobará en marzo.",
    a: ["El Heraldo de Valdoria", "La alcaldesa Lucía Marcenal desmintió su dimisión", "La alcaldesa Lucía Marcenal desmintió el lunes los rumores sobre su dimisión."],
    b: ["Diario de Montequejo", "Marcenal desmintió que vaya a dimitir", "Lucía Marcenal desmintió el martes que vaya a dejar la alcaldía."],
  },
];

const file = ([outlet, title, lead]: string[], said: string, day: number) =>
  `---\noutlet: ${outlet}\npublished: 2026-03-0${day}\ntitle: ${title}\n---\n${lead}\n\n${said}\n\nThe session lasted two hours.\n`;

describe("a denier's own words", () => {
  it.each(cases)("are presented as true by the articles that deny in the speaker's name ($language)", async ({ said, a, b }) => {
    const root = await makeCase({ "a.txt": file(a, said, 2), "b.txt": file(b, said, 3) });
    const { claims } = await analyseCaseFolder(root);
    const own = claims.find((c) => c.text === said);
    expect(own, JSON.stringify(claims.map((c) => c.text))).toBeDefined();
    expect(own?.reportedFalse).toEqual([]);
    expect([...(own?.presentedAsTrue ?? [])].sort()).toEqual(["a", "b"]);
  });

  it("still reports false the rumour a denial answers, in another's words", async () => {
    const rumour = "Le maire de Vaulnes Paul Ravelin va démissionner avant l'été pour rejoindre une entreprise de travaux publics, selon plusieurs habitants.";
    const root = await makeCase({
      "a.txt": `---\noutlet: Le Courrier de Vaulnes\npublished: 2026-03-02\ntitle: Démission du maire de Vaulnes\n---\n${rumour}\n\nLe conseil se réunit lundi.\n`,
      "b.txt": `---\noutlet: La Gazette des Combes\npublished: 2026-03-03\ntitle: Paul Ravelin dément sa démission\n---\n${rumour}\n\nPaul Ravelin a démenti cette information mardi.\n`,
    });
    const { claims } = await analyseCaseFolder(root);
    const claim = claims.find((c) => c.text === rumour);
    expect(claim?.reportedFalse).toEqual(["b"]);
  });
});
