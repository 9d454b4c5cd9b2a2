// Lithuanian had no reading data and fell back to English: no speaker in the dash-set tag after a quotation ("„…“, –
// sakė merė X"), none before "teigė, kad", no outlet after "pasak", "rašo dienraštis „X“", "kaip rašė X", and a dative
// after a speech verb ("kalbėjo Vilkaviškiui") read as a person. Texts, names and outlets invented.
import { describe, expect, it } from "vitest";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "lt");
const outlets = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("lt: speakers and credits", () => {
  it("has data of its own", () => {
    expect(framesFor("lt-LT").language).toBe("lt");
  });
  it("a speaker in the dash-set tag after a quotation, with her role", () => {
    const reading = read("„Tiltas visiškai saugus“, – sakė merė Rūta Žvirblytė.");
    expect(sourceLabels(reading)).toEqual(["named:Rūta Žvirblytė"]);
    expect(quotedSpeaker(reading)).toBe("Rūta Žvirblytė");
  });
  it("a speaker in the tag with whom and where the words were said before the verb", () => {
    expect(quotedSpeaker(read("„Tiltas visiškai saugus“, – žurnalistams antradienį sakė Rūta Žvirblytė."))).toBe("Rūta Žvirblytė");
  });
  it("a speaker before the verb, with when between them", () => {
    expect(sourceLabels(read("Uosto direktorius Jonas Kregždys antradienio rytą teigė, kad remontas truks mėnesį."))).toEqual(["named:Jonas Kregždys"]);
  });
  it("an outlet after 'pasak dienraščio', 'rašo dienraštis' and 'kaip rašė', its title in quotation marks whole", () => {
    expect(outlets("Tiltas bus uždarytas, pasak dienraščio „Pamario aidas“.")).toEqual(["Pamario aidas"]);
    expect(outlets("Tiltas bus uždarytas, rašo dienraštis „Pamario aidas“.")).toEqual(["Pamario aidas"]);
    expect(outlets("Kaip rašė PKN, tiltas bus uždarytas.")).toEqual(["PKN"]);
  });
  it("an outlet after 'pranešė' with the genitive of its country before the outlet noun, which names no speaker", () => {
    const reading = read("Tiltas uždarytas, pirmadienį pranešė Latvijos naujienų agentūra Dauga.");
    expect(reading.attributions.map((a) => a.outletName)).toEqual(["Dauga"]);
    expect(sourceLabels(reading)).toEqual([]);
  });
  it("whom the words were told, in the dative after the verb, is no speaker", () => {
    expect(sourceLabels(read("Taip jis kalbėjo Vilkaviškiui pirmadienį pareiškus protestą."))).toEqual([]);
  });
  it("a plain Lithuanian sentence carries no credit", () => {
    expect(read("Meras Jonas Kregždys antradienį atsistatydino.").attributions).toEqual([]);
  });
});
