// Indonesian "melaporkan" is to report news and to report someone to the police: a group that reports parties to the
// police is no outlet; a newsroom that reports what happened still is. Own invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";
import { readText } from "./helpers.ts";

async function cited(body: string): Promise<string[]> {
  const rumour = "Pesan soal lima truk beras plastik di Pelabuhan Sungai Merah tersebar dalam bentuk rekaman suara seorang pria.";
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": frontMatterArticle("id", "Kabar Lembah", "2019-01-03", "Truk beras", rumour),
      "b.txt": frontMatterArticle("id", "Warta Timur", "2019-01-05", "Truk beras", body),
    }),
  );
  return graph.filterEdges((_, a) => a.kind === "cites").map((e) => graph.target(e));
}

const read = (body: string): string[] => readText(body, createOutletRegistry([]), { outlet: "Warta Timur", language: "id" }).attributions.map((a) => a.outlet);

describe("melaporkan", () => {
  it("a group that reports parties or accounts to the police cites no outlet", async () => {
    expect(await cited("Kabar soal lima truk beras plastik bikin geger.\nRelawan Warga Peduli Pangan melaporkan tiga pihak yang diduga terkait dengan beredarnya hoax soal lima truk beras plastik.\nDinas Pangan memastikan kabar tersebut hoax.")).toEqual([]);
    expect(await cited("Kabar soal lima truk beras plastik bikin geger.\nForum Warga Sungai Merah melaporkan akun penyebar kabar itu ke polisi.\nDinas Pangan memastikan kabar tersebut hoax.")).toEqual([]);
  });

  it("a newsroom that reports what happened is still cited", () => {
    expect(read("Harian Lensa Nusantara melaporkan bahwa pelabuhan ditutup.")).toEqual(["outlet:harian-lensa-nusantara"]);
    expect(read("Harian Lensa Nusantara melaporkan kenaikan harga beras di Pelabuhan Sungai Merah.")).toEqual(["outlet:harian-lensa-nusantara"]);
  });
});
