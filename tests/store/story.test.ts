/** The store's story layer: a store made before teachers' stories existed gains the table and keeps its reviews; a story is replaced whole, leaves the case's revision alone, and goes with its case. */
import Database from "better-sqlite3";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { emptyEdits } from "../../src/client/captions.ts";
import { MIGRATIONS } from "../../src/store/schema.ts";
import { DB_FILE, openStore } from "../../src/store/store.ts";
import { tempStore } from "./helpers.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe("the story_edits table", () => {
  it("a store at schema version 2 (reviews, no stories) is upgraded and keeps its reviews", async () => {
    const { store, dir, cleanup } = await tempStore();
    cleanups.push(cleanup);
    const id = store.createCase({ title: "Harbour strike" });
    store.addReview(id, { action: "confirm", anchor: { kind: "cites", from: "a", to: "outlet:x", evidence: { article: "a", text: "as X said" } }, reviewer: "Ana" });
    store.close();
    const old = new Database(path.join(dir, DB_FILE));
    old.exec("DROP TABLE story_edits;");
    old.pragma("user_version = 2");
    old.close();
    const upgraded = openStore(dir);
    expect(upgraded.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(upgraded.reviews(id)).toHaveLength(1);
    expect(upgraded.storyEdits(id)).toBeUndefined();
    upgraded.close();
  });

  it("replaces a case's story whole, keeps the case's revision, and deletes it with its case", async () => {
    const { store, cleanup } = await tempStore();
    cleanups.push(cleanup);
    const id = store.createCase({ title: "Harbour strike" });
    const revision = store.revision(id);
    store.saveStoryEdits(id, { ...emptyEdits(), captions: { origin: "First words." } });
    store.saveStoryEdits(id, { ...emptyEdits(), hidden: ["summary"] });
    expect(store.storyEdits(id)).toEqual({ ...emptyEdits(), hidden: ["summary"] });
    expect(store.revision(id)).toBe(revision);
    expect(() => store.saveStoryEdits("no-such-case", emptyEdits())).toThrow(/no-such-case/);
    store.deleteCase(id);
    expect(store.db.prepare("SELECT count(*) AS n FROM story_edits").get()).toEqual({ n: 0 });
  });
});
