// Numbers that name rather than count — an article or paragraph of a law, a numbered law, a year after a year-word —
// are identifiers: two printings of a charge sheet ("Pasal 14 ayat (1) UU No. 1 Tahun 1946 … pasal 28 ayat (2)") give
// no number drift, nor does an abbreviation ("Thn" for "Tahun"), nor two figures of one passage that both print. A
// real count changed still is drift. Invented texts.
import { describe, expect, it } from "vitest";
import { abbreviates } from "../../src/align/folding.ts";
import { numberMentions } from "../../src/align/drift.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const figures = (text: string, language: string) => numberMentions(text, { start: 0, end: text.length }, language).map((m) => `${m.value} ${m.noun ?? ""}`.trim());

describe("reference numbers are not figures", () => {
  it.each([
    ["id", "Dia didakwa melanggar Pasal 14 ayat (1) UU No. 1 Tahun 1946 atau pasal 28 ayat (2) jo 45A ayat (2) UU No 19 Thn 2016, dan 130 saksi hadir.", ["130 saksi"]],
    ["en", "Under article 5 and 6 of the code, 300 people were fined; section 230 protects 40 sites, as in the year 850.", ["300 people", "40 sites"]],
    ["de", "Nach Art. 3 Abs. 2 GG und § 130 StGB wurden 45 Menschen angeklagt.", ["45 menschen"]],
    ["fr", "Selon l'article 14, alinéa 2 de la loi n° 2021-1109, 35 personnes ont été arrêtées.", ["35 personnes"]],
    ["ru", "По части 2 статьи 110 УК задержаны 130 человек.", ["130 человек"]],
    // A year-word before a count says when it was counted: the count stays.
    ["en", "Last year 300 people died in the floods.", ["300 people"]],
  ])("(%s) %s", (language, text, expected) => {
    expect(figures(text, language)).toEqual(expected);
  });
  it("reads an abbreviation by its consonants as the word it writes, and no other word", () => {
    expect(abbreviates("thn", "tahun")).toBe(true);
    expect(abbreviates("yrs", "years")).toBe(true);
    expect(abbreviates("cars", "carriages")).toBe(false);
    expect(abbreviates("tgl", "tahun")).toBe(false);
  });
});

const charge = (year: string, about: string, extra: string) =>
  `Budi Harsono ditahan polisi setelah ditetapkan sebagai tersangka kasus penipuan, 5 Oktober 2023. Aktivis itu sempat menggegerkan publik karena mengaku dianiaya sejumlah orang.\n\nCerita bohongnya itu lantas dibongkar polisi. Lebam di wajah Budi bukan akibat dipukul, melainkan akibat operasi di RS Sukamaju.\n\n${extra}Jaksa Penuntut Umum mendakwa Budi dengan dakwaan tunggal. Dia didakwa melanggar Pasal 14 ayat (1) UU No. 1 ${year} 1946 ${about} Peraturan Hukum Pidana atau dakwaan kedua pasal 28 ayat (2) jo 45A ayat (2) UU No 19 ${year} 2016 tentang Perubahan atas UU No 11 ${year} 2008 tentang Informasi dan Transaksi Elektronik.`;

async function findingTypes(a: string, b: string, language: string): Promise<string[]> {
  const root = await makeCase({
    "a.txt": frontMatterArticle(language, "Kabar Kita", "2026-05-14", "Sidang", a),
    "b.txt": frontMatterArticle(language, "Warta Sukamaju", "2026-05-15", "Sidang", b),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").map((f) => f.type);
}

describe("no number drift between printings of a charge sheet", () => {
  it("finds none where only 'Tahun' became 'Thn'", async () => {
    const types = await findingTypes(charge("Tahun", "tentang", "Kemudian, "), charge("Thn", "ttg", ""), "id");
    expect(types).toContain("uncredited_copy");
    expect(types).not.toContain("number_drift");
  });
  it("finds none between two figures of one passage that both articles print", async () => {
    const passage = (lead: string) =>
      `${lead}The river rose through the night and the lower town was cleared before dawn by the fire brigade and volunteers.\n\nThe first ferry carried 140 passengers across the flooded valley to the school on the hill, where beds were ready.\n\nThe second ferry carried 280 passengers across the flooded valley to the school on the hill later that morning.`;
    const types = await findingTypes(passage("On Monday, "), passage(""), "en");
    expect(types).not.toContain("number_drift");
  });
  it("still finds a count that changed (control)", async () => {
    const passage = (count: string) =>
      `The river rose through the night and the lower town was cleared before dawn by the fire brigade and volunteers.\n\nThe first ferry carried ${count} passengers across the flooded valley to the school on the hill, where beds were ready for the night.`;
    expect(await findingTypes(passage("140"), passage("410"), "en")).toContain("number_drift");
  });
});
