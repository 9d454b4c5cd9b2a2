// "membenarkan" (confirmed) reports what its subject said, as "membantah" (denied) does: the person before it is a
// source of the paraphrase, also after a title run. Invented names and sentences.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("Indonesian 'membenarkan' as a speech verb", () => {
  it.each([
    "Dimas Prakoso membenarkan kabar penutupan jembatan itu.",
    "Kepala Divisi Humas Polda Kota Lama Irjen Dimas Prakoso membenarkan adanya penutupan jembatan tersebut.",
  ])("%s", (text) => {
    expect(sourceLabels(readPlain(text, "id"))).toEqual(["named:Dimas Prakoso"]);
  });
});
