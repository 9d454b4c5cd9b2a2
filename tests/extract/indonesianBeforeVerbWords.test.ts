// Indonesian adverbs and auxiliaries between a subject and its speech verb were kept in the source's span: an account
// that "juga" (also) added a caption was read as the anonymous source "… itu juga" (probe 51b). The words are now
// stepped over as English "also" and "has" are. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("id: adverbs before the speech verb are no part of the subject", () => {
  it.each([
    ['Pengguna itu juga menambahkan, "Ikan di pasar Rawa sudah busuk."', "anonymous:Pengguna itu"],
    ['Pejabat itu sudah mengatakan, "Jembatan di Rawa aman dilalui."', "anonymous:Pejabat itu"],
    ['Seorang warga bahkan menegaskan, "Kami tidak pernah membeli ikan itu."', "anonymous:Seorang warga"],
  ])("%s", (text, label) => {
    expect(sourceLabels(readPlain(text, "id"))).toEqual([label]);
  });
});
