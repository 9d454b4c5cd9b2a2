// Croatian, Serbian and Bosnian frames, one data set read in Latin and Cyrillic (invented outlets and people): each
// construction yields the cited name; a list of outlets that carried a story and plain sentences yield none.
import { describe, expect, it } from "vitest";
import { framesFor } from "../../../src/extract/frames/index.ts";
import { hr } from "../../../src/extract/frames/hr.ts";
import { names } from "./helpers.ts";

describe("Serbo-Croatian frames", () => {
  it("reads Serbian, Bosnian and Montenegrin with the Croatian data", () => {
    for (const code of ["sr", "bs", "cnr", "hr-HR"]) expect(framesFor(code)).toBe(hr);
  });

  it.each([
    ["Kako piše portal Riječni glasnik, most će biti zatvoren do jeseni.", "Riječni glasnik"],
    ["Most će biti zatvoren, javlja Morski Telegraf.", "Morski Telegraf"],
    ["Prema pisanju lista Obalni Kurir, gradonačelnica je podnijela ostavku.", "Obalni Kurir"],
    ["Gradski portal Brzi Puls objavio je da most ostaje otvoren.", "Brzi Puls"],
    ["Tu je priču, kako je objavila agencija Sjever Info, izmislio jedan student.", "Sjever Info"],
    ["Most ostaje otvoren, pišu e-vijesti.", "e-vijesti"],
    ["\"Nismo ništa odlučili\", rekao je župan Ivo Mlinar za Radio Obala.", "Radio Obala"],
    ["Како пише портал Речни гласник, мост ће бити затворен до јесени.", "Речни гласник"],
    ["Мост остаје отворен, јавља агенција Север Инфо.", "Север Инфо"],
    ["Причу о мосту први је објавио градски портал smijeh.example.", "smijeh.example"],
  ])("%s → %s", (text, name) => expect(names(hr, text)).toContain(name));

  it.each([
    "Vijest su odmah prenijeli Obalni Kurir, Brzi Puls i Morski Telegraf.",
    "Gradonačelnica je rekla da je most važan za Split.",
  ])("reads no credit in %s", (text) => expect(names(hr, text)).toEqual([]));
});
