// Albanian had no reading data and fell back to English: no speaker after "tha", "u shpreh", "ka thënë", no body before
// "njofton se", no outlet after "sipas gazetës", "shkruan gazeta", "raporton". Texts, names and outlets invented.
import { describe, expect, it } from "vitest";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "sq");
const outlets = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("sq: speakers and credits", () => {
  it("has data of its own", () => {
    expect(framesFor("sq-AL").language).toBe("sq");
  });
  it("a speaker after a quotation, in the past and in the perfect", () => {
    const reading = read("\"Ura është plotësisht e sigurt,\" tha Arben Kodra, zëdhënës i bashkisë.");
    expect(sourceLabels(reading)).toEqual(["named:Arben Kodra"]);
    expect(quotedSpeaker(reading)).toBe("Arben Kodra");
    expect(quotedSpeaker(read("\"Ura nuk mbyllet,\" ka thënë ministri Ervin Lekaj."))).toBe("Ervin Lekaj");
  });
  it("a body's name joined by its linking articles, before 'njofton se'", () => {
    expect(sourceLabels(read("Policia e Qarkut Verior njofton se lajmi është i rremë."))).toEqual(["organisation:Policia e Qarkut Verior"]);
  });
  it("an outlet after 'sipas gazetës', 'shkruan gazeta' and a web address after 'raporton'", () => {
    expect(outlets("Ura do të mbyllet, sipas gazetës Zëri i Bregut.")).toEqual(["Zëri i Bregut"]);
    expect(outlets("Ura do të mbyllet, shkruan gazeta Zëri i Bregut.")).toEqual(["Zëri i Bregut"]);
    expect(outlets("Ura do të mbyllet, raporton bregu.al.")).toEqual(["bregu.al"]);
  });
  it("a plain Albanian sentence carries no credit", () => {
    expect(read("Kryetari i bashkisë Arben Kodra dha dorëheqjen të martën.").attributions).toEqual([]);
  });
});
