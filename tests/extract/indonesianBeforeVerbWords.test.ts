// Indonesian adverbs and auxiliaries between a subject and its speech verb were kept in the source's span: "Akun itu
// juga menambahkan narasi …" ("that account also added a caption") read the anonymous source "Akun itu juga" (probe
// 51b). The words are now stepped over as English "also" and "has" are. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("id: adverbs before the speech verb are no part of the subject", () => {
  it.each([
    ['Akun itu juga menambahkan narasi "beras ini palsu" di unggahannya.', "anonymous:Akun itu"],
    ['Pejabat itu sudah mengatakan, "Beras di gudang Rawa aman dikonsumsi."', "anonymous:Pejabat itu"],
    ['Seorang warga bahkan menegaskan, "Kami tidak pernah membeli beras itu."', "anonymous:Seorang warga"],
  ])("%s", (text, label) => {
    expect(sourceLabels(readPlain(text, "id"))).toEqual([label]);
  });
});
