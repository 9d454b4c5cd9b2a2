import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "../../src/core/errors.ts";
import { prepareArticle } from "../../src/store/prepare.ts";
import { MIGRATIONS } from "../../src/store/schema.ts";
import { openStore, type Store } from "../../src/store/store.ts";
import { textHash, urlKey } from "../../src/store/hash.ts";
import { articleBytes, tempStore, testRegistry } from "./helpers.ts";

// Article texts below are written for these tests.
const BODY_A = "The minister said on Tuesday that the bridge would reopen in May, “after the inspection is complete.”";
const BODY_B = "Farmers in the valley reported the first frost of the season, two weeks earlier than last year.";

let store: Store;
let cleanup: () => Promise<void>;
let dir: string;
beforeEach(async () => ({ store, cleanup, dir } = await tempStore()));
afterEach(async () => cleanup());

async function add(caseId: string, body: string, given: Record<string, string> = {}, file?: string) {
  const { article } = prepareArticle({ format: "text", bytes: Buffer.from(body), given, ...(file ? { file } : {}) }, await testRegistry());
  return store.addArticle(caseId, article);
}

describe("the database file", () => {
  it("is in WAL mode with every migration applied, and reopens without re-running them", () => {
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    const id = store.createCase({ title: "Kept" });
    store.close();
    const again = openStore(dir);
    expect(again.getCase(id)?.title).toBe("Kept");
    again.close();
  });

  it("refuses a database made by a newer claimtrail", () => {
    store.db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    store.close();
    expect(() => openStore(dir)).toThrow(/newer than this claimtrail/);
  });
});

describe("cases", () => {
  it("derive their id from the title, stay unique, can be renamed and deleted with their articles", async () => {
    const a = store.createCase({ title: "Bridge reopening" });
    const b = store.createCase({ title: "Bridge reopening" });
    expect([a, b]).toEqual(["bridge-reopening", "bridge-reopening-2"]);
    await add(a, BODY_A);
    store.renameCase(a, "Bridge: when will it reopen?");
    expect(store.getCase(a)).toMatchObject({ title: "Bridge: when will it reopen?", articles: 1 });
    store.deleteCase(a);
    expect(store.getCase(a)).toBeUndefined();
    expect(store.db.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 0 });
    expect(() => store.renameCase(a, "x")).toThrow(NotFoundError);
  });

  it("bump their revision on every write to them, not on writes to other cases", async () => {
    const a = store.createCase({ title: "A" });
    const b = store.createCase({ title: "B" });
    const before = store.revision(a)!;
    await add(b, BODY_B);
    expect(store.revision(a)).toBe(before);
    const id = await add(a, BODY_A);
    store.correctArticle(a, id, { outlet: "Valley Herald" });
    store.deleteArticle(a, id);
    expect(store.revision(a)).toBe(before + 3);
  });
});

describe("duplicates are refused with the stored article's id", () => {
  it.each([
    ["the same text with other quotes, case and spacing", BODY_A, {}, BODY_A.replace(/[“”]/g, '"').toUpperCase().replace(/ /g, "  "), {}],
    ["the same address (www, fragment and tracking parameters aside)", BODY_A, { url: "https://news.example/a/1?utm_source=x" }, BODY_B, { url: "http://www.news.example/a/1/#top" }],
  ])("%s", async (_name, first, firstGiven, second, secondGiven) => {
    const c = store.createCase({ title: "Dups" });
    const id = await add(c, first, firstGiven);
    const attempt = add(c, second, secondGiven);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ context: { existing: id } });
    expect(store.getCase(c)?.articles).toBe(1);
  });

  it("but the same article may be in two cases", async () => {
    const a = store.createCase({ title: "A" });
    const b = store.createCase({ title: "B" });
    await add(a, BODY_A);
    await expect(add(b, BODY_A)).resolves.toBeTypeOf("string");
  });
});

describe("articles", () => {
  it("keep the exact bytes, and keep corrections apart from extracted and given values", async () => {
    const c = store.createCase({ title: "Layers" });
    const bytes = articleBytes({ outlet: "Valley Herald", published: "2021-10-02" }, BODY_B);
    const { article } = prepareArticle({ format: "text", bytes, given: { title: "Early frost" } }, await testRegistry());
    const id = store.addArticle(c, article);
    store.correctArticle(c, id, { outlet: "Valley Herald Online", published: "2021-10-03" });
    store.correctArticle(c, id, { published: null });
    const rec = store.article(c, id)!;
    expect(Buffer.compare(rec.original, bytes)).toBe(0);
    expect(rec.extracted).toMatchObject({ outlet: "Valley Herald", published: { iso: "2021-10-02" } });
    expect(rec.given).toEqual({ title: "Early frost" });
    expect(rec.corrections).toEqual({ outlet: "Valley Herald Online" });
  });

  it("get unique ids and file names when the same name comes twice", async () => {
    const c = store.createCase({ title: "Names" });
    const first = await add(c, BODY_A, {}, "articles/report.txt");
    const second = await add(c, BODY_B, {}, "articles/report.txt");
    expect([first, second]).toEqual(["report", "report-2"]);
    expect(store.article(c, second)?.file).toBe("articles/report-2.txt");
  });
});

describe("hashes", () => {
  it.each([
    ["https://Example.com/a/?utm_medium=x&b=2&a=1#frag", "example.com/a?a=1&b=2"],
    ["http://www.example.com/", "example.com"],
    ["ftp://example.com/file", undefined],
    ["not a url", undefined],
  ])("urlKey(%s) = %s", (url, key) => expect(urlKey(url)).toBe(key));

  it("textHash ignores typography and white space but not words", () => {
    expect(textHash("He said “no”.\n\nThen left.")).toBe(textHash('he said "no". then left.'));
    expect(textHash("He said no.")).not.toBe(textHash("He said yes."));
  });
});
