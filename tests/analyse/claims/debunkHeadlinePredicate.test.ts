// A debunk's headline joins a claim of two or three articles (leads.ts) only where it tells what the claim says
// happened — a predicate the reading finds in both, or a verb of the claim among the headline's words ("did not
// collapse" for "collapsed") — not only whom and where the claim is about: "No, the bridge will not be closed to
// lorries" names the claim's bridge and place but denies another event, and joining it would invent a carrier.
// Own invented stories.
import { describe, expect, it } from "vitest";
import { caseStances as stances } from "../caseStances.ts";

const STORIES: Record<string, { story: [string, string][]; check: string; sameEvent: string; otherEvent: string }> = {
  en: {
    story: [
      ["Bridge down in Talbridge", "The Kestrel bridge in Talbridge collapsed on Sunday night, residents said. Nobody was hurt."],
      ["Talbridge bridge", "The Kestrel bridge in Talbridge collapsed after heavy rain on Sunday. Traffic was diverted."],
    ],
    check: "Engineers from the county council inspected the structure on Monday morning. They found a few loose stones on the path.",
    sameEvent: "No, the Kestrel bridge did not collapse",
    otherEvent: "No, the Kestrel bridge will not be closed to lorries",
  },
  it: {
    story: [
      ["La giunta rinnova la flotta", "Il comune di Valdora ha acquistato 260 autobus elettrici per il servizio urbano, secondo il consigliere Bruno Zanetti."],
      ["Mezzi nuovi in città", "Il comune di Valdora ha acquistato 260 autobus elettrici per il servizio urbano della città."],
    ],
    check: "Il bilancio del comune, pubblicato venerdì, non contiene alcuna spesa per mezzi pubblici. La giunta prevede solo la manutenzione delle linee esistenti.",
    sameEvent: "Falso: Valdora non ha acquistato 260 autobus elettrici",
    otherEvent: "Falso: il comune di Valdora non chiuderà la piscina comunale",
  },
  de: {
    story: [
      ["Neues Stadion in Harrisfeld", "Die Stadt Harrisfeld hat 180 Millionen Euro für ein neues Stadion ausgegeben, berichtet der Stadtrat Jonas Weller."],
      ["Harrisfeld baut", "Die Stadt Harrisfeld hat 180 Millionen Euro für ein neues Stadion am Fluss ausgegeben."],
    ],
    check: "Der Haushalt der Stadt, den der Kämmerer am Freitag vorlegte, enthält keine Ausgaben für Sportstätten. Geplant ist nur die Sanierung der Schulen.",
    sameEvent: "Falsch: Harrisfeld hat keine 180 Millionen Euro für ein Stadion ausgegeben",
    otherEvent: "Falsch: Die Stadt Harrisfeld schließt ihr Hallenbad nicht",
  },
};

describe("a debunk headline and a claim of two articles", () => {
  it.each(Object.keys(STORIES))("%s: the headline that denies the claim's event carries it, reported false", async (language) => {
    const { story, check, sameEvent } = STORIES[language]!;
    expect(await stances(language, [...story, [sameEvent, check]])).toEqual({ a: "true", b: "true", c: "false" });
  });

  it.each(Object.keys(STORIES))("%s: a headline denying another event about the same place carries nothing", async (language) => {
    const { story, check, otherEvent } = STORIES[language]!;
    expect(await stances(language, [...story, [otherEvent, check]])).toEqual({ a: "true", b: "true" });
  });
});
