// A picture credit under a source label ("Sumber :" over "• KABAR FOTO/Rina") says who took the picture: no source line,
// no outlet, no syndication. A list's bullet never enters an outlet's name. Invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { decideCited, outletEvidence } from "../../src/extract/cited.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { PICTURE_CREDITS } from "../../src/extract/frames/common.ts";
import { createSourceBook } from "../../src/extract/sources.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const read = (body: string, language = "id") => readText(body, registry, { outlet: "Warta Sukamaju", language });

const CAPTION = "Terdakwa kasus dugaan penyebaran berita bohong Budi Harsono (kiri) bersama kuasa hukumnya.";
const STORY = "WARTA SUKAMAJU – Terdakwa perkara penyebaran berita bohong Budi Harsono tak pernah jujur pada anaknya, kata jaksa dalam sidang di Pengadilan Negeri Sukamaju, Selasa.";

describe("a picture credit is no source line", () => {
  it.each([
    ["X FOTO/Name under a bullet", `${CAPTION}\nSumber :\n  • KABAR FOTO/Rina Lestari\n\n${STORY}`],
    ["X FOTO/Name on the label's line", `${CAPTION}\nSumber : KABAR FOTO/Rina Lestari\n\n${STORY}`],
    ["Foto: X/Name", `${CAPTION}\nSumber :\nFoto: Kabar Nusantara/Rina Lestari\n\n${STORY}`],
    ["AP Photo/Name in English", `${CAPTION}\nSource: Harbor Press Photo/Evan Vale\n\n${STORY}`],
  ])("%s cites nothing", (_label, body) => {
    expect(read(body).attributions).toEqual([]);
    expect(read(body).syndication).toEqual([]);
  });
  it("still reads a source line that names an outlet, its bullet left out of the name", () => {
    const outlets = read(`${STORY}\n\nSumber : • Nusantara Pos`).attributions.map((a) => a.outletName);
    expect(outlets).toEqual(["Nusantara Pos"]);
  });
  it("leaves a list's bullet out of any cited name", () => {
    const frames = framesFor("id");
    const ctx = { registry, frames, book: createSourceBook("a", frames), articleOutlets: outletEvidence("", frames) };
    for (const bullet of ["•", "·", "-", "*"]) expect(decideCited(`${bullet} Kabar Nusantara`, { descriptor: false, publication: true, allowUnknown: true }, ctx)?.outlet?.name).toBe("Kabar Nusantara");
  });
  it("reads the credits written alike in every language, and no attribution", () => {
    const credit = (text: string) => PICTURE_CREDITS.some((p) => new RegExp(p, "u").test(text));
    for (const text of ["KABAR FOTO/Rina Lestari", "Harbor Press Photo/Evan Vale", "AFP PHOTO / STR", "Foto: Kabar/Rina", "(Photo: Harbor Lens)"]) expect(credit(text)).toBe(true);
    for (const text of ["Menurut Kabar Nusantara, sidang ditunda.", "The photo was shared by Harbor Lens.", "see example.com/Photo/12"]) expect(credit(text)).toBe(false);
  });
  it("draws no syndication finding from a picture credit", async () => {
    const root = await makeCase({
      "a.txt": frontMatterArticle("id", "Warta Sukamaju", "2026-05-14", "Budi Harsono Mengaku ke Anak Mau ke Sukamaju", `${CAPTION}\nSumber :\n  • KABAR FOTO/Rina Lestari\n\n${STORY}\n\n"Jadi waktu saya berangkat meninggalkan rumah, saya katakan mau ke Sukamaju," kata Budi dalam lanjutan sidang.`),
    });
    const { graph } = await analyseCaseFolder(root);
    expect(graph.getAttribute("findings").map((f) => f.type)).not.toContain("syndication");
    expect(graph.filterNodes((_k, a) => a.kind === "outlet").map((k) => graph.getNodeAttribute(k, "label"))).toEqual(["Warta Sukamaju"]);
  });
});
