// A fact-check that only asks the story in its headline ("A ponte de Varzim vai fechar em maio?") and answers it in the body
// past its lead with a verdict ("A notícia é falsa.") was read as only asking (stance.question, "mentions"): the verdict in its body
// answers its own question (stance.question_answered). A question whose body calls nothing false stays a mention.
import { describe, expect, it } from "vitest";
import { readStance } from "../../src/analyse/stance.ts";
import { stanceArticle } from "./stanceArticle.ts";

const article = (sentences: string[], title: string, language: string) => stanceArticle(sentences, { title, language });

describe("a headline question answered in the body", () => {
  it.each([
    ["pt", "A ponte de Varzim vai fechar em maio?", ["Um áudio nas redes sociais diz que a ponte de Varzim vai fechar em maio.", "O áudio fala de rachaduras nos pilares.", "Quem ouve é convidado a avisar os vizinhos.", "O áudio circula desde março.", "A notícia é falsa.", "A prefeitura não tem obras marcadas."]],
    ["en", "Does the Harlow ferry stop running in May?", ["A message about the Harlow ferry is going around again.", "It says the ferry company has sold its boats.", "It asks readers to share it with their families.", "The text has circulated since last year.", "The message is false.", "The ferry company told us its timetable is unchanged."]],
  ])("is answered false (%s)", (language, title, body) => {
    const a = article(body, title, language);
    const claim = { statements: [{ start: -1, end: -1, text: title }], debunk: false, negated: false, wording: title };
    expect(readStance(a, claim)).toMatchObject({ stance: "false", rule: "stance.question_answered" });
  });

  it("is answered false where the body opens with the headline printed again", () => {
    const title = "Does the Harlow ferry stop running in May?";
    const a = article([title, "A message about the Harlow ferry is going around again.", "It says the ferry company has sold its boats.", "It asks readers to share it with their families.", "The message is false."], title, "en");
    const claim = { statements: [a.spans[0] as never, { start: -1, end: -1, text: title }], debunk: false, negated: false, wording: title };
    expect(readStance(a, claim)).toMatchObject({ stance: "false", rule: "stance.question_answered" });
  });

  it("stays a mention where the body calls nothing false", () => {
    const title = "Does the Harlow ferry stop running in May?";
    const a = article(["The ferry company will publish its summer timetable on Friday.", "Its chief executive said the boats are being repaired."], title, "en");
    expect(readStance(a, { statements: [{ start: -1, end: -1, text: title }], debunk: false, negated: false, wording: title }).stance).toBe("mentions");
  });
});
