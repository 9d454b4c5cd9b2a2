// "A secretaria declarou ao Jornal do Vale desconhecer o vídeo": a told-to credit followed by an infinitive clause
// (what was declared, without "que") ends the outlet's name as "que" does. Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

describe("Portuguese: an infinitive after a told-to outlet ends its name", () => {
  it.each([
    ["A secretaria declarou ao Jornal do Vale desconhecer o vídeo.", "Jornal do Vale"],
    ["O prefeito disse à Rádio Serrana estar preocupado com a barragem.", "Rádio Serrana"],
    ["A empresa afirmou ao Diário Austral ter recebido a denúncia.", "Diário Austral"],
  ])("%s", (body, outlet) => {
    expect(readPlain(body, "pt").attributions.map((a) => a.outletName)).toEqual([outlet]);
  });
});
