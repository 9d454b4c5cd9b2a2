import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import { extractHtml } from "../../src/ingest/html.ts";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadCase } from "../../src/ingest/loadCase.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase, REPO } from "../helpers.ts";

// A saved page in the shape news sites use: JSON-LD NewsArticle, Open Graph tags, a figure with a caption, navigation and a comment section.
const PAGE = `<!doctype html><html lang="en"><head>
<title>Bridge closed after cracks found | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="2021-06-14T08:30:00Z">
<link rel="canonical" href="https://valleycourier.example/news/bridge-closed">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge closed after cracks found","datePublished":"2021-06-14T08:30:00Z","publisher":{"@type":"Organization","name":"Valley Courier"},"author":{"@type":"Person","name":"Ana Ruiz"}}</script>
<script>window.tracking = true;</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Bridge closed after cracks found</h1>
<p>The old river bridge was closed on Monday after engineers found deep cracks in two of its supports, the county said in a statement.</p>
<figure><img src="bridge.jpg" alt=""><figcaption>The bridge on Monday morning. Photo: Valley Courier/Tom Berg</figcaption></figure>
<p>"We cannot risk a single car on it until the repairs are done," said Maria Keller, the county engineer, who led the inspection last week.</p>
<p>Drivers will be diverted through the northern ring road for at least three months, according to the county's transport office, which expects heavy traffic.</p>
<p>The bridge, built in 1931, carries about 12,000 vehicles a day and was last repaired in 1998, records show.</p>
</article>
</body></html>`;

describe("saved HTML pages", () => {
  it("extracts the main text and metadata from JSON-LD and meta tags", async () => {
    const root = await makeCase({ "courier.html": PAGE });
    const c = await loadCase(root);
    expect(c.problems).toEqual([]);
    const a = c.articles[0];
    expect(a?.meta).toMatchObject({
      id: "courier",
      format: "html",
      outlet: "Valley Courier",
      outletOrigin: "page_meta",
      title: "Bridge closed after cracks found",
      url: "https://valleycourier.example/news/bridge-closed",
      author: "Ana Ruiz",
      published: { iso: "2021-06-14T08:30:00Z", precision: "time", estimated: false },
    });
    expect(a?.text).toContain("We cannot risk a single car on it");
    expect(a?.text).not.toContain("window.tracking");
    expect(a?.text).not.toMatch(/\bSport\b/);
    // Paragraphs stay paragraphs, so later stages can tell a caption from the reporting.
    expect(a?.text.split("\n\n").length).toBeGreaterThanOrEqual(4);
  });

  it("hands the page's own figure captions to cleaning, which removes them even without a 'Photo:' credit", async () => {
    const page = PAGE.replace("The bridge on Monday morning. Photo: Valley Courier/Tom Berg", "Engineers inspect the north pier of the old river bridge on Monday morning");
    const root = await makeCase({ "courier.html": page });
    const article = (await loadCase(root)).articles[0];
    expect(article?.captions).toEqual(["Engineers inspect the north pier of the old river bridge on Monday morning"]);
    const cleaned = article ? cleanArticle(article) : undefined;
    expect(cleaned?.body).not.toContain("Engineers inspect the north pier");
    expect(cleaned?.removed.find((r) => r.reason === "photo_caption")?.text).toContain("Engineers inspect the north pier");
    expect(cleaned?.body).toContain("We cannot risk a single car on it");
  });

  it("reads a news page end to end: headline without the site name, caption and newsletter box removed, the minister introduced role-first", async () => {
    // tests/fixtures/coastal-times-page.html: an invented page in the shape of a real one (nav, share bar, figure, aside, newsletter box, comments).
    const html = await readFile(path.join(REPO, "tests/fixtures/coastal-times-page.html"), "utf8");
    const root = await makeCase({ "page.html": html });
    const { graph, cleaned } = await analyseCaseFolder(root);
    const article = cleaned[0];
    expect(article?.meta).toMatchObject({ outlet: "Coastal Times", title: "Minister resigns over harbour deal", published: { iso: "2022-11-02T09:12:00+01:00", precision: "time" } });
    expect(article?.body).not.toMatch(/Sign up for our daily newsletter|Karl Olsen leaves the ministry|Good riddance|Share on Facebook|Read more/);
    expect(article?.body).toContain("I have made mistakes");
    expect(graph.getNodeAttributes("source:karl-olsen")).toMatchObject({ label: "Karl Olsen", role: "transport minister" });
    expect(graph.getNodeAttributes("source:per-moen")).toMatchObject({ role: "Opposition leader" });
    expect(graph.edges("page", "outlet:harbour-herald").map((e) => graph.getEdgeAttribute(e, "kind"))).toEqual(["cites"]);
  });

  it("reports a page with no text and analyses the rest", async () => {
    const root = await makeCase({ "empty.html": "<html><head><title>x</title></head><body><script>1</script></body></html>", "b.txt": "Officials said the bridge would reopen in May after the repairs." });
    const c = await loadCase(root);
    expect(c.problems.find((p) => p.file === "empty.html")?.reason).toMatch(/no readable text/);
    expect(c.articles.map((a) => a.meta.id)).toEqual(["b"]);
  });
});

describe("a site's own satire notice", () => {
  const page = (furniture: string) => PAGE.replace('<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>', furniture);

  it.each([
    ['<nav><a href="/">Home</a> | <a href="/about">About: The Salt Pickle is a satirical publication</a></nav>', "About: The Salt Pickle is a satirical publication"],
    ["<footer>© 2026 The Salt Pickle. All stories are satire. Any resemblance is coincidental.</footer>", "All stories are satire."],
  ])("is read from the page's furniture, outside the article text: %s", (furniture, notice) => {
    const r = extractHtml(page(furniture));
    expect(r.satireNotice).toBe(notice);
    expect(r.text).not.toContain("satir");
  });

  it("is not a section link named Satire in a menu", () => {
    expect(extractHtml(page('<nav><a href="/">Home</a> | <a href="/satire">Satire</a> | <a href="/sport">Sport</a></nav>')).satireNotice).toBeUndefined();
  });
});
