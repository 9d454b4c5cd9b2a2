// An Indonesian police or military rank written before a name ("Brigjen", "Irjen", "Komjen", "Kombes", "AKBP") is the
// person's rank, never part of their name (session 33), as "Jenderal" and "Kolonel" are. Invented names and sentences.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

describe("an Indonesian rank before a name", () => {
  it.each(["Brigjen", "Irjen", "Komjen", "Kombes", "AKBP"])("%s Dimas Prakoso", (rank) => {
    const text = `"Jembatan di desa itu akan dibuka kembali bulan depan setelah diperiksa oleh tim ahli," kata ${rank} Dimas Prakoso.`;
    const names = readPlain(text, "id").sources.map((s) => s.name);
    expect(names).toContain("Dimas Prakoso");
  });
});
