// Turkish citations by agent and by source: "X tarafından servis edilen haber" (the report served by X), "X gazetesinde
// … yayınlanan" (published in the X paper, a byline between), "X'ten (KX) alınan" (taken from X).
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../../src/core/outlets.ts";
import { readText } from "../helpers.ts";

const registry = createOutletRegistry([]);
const cited = (body: string): string[] => readText(body, registry, { outlet: "Test Daily", language: "tr" }).attributions.map((a) => a.outletName ?? "");

describe("Turkish citations by agent and by source", () => {
  it.each([
    ["Sözcü Ali Veli, Kuzey Gazetesi tarafından servis edilen haberle ilgili açıklama yaptı.", "Kuzey Gazetesi"],
    ["Bu iddia ilk kez Dağ Postası tarafından yayınlanan bir haberde yer aldı.", "Dağ Postası"],
    ["İlk olarak Karadeniz gazetesinde Ayla Toprak'ın imzasıyla yayınlanan haber çok okundu.", "Karadeniz"],
    ["Arşivdeki ilk habere göre, Kuzey Haber Ajansı'ndan (KHA) alınan bir haber yayımlandı.", "Kuzey Haber Ajansı"],
  ])("%s → %s", (body, outlet) => {
    expect(cited(body)).toContain(outlet);
  });

  it.each([
    "Bakanlık tarafından yayınlanan genelge okullara gönderildi.",
    "Ali Veli tarafından paylaşılan fotoğraf beğenildi.",
    "Hastane'den alınan bilgiye göre yaralıların durumu iyi.",
  ])("names no outlet in %s", (body) => {
    expect(cited(body)).toEqual([]);
  });
});
