import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCase } from "../../src/ingest/loadCase.ts";
import type { LoadedCase } from "../../src/ingest/types.ts";
import { exportCaseFolder, importCaseFolder, isSafeRelativePath } from "../../src/store/folder.ts";
import { prepareArticle } from "../../src/store/prepare.ts";
import type { Store } from "../../src/store/store.ts";
import { articleBytes, REFERENCE_CASE, tempStore, testRegistry } from "./helpers.ts";

let store: Store;
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ store, dir, cleanup } = await tempStore()));
afterEach(async () => cleanup());

/** Everything of a LoadedCase except where it lives on disk and the folder's name. */
function comparable(c: LoadedCase) {
  const { root: _r, id: _i, ...rest } = c;
  return rest;
}

/** A small case written for this test: case.json overrides, outlets.json, a nested HTML page, two files that claim the same id. */
async function writeFixtureCase(root: string): Promise<void> {
  await mkdir(path.join(root, "pages"), { recursive: true });
  await writeFile(path.join(root, "one.txt"), articleBytes({ id: "same", outlet: "Valley Herald" }, "The dam will be inspected next week, officials said."));
  await writeFile(path.join(root, "two.md"), articleBytes({ id: "same" }, "# Dam\n\nInspectors from the regional office will visit the dam, **the Herald** reported."));
  await writeFile(
    path.join(root, "pages", "three.html"),
    `<html><head><title>Dam inspection delayed</title><meta property="og:site_name" content="River Post"><link rel="canonical" href="https://riverpost.example/dam"></head><body><article><p>The inspection of the dam has been delayed by a month, according to a statement from the regional office on Friday. Local residents had asked for an earlier date.</p><p>The office said staff shortages were to blame.</p></article></body></html>`,
  );
  await writeFile(
    path.join(root, "case.json"),
    JSON.stringify({ title: "Dam inspection", description: "Written for the round-trip test.", articles: [{ file: "one.txt", published: "2022-05", published_estimated: true }, { file: "pages/three.html", outlet: "River Post Online" }] }),
  );
  await writeFile(path.join(root, "outlets.json"), JSON.stringify({ outlets: [{ name: "Valley Herald", domains: ["valleyherald.example"], kind: "newspaper" }] }));
}

describe("folder → store → folder", () => {
  it.each([
    ["the reference case", async () => REFERENCE_CASE],
    [
      "a case with case.json, outlets.json, sub-folders and a repeated id",
      async () => {
        const root = path.join(dir, "fixture-case");
        await writeFixtureCase(root);
        return root;
      },
    ],
  ])("reproduces the same LoadedCase for %s", async (_name, makeFolder) => {
    const registry = await testRegistry();
    const folder = await makeFolder();
    const before = await loadCase(folder, registry);
    const imported = await importCaseFolder(store, folder, registry);
    expect(imported.articles).toBe(before.articles.length);
    const out = path.join(dir, "exported");
    await exportCaseFolder(store, imported.id, out, registry);
    const after = await loadCase(out, registry);
    expect(comparable(after)).toEqual(comparable(before));
    // And the snapshots are the very bytes of the original files.
    for (const a of before.articles) {
      expect(Buffer.compare(await readFile(path.join(out, a.meta.file)), await readFile(path.join(folder, a.meta.file)))).toBe(0);
    }
  });

  it("keeps a URL import's evidence and a user's corrections through export and re-import", async () => {
    const registry = await testRegistry();
    const c = store.createCase({ title: "Evidence" });
    const html = "<html><head><title>Frost</title></head><body><article><p>Farmers in the valley reported the first frost of the season, two weeks early.</p></article></body></html>";
    const { article } = prepareArticle({ format: "html", bytes: Buffer.from(html), fetch: { sourceUrl: "https://a.example/x", finalUrl: "https://a.example/y", fetchedAt: "2024-01-02T03:04:05.000Z" } }, registry);
    const id = store.addArticle(c, article);
    store.correctArticle(c, id, { outlet: "Valley Herald" });
    const out = path.join(dir, "evidence");
    await exportCaseFolder(store, c, out, registry);
    const again = await importCaseFolder(store, out, registry, { as: "evidence-again" });
    const rec = store.article(again.id, id)!;
    expect(rec.fetch).toEqual({ sourceUrl: "https://a.example/x", finalUrl: "https://a.example/y", fetchedAt: "2024-01-02T03:04:05.000Z" });
    // What was a correction comes back as a given value: case.json does not tell them apart.
    expect({ ...rec.given, ...rec.corrections }).toMatchObject({ outlet: "Valley Herald" });
  });

  it("refuses to import a case id twice and to export into a non-empty folder", async () => {
    const registry = await testRegistry();
    await importCaseFolder(store, REFERENCE_CASE, registry);
    await expect(importCaseFolder(store, REFERENCE_CASE, registry)).rejects.toThrow(/already exists/);
    const out = path.join(dir, "busy");
    await mkdir(out);
    await writeFile(path.join(out, "keep.txt"), "mine");
    await expect(exportCaseFolder(store, "baghdadi-2019", out, registry)).rejects.toThrow(/not empty/);
  });

  it("skips a second copy of the same text inside one folder, and says so", async () => {
    const registry = await testRegistry();
    const root = await mkdtemp(path.join(os.tmpdir(), "claimtrail-dup-"));
    try {
      await writeFile(path.join(root, "a.txt"), "The same report, filed twice by mistake, about the harbour closing.");
      await writeFile(path.join(root, "b.txt"), "The same report, filed twice by mistake, about the harbour closing.\n");
      const result = await importCaseFolder(store, root, registry);
      expect(result.articles).toBe(1);
      expect(result.skipped).toEqual([{ file: "b.txt", duplicateOf: "a" }]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe("isSafeRelativePath", () => {
  it.each([
    ["articles/a.txt", true],
    ["a.txt", true],
    ["../a.txt", false],
    ["articles/../../a.txt", false],
    ["/etc/passwd", false],
    ["a\\..\\b.txt", false],
    ["c:/x.txt", false],
    ["articles/.hidden", false],
    ["", false],
  ])("%s → %s", (p, ok) => expect(isSafeRelativePath(p)).toBe(ok));
});
