// The noun descriptions of fr/es/it/pt (frames `nounDescriptions`): "un journal proche du Parti X a déclaré …", "una
// revista afín al Partido X informó …". The name ends the description of the outlet before it, and that unnamed outlet,
// not the name, is the verb's subject. German puts such a description before its noun ("eine der X nahestehende
// Zeitung"), which this reading does not cover. Own invented texts.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText, sourceLabels } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const labels = (text: string, language: string) => sourceLabels(readText(text, registry, { outlet: "Test Daily", language }));

describe("a name inside the description of an outlet before the verb (fr, es, it, pt)", () => {
  it.each([
    ["fr", "Un journal proche du Parti Agraire a déclaré que le port va fermer."],
    ["fr", 'Un journal proche de Velmar Holdings a déclaré que le port "va fermer".'],
    ["fr", "Un quotidien proche de l'Union Agraire a déclaré que le port va fermer."],
    ["es", "Una revista afín al Partido Agrario informó que el puerto cerrará."],
    ["es", "Un diario vinculado al Partido Agrario informó que el puerto cerrará."],
    ["it", "Un quotidiano legato al Partito Agrario ha scritto che il porto chiuderà."],
    ["pt", "Um jornal próximo do Partido Agrário noticiou que o porto vai fechar."],
  ])("(%s) %s names no source", (language, text) => {
    expect(labels(text, language)).toEqual([]);
  });

  it.each([
    ["fr", 'Anna Velori, proche du Parti Agraire, a déclaré que le port "va fermer".', "named:Anna Velori"],
    ["es", 'Anna Velori, cercana al Partido Agrario, dijo que el puerto "cerrará".', "named:Anna Velori"],
  ])("control (%s): a person with a description of their own still speaks", (language, text, label) => {
    expect(labels(text, language)).toEqual([label]);
  });
});
