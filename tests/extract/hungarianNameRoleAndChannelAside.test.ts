// Hungarian writes the role after the name ("Fekete Ádám rendőr őrnagy", police major Ádám Fekete): after an inverted
// verb the name and the role noun were read as one unnamed source, "Fekete Ádám rendőr". And where the words were
// written ("a község honlapján", on the village's website) between the subject and "azt írta" hid the subject. Own
// invented texts and people.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const read = (body: string) => readText(body, createOutletRegistry([]), { outlet: "Kelet Posta", language: "hu" });
const sources = (body: string): string[] => read(body).sources.map((s) => `${s.type}:${s.name}`);

describe("a Hungarian name with its role after it", () => {
  it("after an inverted verb is the named person, not an unnamed officer", () => {
    expect(sources("A hidat jövő héten lezárják a forgalom elől – közölte Fekete Ádám rendőr őrnagy, a megyei rendőrség szóvivője.")).toEqual(["named:Fekete Ádám"]);
  });

  it("an officer without a name stays unnamed (control)", () => {
    expect(sources("A hidat jövő héten lezárják a forgalom elől – közölte egy rendőr.")).toEqual(["anonymous:egy rendőr"]);
  });
});

describe("where the words were written, between the subject and its verb", () => {
  it("is stepped over", () => {
    const body = "Hamis hír keringett a tó vizéről. Horváth Béla polgármester a község honlapján azt írta: „A víz tiszta, a strand egész nyáron nyitva marad.”";
    expect(quotedSpeaker(read(body))).toBe("Horváth Béla");
  });

  it("with the channel written onto a platform's name", () => {
    expect(sources("Horváth Béla a Facebook-oldalán azt írta, hogy a tóban bárki fürödhet.")).toEqual(["named:Horváth Béla"]);
  });
});
