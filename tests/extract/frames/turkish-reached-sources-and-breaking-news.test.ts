// Turkish credits by a genitive and a participle: "X'in ulaştığı kaynaklar" (the sources X reached), "X'in de son
// dakika olarak verdiği haberde" (in the report X gave as breaking news), "X'in muhabirlerinden Ad Soyad" (one of X's
// reporters). A body or a person in the same place is no outlet. Invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../../src/core/outlets.ts";
import { readText } from "../helpers.ts";

const registry = createOutletRegistry([]);
const cited = (body: string): string[] => readText(body, registry, { outlet: "Test Daily", language: "tr" }).attributions.map((a) => a.outletName ?? "");

describe("Turkish credits by a genitive and a participle", () => {
  it.each([
    ["Kuzey Gazetesi'nin ulaştığı bakanlık kaynakları ise açıklamanın sahte olduğunu bildirdi.", "Kuzey Gazetesi"],
    // The body whose sources they are may be named with its capital ("Genelkurmay kaynakları").
    ["Kuzey Gazetesi'nin ulaştığı Kurmay Kurulu kaynakları ise açıklamanın yalan olduğunu bildirdi.", "Kuzey Gazetesi"],
    ["Dağ TV'nin de son dakika olarak verdiği açıklamada şu ifadeler yer aldı.", "Dağ TV"],
    ["Kuzey Gazetesi'nin verdiği haberde limanın kapandığı yazıyordu.", "Kuzey Gazetesi"],
    ["Kuzey Gazetesi'nin muhabirlerinden Ayla Toprak, yaşananları şöyle anlattı.", "Kuzey Gazetesi"],
  ])("%s → %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it.each([
    "Bakanlığın ulaştığı kaynaklar açıklamanın sahte olduğunu söyledi.",
    "Ali Veli'nin verdiği açıklamada limanın kapandığı belirtildi.",
    "Valiliğin verdiği bilgiye göre yaralıların durumu iyi.",
  ])("names no outlet in %s", (body) => {
    expect(cited(body)).toEqual([]);
  });
});
