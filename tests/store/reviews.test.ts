/** The store's review layer: a store made before reviews existed gains the table and keeps its cases; reviews are kept, imported once, and go with their case. */
import Database from "better-sqlite3";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/store/schema.ts";
import { DB_FILE, openStore } from "../../src/store/store.ts";
import type { ReviewInput } from "../../src/review/types.ts";
import { tempStore } from "./helpers.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const REVIEW: ReviewInput = {
  action: "reject",
  anchor: { kind: "cites", from: "a", to: "outlet:x", evidence: { article: "a", text: "according to X" } },
  reviewer: "Ana",
  reason: "X is a person",
};

describe("the reviews table", () => {
  it("a store at schema version 1 (before reviews) is upgraded and keeps its cases", async () => {
    const { store, dir, cleanup } = await tempStore();
    cleanups.push(cleanup);
    store.close();
    // Rebuild the file as the first release made it: only migration 1.
    const file = path.join(dir, DB_FILE);
    const old = new Database(file);
    old.exec("DROP TABLE IF EXISTS story_edits; DROP TABLE IF EXISTS reviews; DROP INDEX IF EXISTS reviews_case;");
    old.pragma("user_version = 1");
    old.prepare(`INSERT INTO cases (id, title, created) VALUES ('old', 'Old case', '2020-01-01T00:00:00Z')`).run();
    old.close();
    const upgraded = openStore(dir);
    expect(upgraded.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(upgraded.getCase("old")?.title).toBe("Old case");
    expect(upgraded.reviews("old")).toEqual([]);
    upgraded.addReview("old", REVIEW);
    expect(upgraded.reviews("old")).toHaveLength(1);
    upgraded.close();
  });

  it("keeps who, when and why, bumps the case's revision, imports a review id once, and deletes reviews with their case", async () => {
    const { store, cleanup } = await tempStore();
    cleanups.push(cleanup);
    const id = store.createCase({ title: "c" });
    const before = store.revision(id)!;
    const kept = store.addReview(id, REVIEW);
    expect(store.revision(id)).toBe(before + 1);
    expect(store.reviews(id)).toEqual([{ id: kept.id, case: id, action: "reject", anchor: REVIEW.anchor, reason: "X is a person", reviewer: "Ana", at: kept.at }]);
    expect(() => store.addReview(id, { ...REVIEW, id: kept.id })).toThrow(/already kept/);
    const imported = store.importReviews(id, [{ ...REVIEW, id: kept.id }, { ...REVIEW, id: "other", at: "2020-01-01T00:00:00.000Z" }]);
    expect(imported.skipped).toEqual([kept.id]);
    expect(store.reviews(id).map((r) => r.id)).toEqual(["other", kept.id]);
    store.deleteCase(id);
    expect(store.db.prepare("SELECT count(*) AS n FROM reviews").get()).toEqual({ n: 0 });
  });
});
