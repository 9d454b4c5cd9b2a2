/**
 * A claim's sentence that affirms it and then turns to something else in a clause of contrast with a negation of its
 * own ("Marta Lodi owns three hotels, but nobody mentions it") is no negated claim: the debunk words around it
 * still report it false (invented texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { negatesClaim } from "../../src/analyse/stance.ts";
import type { AssertsEdgeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("whether a claim's sentence negates it", () => {
  it.each([
    ["en", "Marta Lodi, the councillor's cousin, owns three hotels in Borgoleone, but nobody mentions it.", "Marta Lodi, the councillor's cousin, owns three hotels in Borgoleone", false],
    ["it", "Marta Lodi, cugina dell'assessore di Borgoleone, possiede tre alberghi in città, ma nessuno lo dice.", "Marta Lodi, cugina dell'assessore di Borgoleone", false],
    // An exception after the claim ("but not on Sundays") restricts it; the sentence still affirms the claim.
    ["en", "The Valpiana ferry will run in June, but not on Sundays.", "The Valpiana ferry will run in June", false],
    // A contrast that turns against the claim itself, or a negation of the claim's own words, still negates it.
    ["en", "The mayor says the Valpiana ferry will run in June, but it will not.", "The mayor says the Valpiana ferry will run in June", true],
    ["en", "The Valpiana ferry will not run in June.", "The Valpiana ferry will not run in June", true],
    ["en", "The Valpiana ferry, officials say, will not run in June.", "The Valpiana ferry", true],
  ])("%s: %s", (language, text, wording, negated) => {
    expect(negatesClaim(text, wording, language)).toBe(negated);
  });
});

const it_ = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("it", outlet, published, title, body);

describe("a hoax whose words end in a negated aside", () => {
  it("is reported false by the debunk that quotes it", async () => {
    const quote = "“Marta Lodi, cugina dell'assessore Piero Lodi, possiede tre alberghi sul lungolago di Borgoleone, ma nessuno lo dice”.";
    const files = {
      "blog.txt": it_("Voce Libera Borgoleone", "2026-04-01", "La cugina dell'assessore", `${quote}\n\nCondividete prima che lo cancellino.`),
      "eco.txt": it_("Eco di Borgoleone", "2026-04-03", "Attenzione, è una bufala", `Da giorni sui social gira questa immagine con la scritta: ${quote}\n\nSi tratta di una bufala: Piero Lodi non ha cugine.\n\nL'assessore ha annunciato una querela.`),
    };
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const stances = graph.filterEdges((_e, a) => a.kind === "asserts").map((e) => [graph.source(e), (graph.getEdgeAttributes(e) as AssertsEdgeAttrs).stance] as const);
    expect(stances).toContainEqual(["eco", "false"]);
    expect(stances).not.toContainEqual(["eco", "true"]);
  });
});
