// Tagalog had no reading data and fell back to English: no "ayon kay X" (according to X, a person), no "sabi ni X" (said
// X) after a quotation, no "ayon sa <outlet>" or "iniulat ng <outlet>" credit. Filipino ("fil") is read as Tagalog.
// Controls: an office after "ayon sa" with no outlet's evidence is no outlet.
import { describe, expect, it } from "vitest";
import { framesFor } from "../../src/extract/frames/index.ts";
import { readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string, language = "tl") => readPlain(body, language);

describe("tl: speakers and credits", () => {
  it("Filipino and Tagalog share the data", () => {
    expect(framesFor("fil").language).toBe("tl");
    expect(framesFor("tl-PH").language).toBe("tl");
  });
  it("a person after 'ayon kay'", () => {
    expect(sourceLabels(read("Ayon kay Rowena Katigbak, walang katotohanan ang kumakalat na larawan."))).toEqual(["named:Rowena Katigbak"]);
  });
  it("a person after 'sabi ni' following a quotation", () => {
    expect(sourceLabels(read("\"Hindi ako aalis sa bayan ng Malinaw,\" sabi ni Rowena Katigbak."))).toEqual(["named:Rowena Katigbak"]);
  });
  it("an outlet after 'ayon sa' or 'iniulat ng'", () => {
    expect(read("Sarado ang pantalan ngayong linggo, ayon sa Balitang Silangan.", "fil").attributions.map((a) => a.outletName)).toEqual(["Balitang Silangan"]);
    expect(read("Ang balita ay unang iniulat ng Pahayagang Silangan noong Lunes.").attributions.map((a) => a.outletName)).toEqual(["Pahayagang Silangan"]);
  });
  it("an office after 'ayon sa' is no outlet", () => {
    expect(read("Sarado ang pantalan ngayong linggo, ayon sa Kagawaran ng Kalusugan.").attributions).toEqual([]);
  });
});
