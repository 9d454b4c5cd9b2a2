// Rewordings and translations of one statement across languages are grouped on what a translation keeps, and nothing
// more: a figure written with a scale word ("30 bin", "4 mil", "40 लाख") is the figure in digits; an article that
// credits another tells, in the one sentence giving a figure, what the credited one's one sentence giving it says; a
// name in a script without capitals (Hindi, Bengali) meets its romanisation by its consonants; a group told in two
// languages meets a third language's group through either telling. Controls: a figure given by two sentences of the
// credited article (a mayor's two statements of one figure) links neither; a name alone, or a sound too short to be a
// name, links nothing. All texts invented.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { termsOf } from "../../src/analyse/terms.ts";
import { frontMatterArticle as article, makeCase } from "../helpers.ts";

/** The articles of each claim, sorted, for comparing groupings. */
async function claimArticles(files: Record<string, string>): Promise<string[][]> {
  const { claims } = await analyseCaseFolder(await makeCase(files));
  return claims.map((c) => [...c.articles].sort());
}

/** Whether some claim holds all the given articles. */
const together = (claims: string[][], ...articles: string[]) => claims.some((c) => articles.every((a) => c.includes(a)));

describe("a figure written with a scale word", () => {
  it("is the figure in digits, in the scale words of its own language", () => {
    expect(termsOf("Gölyaka'da 30 bin kişilik stadyum yapılacak.", "tr").anchors).toContain("#30000");
    expect(termsOf("In Gölyaka soll ein Stadion für 30.000 Zuschauer entstehen.", "de").anchors).toContain("#30000");
    expect(termsOf("A stadium for 30,000 fans is planned.", "en").anchors).toContain("#30000");
    expect(termsOf("La ciudad tendrá 4 mil viviendas nuevas.", "es").anchors).toContain("#4000");
    expect(termsOf("Das Projekt kostet 1,5 Millionen Euro.", "de").anchors).toContain("#1500000");
    expect(termsOf("राज्य में 25 लाख किसान हैं।", "hi").anchors).toContain("#2500000");
    expect(termsOf("রাজ্যে ২৫ লক্ষ কৃষক আছেন।", "bn").anchors).toContain("#2500000");
    expect(termsOf("About 25 lakh farmers live in the state.", "en").anchors).toContain("#2500000");
  });

  it("is a scale word only in its own language", () => {
    // "bin" is a thousand in Turkish, a dustbin in English.
    const english = termsOf("The council bought 40 bin lorries.", "en").anchors;
    expect(english).toContain("#40");
    expect(english).not.toContain("#40000");
  });
});

describe("an article crediting one in another language", () => {
  const source = (extra: string) =>
    article(
      "es",
      "Diario de Valdemora",
      "2026-02-10",
      "Valdemora tendrá nuevas viviendas",
      `El ayuntamiento de Valdemora construirá 4 mil viviendas junto al río Arlés. El proyecto costará 90 millones de euros, según el concejal de urbanismo. ${extra}Las obras empezarán en otoño.`,
    );

  it("tells the credited sentence that gives the same figure, and each figure its own sentence", async () => {
    const claims = await claimArticles({
      "a.txt": source(""),
      "b.txt": article(
        "de",
        "Nordkurier Lindau",
        "2026-02-11",
        "Wohnungsbau in Spanien",
        "Im spanischen Valdemora sollen 4.000 neue Wohnungen am Fluss entstehen. Das berichtete die Zeitung Diario de Valdemora. Die Kosten lägen bei 90 Millionen Euro. Anwohner sind skeptisch.",
      ),
    });
    expect(together(claims, "a", "b")).toBe(true);
    // The two figures are two statements: no claim is told by both the homes and the cost sentence of one article.
    const { claims: full } = await analyseCaseFolder(
      await makeCase({
        "a.txt": source(""),
        "b.txt": article(
          "de",
          "Nordkurier Lindau",
          "2026-02-11",
          "Wohnungsbau in Spanien",
          "Im spanischen Valdemora sollen 4.000 neue Wohnungen am Fluss entstehen. Das berichtete die Zeitung Diario de Valdemora. Die Kosten lägen bei 90 Millionen Euro. Anwohner sind skeptisch.",
        ),
      }),
    );
    for (const c of full) {
      const texts = c.statements.map((s) => s.text);
      expect(texts.some((t) => /4 mil|4\.000/u.test(t)) && texts.some((t) => /90 mil|90 Mil/u.test(t))).toBe(false);
    }
  });

  it("links nothing through a figure two sentences of the credited article give", async () => {
    // The mayor's two statements of one figure: the retelling's figure tells neither apart.
    const claims = await claimArticles({
      "a.txt": article(
        "es",
        "Diario de Valdemora",
        "2026-02-10",
        "El alcalde habla de empleo",
        "El alcalde Tomás Ruano anunció 300 despidos en la fábrica de conservas. Más tarde dijo que el puerto acogerá 300 barcos de recreo este verano. Los sindicatos convocaron una protesta.",
      ),
      "b.txt": article(
        "de",
        "Nordkurier Lindau",
        "2026-02-11",
        "Entlassungen in Spanien",
        "In einer Konservenfabrik sollen 300 Stellen wegfallen. Das berichtete die Zeitung Diario de Valdemora. Die Gewerkschaften rufen zum Protest auf.",
      ),
    });
    expect(together(claims, "a", "b")).toBe(false);
  });
});

describe("a name in a script without capitals", () => {
  const english = article(
    "en",
    "Eastern Courier",
    "2026-03-02",
    "New hospital opened",
    "On Friday, health minister Harishankar Tiwari opened a new district hospital in Sultanganj. The hospital has 200 beds. Local doctors welcomed the move.",
  );

  it("meets its romanisation: a Hindi and an English telling of one statement are one claim", async () => {
    const claims = await claimArticles({
      "a.txt": article("hi", "प्रभात संवाद", "2026-03-01", "नया अस्पताल", "स्वास्थ्य मंत्री हरिशंकर तिवारी ने शुक्रवार को सुल्तानगंज में एक नए जिला अस्पताल का उद्घाटन किया। स्थानीय लोगों ने खुशी जताई।"),
      "b.txt": english,
    });
    expect(together(claims, "a", "b")).toBe(true);
  });

  it("links nothing on one shared name", async () => {
    // The minister's other statement, on another day and place: only his name is shared.
    const claims = await claimArticles({
      "a.txt": article("hi", "प्रभात संवाद", "2026-03-01", "मंत्री का बयान", "स्वास्थ्य मंत्री हरिशंकर तिवारी ने कहा कि अगले साल डॉक्टरों की भर्ती होगी। विपक्ष ने बयान की आलोचना की।"),
      "b.txt": english,
    });
    expect(together(claims, "a", "b")).toBe(false);
  });
});

describe("a claim told in two languages", () => {
  it("meets a third language's telling through the names one of its languages keeps", async () => {
    const claims = await claimArticles({
      "tr1.txt": article("tr", "Ege Postası", "2026-04-01", "Gölyaka'ya dev stadyum", "Liman kenti Gölyaka'da yeni bir stadyum yapılacağı ortaya çıktı. Belediye başkanı Ayten Korkmaz, stadyumun 30 bin seyirci alacağını söyledi. İnşaatın mart ayında başlaması bekleniyor."),
      "tr2.txt": article("tr", "Haber Kıyısı", "2026-04-02", "Gölyaka'ya 30 bin kişilik stadyum", "Liman kenti Gölyaka'da yeni bir stadyum yapılacağı ortaya çıktı. Belediye başkanı Ayten Korkmaz, stadyumun 30 bin seyirci alacağını söyledi. Gelişmeleri takip edeceğiz."),
      "de1.txt": article("de", "Havelblatt", "2026-04-03", "Riesenstadion am Meer geplant", "In der türkischen Hafenstadt Gölyaka soll ein neues Stadion für 30.000 Zuschauer entstehen. Das berichtete die türkische Zeitung Ege Postası. Kritiker halten das Projekt für zu teuer."),
      "de2.txt": article("de", "Spreebote", "2026-04-05", "Bericht: 300.000 Zuschauer", "In der Türkei soll ein Stadion für 300.000 Zuschauer gebaut werden. Das meldet das Havelblatt. Die türkischen Behörden schweigen."),
      "en1.txt": article("en", "Coastline Wire", "2026-04-04", "Turkey to build giant stadium", "Officials in the Turkish port city of Gölyaka, on the Aegean Sea, will build a huge stadium for 30,000 fans, Coastline Wire has learned. Critics say the money is needed elsewhere."),
      "en2.txt": article("en", "Stadium Watch", "2026-04-06", "Stadium plans questioned", "Reports say a stadium for 30,000 fans is planned in the Turkish port city of Gölyaka. No building permit has been filed yet."),
    });
    expect(together(claims, "tr1", "de1", "en1")).toBe(true);
  });
});

describe("a fact check naming where a claim first appeared", () => {
  it("cites the site: 'first appeared in this form on the … site X'", async () => {
    const root = await makeCase({
      "a.txt": article("en", "Quillfeather Daily", "2026-05-01", "Miracle tea", "A herbal tea from Ostrava cures the common cold in 48 hours, doctors say."),
      "b.txt": article("en", "TruthLens Europe", "2026-05-04", "No, a herbal tea does not cure colds", "Claim: a herbal tea cures colds in 48 hours. Rating: False. The claim first appeared in this form on the English-language site Quillfeather Daily."),
    });
    const { graph } = await analyseCaseFolder(root);
    const cites = graph.filterEdges((_e, attrs, from, to) => attrs.kind === "cites" && from === "b" && to === "a");
    expect(cites).toHaveLength(1);
  });
});
