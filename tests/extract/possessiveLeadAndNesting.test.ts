// "His statement was released this evening:" before a quotation stands for the person named last before it; and a
// quotation that quotes in its own marks ("“… accepting “refugees” fleeing Smith, and a hoax claiming X said …”") runs
// to the mark that balances its own, so a name inside it never speaks for it.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const read = (body: string, language = "en") => readText(body, createOutletRegistry([]), { outlet: "Test Daily", language });
const speakerOf = (body: string, language = "en"): string | undefined => quotedSpeaker(read(body, language));

describe("a possessive lead-in before a quotation", () => {
  it.each([
    ["en", "Mayor Ines Calder has made a surprising decision on the quay. Her statement was published this evening:\n\n“The north quay stays open for the whole winter season.”"],
    ["fr", "Ines Calder a pris une décision surprenante. Sa déclaration a été publiée ce soir :\n\n« Le quai nord reste ouvert tout l'hiver. »"],
  ])("is the words of the person named before it (%s)", (language, body) => expect(speakerOf(body, language)).toBe("Ines Calder"));

  it("names no one where no person was named before it", () => {
    expect(speakerOf("The council met on Monday. Her statement was published this evening:\n\n“The north quay stays open for the whole winter season.”")).toBeUndefined();
  });
});

describe("a quotation that quotes in its own marks", () => {
  const body = "Most of the false stories favoured one side:\n\n“All but three were for Smith. The others were a report that Kelm took in “refugees” fleeing Smith, and a hoax claiming Ines Calder said he was rude.”";
  it("is one quotation to its balancing mark, whose inner names do not speak", () => {
    const r = read(body);
    const q = r.quotations.filter((x) => x.kind === "quotation");
    expect(q.map((x) => x.span.text.endsWith("he was rude.”"))).toEqual([true]);
    expect(q[0]?.speaker).toBeUndefined();
  });

  it("still closes a quotation broken by its attribution at each part's own mark", () => {
    const r = read("“We stay open,” said Tom Reeve. “All winter,” he added.");
    expect(r.quotations.map((x) => x.parts.map((p) => p.text))).toEqual([["We stay open,", "All winter,"]]);
    expect(speakerOf("“We stay open,” said Tom Reeve. “All winter,” he added.")).toBe("Tom Reeve");
  });
});
