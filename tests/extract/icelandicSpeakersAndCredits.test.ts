// Icelandic had no reading data and fell back to English: no speaker after "segir", "sagði", "staðfestir", no outlet
// after "í samtali við", before "greindi frá", after "birt á vefnum"; and a quantifier opening a sentence ("Fjölmargir
// Íslendingar", many Icelanders) was taken for a person's full name that a later "segir hann" stood for. Texts, names and
// outlets invented.
import { describe, expect, it } from "vitest";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "is");
const outlets = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("is: speakers and credits", () => {
  it("has data of its own", () => {
    expect(framesFor("is-IS").language).toBe("is");
  });
  it("a speaker after a quotation and after a verb put second", () => {
    expect(quotedSpeaker(read("„Brúin er alveg örugg,“ sagði Sigrún Hallsdóttir hafnarstjóri."))).toBe("Sigrún Hallsdóttir");
    expect(sourceLabels(read("Þetta staðfestir Ólafur Bergsson, yfirlögregluþjónn, í samtali við blaðið."))).toEqual(["named:Ólafur Bergsson"]);
  });
  it("an outlet before 'greindi frá', after 'í samtali við' and after 'birt á vefnum'", () => {
    expect(outlets("Hafnarpósturinn greindi fyrst frá því að brúnni yrði lokað.")).toEqual(["Hafnarpósturinn"]);
    expect(outlets("„Brúin er lokuð,“ sagði hún í samtali við Hafnarblaðið.")).toEqual(["Hafnarblaðið"]);
    expect(outlets("Samhljóða frétt var birt á vefnum Bryggjan.is í gær.")).toEqual(["bryggjan.is"]);
  });
  it("a quantifier opening a sentence names no one a later pronoun stands for", () => {
    const reading = read("Fjölmargir Hafnfirðingar hafa deilt færslunni.\n\n„Þetta var bara grín,“ segir hann.");
    expect(sourceLabels(reading)).toEqual([]);
  });
  it("a plain Icelandic sentence carries no credit", () => {
    expect(read("Bæjarstjórinn Sigrún Hallsdóttir sagði af sér á þriðjudag.").attributions).toEqual([]);
  });
});
