/**
 * A claim that tells how those who published a report took it back ("The Harbour Gazette apologised for its report on a
 * riot", "hat sich für ihre Berichterstattung über … entschuldigt") is the denial of the story that report told: it is
 * marked `denial`, and the debunk words around it ("its false report") agree with it (invented texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { isWithdrawalClaim, readStance } from "../../src/analyse/stance.ts";
import { STANCE_WORDS } from "../../src/analyse/stance/index.ts";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";
import { sentenceSpans } from "./stanceArticle.ts";

describe("a claim whose sentence says the report was taken back is a withdrawal", () => {
  const examples = Object.values(STANCE_WORDS).flatMap((w) => (w.withdrawal ?? []).map((c) => [w.language, c.example] as const));
  it("en, de, fr, es, it and pt have withdrawal words", () => {
    expect([...new Set(examples.map(([language]) => language))].sort()).toEqual(["de", "en", "es", "fr", "it", "pt"]);
  });
  it.each(examples)("%s: %s", (language, example) => {
    expect(isWithdrawalClaim(example, language)).toBe(true);
  });
  it.each([
    // Negated, an apology for something else than a report, a question.
    ["en", "The Harbour Gazette did not apologise for its report on the riot at the Elmford market."],
    ["en", "The mayor apologised for the delay at the Elmford market."],
    ["en", "Did the Harbour Gazette apologise for its report on the riot?"],
    ["de", "Der Tessbyer Kurier hat sich nicht für seinen Bericht über den Krawall entschuldigt."],
    ["de", "Der Bürgermeister entschuldigt sich für die Verspätung am Markt."],
    ["es", "El almirante pidió disculpas por la confusión."],
  ])("control %s: %s", (language, sentence) => {
    expect(isWithdrawalClaim(sentence, language)).toBe(false);
  });
});

describe("a negation before a withdrawal", () => {
  // Only a negation in the withdrawal's own phrase cancels it, as with debunk words ("not a hoax").
  it.each([
    ["es", "El Diario de Villaclara no esperó, retiró la noticia sobre un motín en el mercado."],
    ["pt", "O Jornal de Vilaverde não hesitou, retirou a notícia sobre um motim no mercado."],
  ])("in a phrase of its own leaves it a withdrawal (%s): %s", (language, sentence) => {
    expect(isWithdrawalClaim(sentence, language)).toBe(true);
  });
});

describe("the debunk words around a withdrawal agree with it", () => {
  const sentences = ["The Harbour Gazette apologised for its false report on a riot at the Elmford market.", "Its editor met the market traders on Tuesday."];
  const spans = sentenceSpans(sentences);
  const article = { language: "en", title: "Gazette sorry for fake riot story", sentences: spans };
  const claim = { debunk: false, negated: false, wording: sentences[0] as string, statements: [spans[0] as never] };
  it("an article stating the withdrawal presents it as true", () => {
    expect(readStance(article, { ...claim, withdrawal: true }).stance).toBe("true");
  });
  it("control: the same claim not read as a withdrawal is taken for reported false", () => {
    expect(readStance(article, claim).stance).toBe("false");
  });
});

describe("a statement of the withdrawn story, called false around it, agrees with the withdrawal", () => {
  // The withdrawal's node may hold statements of the story taken back ("The Gazette reported that …"): an article
  // stating only the story and calling it false reports false what the withdrawal takes back, as the withdrawal does.
  it.each([
    ["en", ["The Harbour Gazette reported on Monday that a riot had broken out at the Elmford market.", "That report was false, the police said."]],
    ["fr", ["La chaîne Valombre Info a affirmé lundi qu'une émeute avait éclaté au marché d'Elmford.", "Cette information était fausse, selon la police."]],
  ] as [string, string[]][])("%s: it agrees with the withdrawal, and without one it reports the story false", (language, sentences) => {
    const spans = sentenceSpans(sentences);
    const article = { language, sentences: spans };
    const claim = { debunk: false, negated: false, wording: sentences[0] as string, statements: [spans[0] as never] };
    expect(readStance(article, { ...claim, withdrawal: true }).stance).toBe("true");
    expect(readStance(article, claim).stance).toBe("false");
  });
});

const en = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("en", outlet, published, title, body);

describe("a case whose articles report a paper's apology for its story", () => {
  it("marks the apology a denial, stated by the articles that report it", async () => {
    const files = {
      "coast.txt": en("Coast Post", "2026-03-05", "Gazette sorry for riot story", "The Harbour Gazette apologised for its report on a riot at the Elmford market. Police said no riot took place on Saturday.\n\nTraders reopened their stalls."),
      "ledger.txt": en("Bay Ledger", "2026-03-06", "Paper says sorry", "The Harbour Gazette apologised for its report on a riot at the Elmford market, its editor said on Tuesday.\n\nThe editor met the traders."),
      "herald.txt": en("Dune Herald", "2026-03-06", "An apology", "The Harbour Gazette apologised for its false report on a riot at the Elmford market.\n\nThe market was calm all weekend."),
    };
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs);
    const apology = claims.find((c) => c.label.startsWith("The Harbour Gazette apologised"));
    expect(apology?.denial).toBe(true);
    expect([...(apology?.presentedAsTrue ?? [])].sort()).toEqual(["coast", "herald", "ledger"]);
  });
});

describe("a newsroom's apology to its own audience", () => {
  // fr and en read it (StanceWords.withdrawal); the examples above are tested with the rest.
  it("fr: marks the apology a denial of what the channel broadcast", async () => {
    const fr = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("fr", outlet, published, title, body);
    const files = {
      "a.txt": fr("Courrier de Tessby", "2026-03-05", "Valombre Info s'excuse", "Valombre Info s'est excusée auprès de ses téléspectateurs pour son bulletin météo de dimanche.\n\nLe présentateur a été remplacé."),
      "b.txt": fr("Gazette du Port", "2026-03-06", "Excuses de la chaîne", "Valombre Info s'est excusée auprès de ses téléspectateurs pour son bulletin météo de dimanche, a indiqué la chaîne jeudi."),
    };
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs);
    expect(claims.find((c) => c.label.startsWith("Valombre Info s'est excusée"))?.denial).toBe(true);
  });
  it.each([
    ["fr", "Valombre Info ne s'excuse pas auprès de ses téléspectateurs."],
    ["fr", "Le maire s'excuse auprès des habitants pour les travaux."],
    ["en", "Valombre TV did not apologise to its viewers."],
    ["en", "The mayor apologised to the residents for the roadworks."],
  ])("control %s: %s", (language, sentence) => {
    expect(isWithdrawalClaim(sentence, language)).toBe(false);
  });
});
