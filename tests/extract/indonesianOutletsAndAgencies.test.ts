// Indonesian: an outlet described before its name after "menurut", and a company named with its kind before it (probe 21
// item 17), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Harian Quillon", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);
const read = (body: string) => readText(body, registry, { outlet: "Kabar Lembah", language: "id" });

describe("menurut, a report, a kind of outlet and its country before the name", () => {
  it.each([
    "Menurut laporan tabloid Inggris Harian Quillon, kabar itu berasal dari orang dalam.",
    "Kabar itu berasal dari orang dalam, menurut laporan tabloid Inggris Harian Quillon.",
    "Menurut tabloid Harian Quillon, kabar itu benar.",
  ])("%s", (body) => {
    expect(read(body).attributions.map((a) => a.outletName)).toEqual(["Harian Quillon"]);
  });
});

describe("a company named after its kind, or set off by commas after it, is that body without the kind", () => {
  it.each([
    "Agensi Lembayung Entertainment membantah kabar tersebut.",
    "Pihak agensi, Lembayung Entertainment, membantah kabar tersebut.",
    "Pihak Lembayung Entertainment membantah kabar tersebut.",
    "Agensi Lembayung membantah kabar tersebut.",
  ])("%s", (body) => {
    expect(read(body).sources.map((s) => `${s.type}:${s.name}`)).toEqual([`organisation:${body.includes("Entertainment") ? "Lembayung Entertainment" : "Lembayung"}`]);
  });

  it("a person after 'Pihak' stays that person", () => {
    expect(read("Pihak Andi Wirawan membantah kabar tersebut.").sources.map((s) => `${s.type}:${s.name}`)).toEqual(["named:Andi Wirawan"]);
  });
});
