/** Stance: a conceded debunk word, "does not hold" verdicts, a claim quoted under a denial, and a denial's scope (invented texts). */
import { describe, expect, it } from "vitest";
import { readStance } from "../../src/analyse/stance.ts";
import { stanceAt } from "./stanceHelpers.ts";
import { sentenceSpans } from "./stanceArticle.ts";

function article(language: string, sentences: string[], title?: string) {
  const spans = sentenceSpans(sentences);
  return { spans, article: { language, ...(title ? { title } : {}), sentences: spans } };
}

describe("a debunk word conceded and answered by an affirmation is not a verdict", () => {
  it.each([
    ["en", "It may sound like a prank, but it is all true.", "The town of Wexley has banned umbrellas on Sundays."],
    ["it", "Può sembrare uno scherzo o una bufala, ma invece è tutto vero.", "A Borgoverde gli ombrelli sono vietati la domenica."],
    ["es", "Puede parecer una broma, pero es real.", "En Villaclara los paraguas están prohibidos los domingos."],
    ["fr", "On pourrait croire à une blague, mais c'est bien vrai.", "À Valombre, les parapluies sont interdits le dimanche."],
    ["de", "Das mag wie ein Scherz klingen, aber es ist wahr.", "In Talheim sind Regenschirme sonntags verboten."],
    ["pt", "Pode parecer uma piada, mas é verdade.", "Em Vilaverde os guarda-chuvas são proibidos aos domingos."],
    ["nl", "Het klinkt als een grap, maar het is echt waar.", "In Veldhoven zijn paraplu's op zondag verboden."],
    ["sv", "Det kan låta som ett skämt, men det är sant.", "I Ekby är paraplyer förbjudna på söndagar."],
  ])("%s: %s", (language, concession, statement) => {
    expect(stanceAt(language, [concession, statement], 1)).toBe("true");
  });
  it("without the affirmation, or without the concession, the word still calls the story false", () => {
    expect(stanceAt("en", ["It sounds like a prank.", "The town of Wexley has banned umbrellas on Sundays."], 1)).toBe("false");
    expect(stanceAt("en", ["It is a prank, but it is true that the council met.", "The town of Wexley has banned umbrellas on Sundays."], 1)).toBe("false");
    expect(stanceAt("it", ["Sembra una bufala, ma è falsa.", "A Borgoverde gli ombrelli sono vietati la domenica."], 1)).toBe("false");
  });
});

describe("a report found not to hold is reported false", () => {
  it.each([
    ["nl", "Burgemeester Jansen wil de markt op zondag sluiten.", "Maar dat bericht blijkt niet te kloppen."],
    ["nl", "Burgemeester Jansen wil de markt op zondag sluiten.", "Het gemeentehuis zegt dat het bericht niet klopt."],
    ["de", "Der Bürgermeister will den Markt sonntags schließen.", "Doch die Meldung stimmt nicht."],
    ["de", "Der Bürgermeister will den Markt sonntags schließen.", "Diese Angabe ist so nicht korrekt."],
    ["de", "Der Bürgermeister will den Markt sonntags schließen.", "Die Angabe ist unzutreffend."],
    ["de", "Der Bürgermeister will den Markt sonntags schließen.", "Die Stadtverwaltung stellt die Meldung richtig."],
    ["fr", "Le maire veut fermer le marché le dimanche.", "Mais l'information s'avère inexacte."],
    ["es", "El alcalde quiere cerrar el mercado los domingos.", "Pero la noticia no es cierta."],
    ["it", "Il sindaco vuole chiudere il mercato la domenica.", "Ma la notizia non è vera."],
    ["pt", "O prefeito quer fechar o mercado aos domingos.", "Mas a notícia não é verdade."],
    ["sv", "Borgmästaren vill stänga torget på söndagar.", "Men uppgiften stämmer inte."],
  ])("%s: %s", (language, statement, verdict) => {
    expect(stanceAt(language, [statement, verdict], 0)).toBe("false");
  });
});

describe("a claim quoted right after a sentence that denies it is not the article's own", () => {
  const wording = "Wexley to ban umbrellas on rainy Sundays";
  const quoted = "\"Wexley to ban UMBRELLAS on rainy Sundays\" was a headline in the tabloid Morning Trumpet.";
  it("reports it false", () => {
    const a = article("en", ["A ban on umbrellas on Sundays is not on the agenda, the Wexley town hall said.", quoted]);
    expect(readStance(a.article, { debunk: false, negated: false, wording, statements: [a.spans[1] as never] })).toMatchObject({ stance: "false", rule: "stance.quoted_denied" });
  });
  it("a quotation after an unrelated sentence is still presented", () => {
    const a = article("en", ["The council met on Monday evening.", quoted]);
    expect(readStance(a.article, { debunk: false, negated: false, wording, statements: [a.spans[1] as never] }).stance).toBe("true");
  });
});

describe("a denial cue reaches only the clause it negates", () => {
  const wording = "the ferry is still in service";
  const title = "No, the ferry was not sold";
  it("a headline denying a sale, grouped with the check's correction, leaves the correction true", () => {
    const a = article("en", ["Its operator confirmed to the Harbour Gazette that the ferry is still in service."], title);
    expect(readStance(a.article, { debunk: false, negated: false, wording, statements: [a.spans[0] as never, { start: -1, end: -1, text: title }] }).stance).toBe("true");
  });
  it("the same headline still reports the sale false", () => {
    const a = article("en", ["A viral post claims the ferry was sold to a foreign buyer."], title);
    expect(readStance(a.article, { debunk: false, negated: false, wording: "the ferry was sold to a foreign buyer", statements: [a.spans[0] as never, { start: -1, end: -1, text: title }] }).stance).toBe("false");
  });
  it("a denial whose verb is written otherwise still reaches the claim through its object", () => {
    const t = "No, the mayor did not buy the yachts";
    const a = article("en", ["A post claims the mayor bought two yachts."], t);
    expect(readStance(a.article, { debunk: false, negated: false, wording: "the mayor bought two yachts", statements: [a.spans[0] as never, { start: -1, end: -1, text: t }] }).stance).toBe("false");
  });
});
