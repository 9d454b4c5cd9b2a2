import { open } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCase } from "../../src/ingest/loadCase.ts";
import { makeCase, PLAIN_BODY, REFERENCE_CASE } from "../helpers.ts";

const fm = (fields: string) => `---\n${fields}\n---\n${PLAIN_BODY}`;

describe("loadCase on the reference case", () => {
  it("reads the five articles with outlets and reduced-precision dates", async () => {
    const c = await loadCase(REFERENCE_CASE);
    expect(c.problems).toEqual([]);
    expect(c.articles.map((a) => a.meta.id).sort()).toEqual([
      "asiatimes-2019-03-28",
      "memo-2017-03",
      "southfront-2019-03-29",
      "southfront-2019-04-28",
      "theaustralian-2019-03",
    ]);
    const memo = c.articles.find((a) => a.meta.id === "memo-2017-03");
    expect(memo?.meta.outlet).toBe("Middle East Monitor");
    expect(memo?.meta.published).toEqual({ iso: "2017-03", precision: "month", estimated: true });
    const sf = c.articles.find((a) => a.meta.id === "southfront-2019-03-29");
    expect(sf?.meta.published?.estimated).toBe(true);
    expect(sf?.text.startsWith("0 $")).toBe(true);
  });
});

describe("bad input: each file gets a clear message, the rest of the case is analysed", () => {
  it.each([
    ["binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]), "error", /binary/],
    ["empty.txt", "", "error", /empty/],
    ["blank.md", "---\noutlet: X\n---\n\n   \n", "error", /no readable text/],
    ["broken-fm.txt", `---\noutlet: [unclosed\ntitle: x\n---\n${PLAIN_BODY}`, "warning", /front matter/],
    ["unclosed-fm.txt", `---\noutlet: X\n${PLAIN_BODY}`, "warning", /never closes/],
    ["impossible-date.txt", fm("published: 2019-02-30"), "warning", /day 30/],
    ["not-iso-date.txt", fm("published: next Tuesday-ish"), "warning", /not an ISO 8601 date/],
    ["written-date.txt", fm("published: March 28, 2019"), "warning", /not ISO 8601; it was read as 2019-03-28/],
    ["latin1.txt", new Uint8Array([...Buffer.from("Le ministre a d"), 0xe9, ...Buffer.from("clar"), 0xe9, ...Buffer.from(" mardi que le pont serait ferm"), 0xe9, 0x2e])],
    ["unknown-key.txt", fm("outlet: X\nsection: world"), "warning", /section/],
    ["image.png", "not really a png", "warning", /not an article file/],
  ] as const)("%s", async (name, content, severity = "warning", reason = /UTF-8/) => {
    const root = await makeCase({ [name]: content, "good.txt": fm("outlet: Good Outlet\npublished: 2020-01-02") });
    const c = await loadCase(root);
    const problem = c.problems.find((p) => p.file === name);
    expect(problem, JSON.stringify(c.problems)).toBeDefined();
    expect(problem?.severity).toBe(severity);
    expect(problem?.reason).toMatch(reason);
    expect(c.articles.some((a) => a.meta.id === "good" && a.meta.outlet === "Good Outlet")).toBe(true);
  });

  it("reads a headline with a colon, which is not YAML, line by line, and reports nothing (headlines have colons)", async () => {
    const root = await makeCase({ "colon.md": `---\noutlet: Harbour Ledger\npublished: 2024-03-04\ntitle: Minister: "the subsidy has done its job"\nlanguage: en\n---\n${PLAIN_BODY}` });
    const c = await loadCase(root);
    const a = c.articles[0];
    expect(a?.meta.outlet).toBe("Harbour Ledger");
    expect(a?.meta.title).toBe('Minister: "the subsidy has done its job"');
    expect(a?.meta.published?.iso).toBe("2024-03-04");
    expect(c.problems.filter((p) => p.file === "colon.md")).toEqual([]);
  });

  it("keeps the accented letters of a Windows-1252 file", async () => {
    const root = await makeCase({ "fr.txt": new Uint8Array([...Buffer.from("Le ministre a d"), 0xe9, ...Buffer.from("clar"), 0xe9, 0x2e]) });
    const c = await loadCase(root);
    expect(c.articles[0]?.text).toBe("Le ministre a déclaré.");
  });

  it("skips a 50 MB file without reading it and still loads the rest", async () => {
    const root = await makeCase({ "good.txt": PLAIN_BODY });
    const handle = await open(path.join(root, "huge.txt"), "w");
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    const c = await loadCase(root);
    expect(c.problems.find((p) => p.file === "huge.txt")?.reason).toMatch(/50\.0 MB.*limit/);
    expect(c.articles.map((a) => a.meta.id)).toEqual(["good"]);
  });

  it("reports a malformed case.json and loads the articles without its overrides", async () => {
    const root = await makeCase({ "case.json": '{ "title": "x", "articles": [ { "file": 3 } ', "a.txt": fm("outlet: From Front Matter") });
    const c = await loadCase(root);
    expect(c.problems.find((p) => p.file === "case.json")?.reason).toMatch(/not valid JSON/);
    expect(c.articles[0]?.meta.outlet).toBe("From Front Matter");
  });

  it("reports a case.json of the wrong shape", async () => {
    const root = await makeCase({ "case.json": JSON.stringify({ articles: [{ outlet: "x" }] }), "a.txt": PLAIN_BODY });
    const c = await loadCase(root);
    expect(c.problems.find((p) => p.file === "case.json")?.reason).toMatch(/article 1 has no 'file'/);
    expect(c.articles).toHaveLength(1);
  });

  it("reads null in case.json as unknown, keeping every other field of the article", async () => {
    const root = await makeCase({
      "case.json": JSON.stringify({ title: "Null story", articles: [{ file: "a.txt", id: "a-nd", outlet: "Harbour Herald", title: null, published: null, url: "https://example.org/a" }] }),
      "a.txt": PLAIN_BODY,
    });
    const c = await loadCase(root);
    expect(c.problems.filter((p) => p.file === "case.json")).toEqual([]);
    expect(c.title).toBe("Null story");
    expect(c.articles[0]?.meta).toMatchObject({ id: "a-nd", outlet: "Harbour Herald", url: "https://example.org/a" });
  });

  it("drops one bad field of one article alone, naming the file, the article and the field", async () => {
    const root = await makeCase({
      "case.json": JSON.stringify({ articles: [{ file: "a.txt", id: "first", outlet: "Harbour Herald", title: 42 }, { file: "b.txt", id: "second", outlet: "Valley Post" }] }),
      "a.txt": PLAIN_BODY,
      "b.txt": PLAIN_BODY + " Another line so the texts differ.",
    });
    const c = await loadCase(root);
    const reasons = c.problems.filter((p) => p.file === "case.json").map((p) => p.reason);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/article 'a\.txt' \(id 'first'\): field 'title' was dropped/);
    const byId = new Map(c.articles.map((a) => [a.meta.id, a.meta]));
    expect(byId.get("first")?.outlet).toBe("Harbour Herald");
    expect(byId.get("second")?.outlet).toBe("Valley Post");
  });

  it("renames the second of two articles with the same id and says so", async () => {
    const root = await makeCase({ "a/story.txt": fm("outlet: One"), "b/story.md": fm("outlet: Two") });
    const c = await loadCase(root);
    expect(c.articles.map((a) => a.meta.id)).toEqual(["story", "story-2"]);
    expect(c.problems.find((p) => p.file === "b/story.md")?.reason).toMatch(/already used.*story-2/);
  });

  it("refuses a path that is not a folder with an InputError naming it", async () => {
    await expect(loadCase("/definitely/not/here")).rejects.toThrow(/ingest: case folder '\/definitely\/not\/here' does not exist/);
  });

  it("does not follow symbolic links out of the case", async () => {
    const root = await makeCase({ "a.txt": PLAIN_BODY });
    const { symlink } = await import("node:fs/promises");
    await symlink("/etc/hostname", path.join(root, "escape.txt"));
    const c = await loadCase(root);
    expect(c.articles.map((a) => a.meta.id)).toEqual(["a"]);
    expect(c.problems.find((p) => p.file === "escape.txt")?.reason).toMatch(/symbolic link/);
  });
});

describe("case.json overrides and metadata precedence", () => {
  it("lets case.json override front matter and marks the outlet as given", async () => {
    const root = await makeCase({
      "case.json": JSON.stringify({ title: "Bridge story", articles: [{ file: "sub/a.txt", outlet: "Reuters", published: "2020-05" }] }),
      "sub/a.txt": fm("outlet: Someone Else\npublished: 2020-05-04"),
    });
    const c = await loadCase(root);
    expect(c.title).toBe("Bridge story");
    expect(c.articles[0]?.meta).toMatchObject({ outlet: "Reuters", outletOrigin: "case.json", published: { iso: "2020-05", precision: "month" } });
  });

  it.each([
    ["March 28, 2019", { iso: "2019-03-28", precision: "day" }],
    ["28/03/2019", { iso: "2019-03-28", precision: "day" }],
    ["Mar 2019", { iso: "2019-03", precision: "month" }],
  ])("reads a date written as '%s' at its precision", async (written, want) => {
    const root = await makeCase({ "a.txt": fm(`published: ${written}`) });
    expect((await loadCase(root)).articles[0]?.meta.published).toEqual({ ...want, estimated: false });
  });

  it("infers the outlet from the URL's domain through the registry and marks it as inferred", async () => {
    const root = await makeCase({ "a.txt": fm("url: https://www.reuters.com/world/bridge-2020") });
    const c = await loadCase(root);
    expect(c.articles[0]?.meta).toMatchObject({ outlet: "Reuters", outletOrigin: "registry" });
  });

  it("infers the outlet from an interviewer's house phrasing ('he told Asia Times') when nothing else names it", async () => {
    const root = await makeCase({
      "raw.txt": "“We are not leaving,” he told Asia Times.\n\nThe minister tells Asia Times that talks will resume.\n\nOne woman told AFP she was afraid.",
    });
    const c = await loadCase(root);
    expect(c.articles[0]?.meta).toMatchObject({ outlet: "Asia Times", outletOrigin: "credit_line" });
  });

  it("takes a pasted page's own address from its 'Original URL:' line, and the outlet from that address", async () => {
    const root = await makeCase({ "raw.txt": `${PLAIN_BODY}\nOriginal URL: https://www.theaustralian.com.au/world/bridge/news-story/123\n` });
    const c = await loadCase(root);
    expect(c.articles[0]?.meta).toMatchObject({ url: "https://www.theaustralian.com.au/world/bridge/news-story/123", outlet: "The Australian", outletOrigin: "registry" });
  });

  it("does not take a single 'told X' as the article's own outlet", async () => {
    const root = await makeCase({ "raw.txt": "One woman told AFP she was afraid.\n\nOfficials said the camp would close." });
    const c = await loadCase(root);
    expect(c.articles[0]?.meta.outlet).toBeUndefined();
  });

  it("keeps an unknown domain as the outlet name rather than inventing one", async () => {
    const root = await makeCase({ "a.txt": fm("url: https://news.example-gazette.org/2020/bridge") });
    const c = await loadCase(root);
    expect(c.articles[0]?.meta).toMatchObject({ outlet: "news.example-gazette.org", outletOrigin: "url_domain" });
  });
});
