// Portuguese debunks that say there is no evidence for a story ("Não há evidências de que …", "sem indícios"), call it
// unfounded ("infundada", "sem fundamento") or a lie ("mais uma mentira") carried no Portuguese debunk cue: a
// fact-check that quoted the hoax message over several sentences and answered it so was read as vouching for the
// message (stance.asserted), and one that answered the story only so was read as mentioning it.
import { describe, expect, it } from "vitest";
import { debunkCues, readStance } from "../../src/analyse/stance.ts";
import { stanceArticle } from "./stanceArticle.ts";

const article = (sentences: string[], title?: string) => stanceArticle(sentences, { language: "pt", ...(title !== undefined ? { title } : {}) });

describe("a Portuguese debunk that finds no evidence", () => {
  it.each([
    ["Não há evidências de que a ponte de Harlow vá fechar em maio.", "Não há evidências"],
    ["A mensagem circula sem quaisquer indícios que a sustentem.", "sem quaisquer indícios"],
    ["Não foram encontrados indícios do fecho da ponte.", "Não foram encontrados indícios"],
    ["Tudo leva a crer que se trata de mais uma mentira.", "mentira"],
    ["A família diz que a notícia da morte é assolutamente infundada.", "infundada"],
    ["O alerta circula sem fundamento desde 2017.", "sem fundamento"],
  ])("reads the verdict in %s", (sentence, cue) => {
    expect(debunkCues(sentence, "pt").map((h) => h.text)).toContain(cue);
  });

  it("does not vouch for a hoax message it quotes over several sentences and answers with 'não há evidências'", () => {
    const a = article([
      "Os comprimidos de vitamina marcados V-20 não contêm chumbo.",
      "O boato corre nos grupos de mensagens, mas não há evidências que o sustentem.",
      "O texto começa assim: “Cuidado, mães!",
      "Joguem fora a vitamina V-20.",
      "É uma vitamina vendida nas farmácias do bairro, e um laboratório achou chumbo nela…”",
    ]);
    const reading = readStance(a, { statements: [a.spans[4]!], debunk: false, negated: false, wording: "É uma vitamina vendida nas farmácias do bairro, e um laboratório achou chumbo nela" });
    expect(reading.stance).not.toBe("true");
  });

  it("reports false a story its lead answers with 'não há evidências de que'", () => {
    const a = article(["Uma publicação afirma que a ponte de Harlow vai fechar em maio.", "Não há evidências de que a ponte de Harlow vá fechar em maio."], "A ponte de Harlow vai fechar?");
    expect(readStance(a, { statements: [a.spans[0]!], debunk: false, negated: false, wording: "a ponte de Harlow vai fechar em maio" }).stance).toBe("false");
  });
});
