// Slovenian had no reading data and fell back to English: no speaker after a quotation in the auxiliary-first past
// ("„…“, je dejal X", "je poudarila ministrica X"), no outlet after "navaja", "po poročanju časnika", "je za X povedal".
// Texts, names and outlets invented.
import { describe, expect, it } from "vitest";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "sl");
const outlets = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("sl: speakers and credits", () => {
  it("has data of its own", () => {
    expect(framesFor("sl-SI").language).toBe("sl");
  });
  it("a speaker after a quotation, the auxiliary before the participle", () => {
    const reading = read("\"Most je popolnoma varen,\" je dejal Marko Vidrih, predstavnik občine.");
    expect(sourceLabels(reading)).toEqual(["named:Marko Vidrih"]);
    expect(quotedSpeaker(reading)).toBe("Marko Vidrih");
  });
  it("a speaker after a quotation with her role, the participle in the feminine", () => {
    expect(quotedSpeaker(read("\"Mostu ne grozi nič,\" je poudarila ministrica Ana Žerjav."))).toBe("Ana Žerjav");
  });
  it("an outlet after 'navaja', 'po poročanju časnika' and 'navaja portal', a paper's name in sentence case whole", () => {
    expect(outlets("Most bodo zaprli, navaja Kraški glas.")).toEqual(["Kraški glas"]);
    expect(outlets("Most bodo zaprli, po poročanju časnika Obalni Kurir.")).toEqual(["Obalni Kurir"]);
    expect(outlets("Most bodo zaprli, navaja portal Obalni Kurir.")).toEqual(["Obalni Kurir"]);
  });
  it("whom the words were given to, between the auxiliary and the participle", () => {
    expect(outlets("Župan je za časnik Obalni Kurir povedal, da mostu ne bodo zaprli.")).toEqual(["Obalni Kurir"]);
  });
  it("a plain Slovenian sentence carries no credit", () => {
    expect(read("Župan Marko Vidrih je v torek odstopil.").attributions).toEqual([]);
  });
});
