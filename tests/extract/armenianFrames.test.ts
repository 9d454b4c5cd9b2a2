// Armenian had no reading data and fell back to English: no outlet after "ըստ" (according to), around "հաղորդում է"
// (reports), before "փոխանցմամբ" (as relayed by), "հետ զրույցում" (in a talk with) or "տված հարցազրույցում" (in an
// interview given to). Armenian writes cases and its article onto a name's last word ("Լեռնալուրի", "Լեռնալուրը"): a
// name so written is read only where the registry knows it once the ending is off; a name before an outlet noun
// ("«Լճափի ձայն» օրաթերթի", in guillemets and sentence case) is read as written. Texts, people and outlets invented; BBC is real.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletEntrySchema } from "../../src/core/outlets.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { quotedSpeaker, readText, sourceLabels } from "./helpers.ts";

const registry = createOutletRegistry([
  OutletEntrySchema.parse({ name: "Lernalur", aliases: ["Լեռնալուր"], kind: "website" }),
  OutletEntrySchema.parse({ name: "Hovti TV", aliases: ["Հովտի հեռուստաընկերություն"], kind: "broadcaster" }),
  OutletEntrySchema.parse({ name: "BBC", kind: "broadcaster" }),
]);
const read = (body: string) => readText(body, registry, { outlet: "Փորձնական", language: "hy" });
const cited = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("hy: outlets cited", () => {
  it("has data of its own", () => {
    expect(framesFor("hy-AM").language).toBe("hy");
  });

  it.each([
    ["Ըստ Լեռնալուրի, կամուրջը կփակվի։", "Lernalur"],
    ["Ըստ BBC-ի, կամուրջը կփակվի։", "BBC"],
    ["Կամուրջը կփակվի, հաղորդում է Լեռնալուրը։", "Lernalur"],
    ["Լեռնալուրը հաղորդում է, որ կամուրջը կփակվի։", "Lernalur"],
    ["Լեռնալուրի փոխանցմամբ՝ կամուրջը կփակվի։", "Lernalur"],
    ["Ըստ «Լճափի ձայն» օրաթերթի, կամուրջը կփակվի։", "Լճափի ձայն"],
    ["Կամուրջը կփակվի, հաղորդում է «Լճափի ձայն» լրատվական գործակալությունը։", "Լճափի ձայն"],
    ["Քաղաքապետը «Լճափի ձայն» թերթի հետ զրույցում ասել է, որ կամուրջը կփակվի։", "Լճափի ձայն"],
  ])("%j cites %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it("a registered name that holds the outlet noun written after it, declined, is that outlet", () => {
    expect(cited("Քաղաքապետը Հովտի հեռուստաընկերությանը տված հարցազրույցում ասել է, որ կամուրջը կփակվի։")).toEqual(["Hovti TV"]);
  });

  it.each([
    "Ըստ Պետրոսյանի, կամուրջը կփակվի։",
    "Կամուրջը կփակվի, հայտնել է Պետրոսյանը։",
    "Ըստ ոստիկանության, կամուրջը կփակվի։",
  ])("a person's name or a body in small letters names no outlet: %j", (body) => {
    expect(cited(body)).toEqual([]);
  });
});

describe("hy: speakers", () => {
  it("the article is no part of a speaker's name after the verb", () => {
    expect(quotedSpeaker(read("«Կամուրջը կփակվի», ասել է Արամ Պետրոսյանը։"))).toBe("Արամ Պետրոսյան");
  });

  it.each([
    "Կամուրջը կփակվի, հայտնել է Ազգային ժողովի նախագահը։",
    "Կամուրջը կփակվի, հայտնել են Երևանի քաղաքապետարանից։",
  ])("capitalised words that qualify a noun after them name no person: %j", (body) => {
    expect(sourceLabels(read(body)).filter((l) => l.startsWith("named:"))).toEqual([]);
  });
});
