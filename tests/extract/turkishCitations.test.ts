// Turkish citations written with the outlet's case ending and what a careful reader takes from them: a report named by
// its title ("X, … “…” başlıklı haberinde"), footage aired on a channel with when between ("X'de perşembe akşamı
// yayınlanan"), a statement made to an outlet set off by commas ("X'e, … bir açıklamada bulundu"), a broadcaster's screen
// ("X ekranında"), a journalist of the outlet in the ablative ("X Gazetesi'nden Ayşe Kara"), and a site's address in
// capitals heading the story ("KUZEYHABER.COM - …"). Invented outlets, people and places.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Liman TV", aliases: [], descriptors: [], domains: ["limantv.com.tr"], kind: "broadcaster" },
  { name: "Dağ Ajansı", aliases: [], descriptors: [], domains: [], kind: "agency" },
]);
const read = (body: string) => readText(body, registry, { outlet: "Test Gazetesi", language: "tr" });
const cited = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("Turkish citations with the outlet's case ending", () => {
  it.each([
    ["Kuzey Postası, 12 Mart 2013’te “Büyük skandal” başlıklı haberinde olayı duyurdu.", "Kuzey Postası"],
    ["Bu olay Kanal Deniz’de perşembe akşamı yayınlanan görüntülerle gündeme geldi.", "Kanal Deniz"],
    ["Avukat Ali Demir, Liman TV'ye, yayınlanan görüntülerle ilgili olarak bir yazılı açıklamada bulundu.", "Liman TV"],
    ["Vali, Liman TV ekranında bir programda yaşanan tartışmayı hatırlattı.", "Liman TV"],
    ["Kuzey Gazetesi'nden Ayşe Kara, olaydan kısa süre sonra valinin şunları söylediğini aktarmıştı.", "Kuzey Gazetesi"],
  ])("%s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it("takes no place, person or unknown name for the outlet", () => {
    expect(cited("İzmir'den Ayşe Kara, olaydan kısa süre sonra valinin şunları söylediğini aktarmıştı.")).toEqual([]);
    expect(cited("Avukat Ali Demir, Mehmet Yılmaz'a, görüntülerle ilgili olarak bir açıklamada bulundu.")).toEqual([]);
    expect(cited("Vali, Ahmet Kaya ekranında bir programda konuştu.")).toEqual([]);
  });
});

describe("a site's address heading the story", () => {
  it("reads a registered site as the story's outlet of record", () => {
    expect(read("LİMANTV.COM.TR – Liman kapandı.\n\nVali açıklama yaptı.").syndication.map((s) => s.outletName)).toEqual(["Liman TV"]);
  });
  it("reads no credit in an unknown address, as pages head their own stories so, nor in the page's own", () => {
    expect(read("KUZEYHABER.COM - Gezi olayları sırasında yaşanan olayın görüntülerine ne oldu?\n\nVali açıklama yaptı.").syndication).toEqual([]);
    const own = readText("LİMANTV.COM.TR – Liman kapandı.\n\nVali açıklama yaptı.", registry, { outlet: "Liman TV", language: "tr" });
    expect(own.syndication).toEqual([]);
  });
});
