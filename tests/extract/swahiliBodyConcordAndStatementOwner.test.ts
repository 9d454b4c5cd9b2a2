// Swahili: a body's verb takes its noun class's concord ("Jeshi la Polisi … limekanusha", li-class; "Wizara … imesema",
// i-class), and a statement's owner stands in its noun's complement ("Taarifa ya Juma Kimaro imesema …", the statement of
// J. K. said). Only the a-/wa-/ki- forms and some li-/i- forms of "say" were speech verbs, none of "deny" for a body, and
// the statement's noun was read as part of the name ("Taarifa ya Juma Kimaro"). Own invented sentences.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const labels = (body: string) => sourceLabels(readPlain(body, "sw"));

describe("Swahili bodies' concord verbs and a statement's owner", () => {
  it.each([
    ["Jeshi la Polisi Mkoa wa Velo limekanusha taarifa hizo.", "organisation:Jeshi la Polisi Mkoa wa Velo"],
    ["Jeshi la Polisi Mkoa wa Velo limesema kuwa taarifa hizo si za kweli.", "organisation:Jeshi la Polisi Mkoa wa Velo"],
    ["Wizara ya Maji imekanusha taarifa hizo.", "organisation:Wizara ya Maji"],
    ["Chama cha Walimu kimebainisha kuwa shule zitafunguliwa.", "organisation:Chama cha Walimu"],
  ])("%j is said by %s", (body, label) => {
    expect(labels(body)).toEqual([label]);
  });

  it("reads the owner of a statement as its speaker, before or after the verb, the statement no role of theirs", () => {
    expect(labels("Taarifa ya Juma Kimaro imesema hakuna tukio kama hilo.")).toEqual(["named:Juma Kimaro"]);
    const after = readPlain("Hakuna tukio kama hilo, imesema taarifa ya Juma Kimaro.", "sw").sources;
    expect(after.map((s) => [s.name, s.role])).toEqual([["Juma Kimaro", undefined]]);
  });

  it("reads the owner's surname after the verb and the statement's noun as the person named before", () => {
    const r = readPlain("Juma Kimaro amekanusha kutokea kwa tukio hilo.\n\n“Hakuna tukio kama hilo mkoani Velo,” imesema taarifa ya Kimaro.", "sw");
    expect(quotedSpeaker(r)).toBe("Juma Kimaro");
  });

  it("reads a commander's title of several words before the name as the role", () => {
    const r = readPlain('"Hakuna tukio kama hilo," alisema Kamanda wa Polisi Juma Kimaro.', "sw").sources;
    expect(r.map((s) => [s.type, s.name, s.role])).toEqual([["named", "Juma Kimaro", "Kamanda wa Polisi"]]);
  });

  it("leaves a name that opens on no statement's noun whole", () => {
    expect(labels("Neema Kitwana alisema kwamba bandari itafungwa.")).toEqual(["named:Neema Kitwana"]);
  });
});
