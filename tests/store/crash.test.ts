import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sha256 } from "../../src/store/hash.ts";
import { openStore } from "../../src/store/store.ts";
import { tempStore } from "./helpers.ts";

const IMPORTER = path.resolve(import.meta.dirname, "fixtures/importer.ts");
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});

/** Starts the importer and SIGKILLs it once it prints `signal` (plus `delayMs`); resolves with the signal that ended it. */
function runAndKill(dataDir: string, mode: string, signal: string, delayMs = 0): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ["--import", "tsx", IMPORTER, dataDir, mode], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      if (d.toString().includes("finished")) reject(new Error("the importer finished before it was killed"));
      if (d.toString().includes(signal)) setTimeout(() => child.kill("SIGKILL"), delayMs);
    });
    child.on("exit", (code, sig) => (sig ? resolve(sig) : reject(new Error(`importer exited with ${code}: ${stderr}`))));
  });
}

describe("a process killed in the middle of an import", () => {
  it("leaves no half-written case: the committed case is whole, the interrupted one absent", async () => {
    const { dir, store, cleanup } = await tempStore();
    cleanups.push(cleanup);
    store.close();
    expect(await runAndKill(dir, "case", "midway")).toBe("SIGKILL");
    const after = openStore(dir);
    try {
      expect(after.check()).toEqual({ ok: true, messages: [] });
      expect(after.getCase("before")?.articles).toBe(20);
      expect(after.getCase("big")).toBeUndefined();
      expect(after.db.prepare("SELECT count(*) AS n FROM articles WHERE case_id = 'big'").get()).toEqual({ n: 0 });
      expect(after.db.prepare("SELECT count(*) AS n FROM article_urls WHERE case_id NOT IN (SELECT id FROM cases)").get()).toEqual({ n: 0 });
    } finally {
      after.close();
    }
  });

  it("keeps every article it reported as stored, each whole, while adding them one by one", async () => {
    const { dir, store, cleanup } = await tempStore();
    cleanups.push(cleanup);
    store.close();
    expect(await runAndKill(dir, "articles", "stored", 500)).toBe("SIGKILL");
    const after = openStore(dir);
    try {
      expect(after.check().ok).toBe(true);
      const articles = after.articles("stream");
      expect(articles.length).toBeGreaterThan(0);
      // The positions are 0..n-1 with no gap: no insert was lost between two that survived.
      expect(articles.map((a) => a.position)).toEqual(articles.map((_, i) => i));
      for (const a of articles) expect(sha256(a.original)).toBe(a.originalSha256);
      // The revision counts each committed insert: no article without its revision bump, or the reverse.
      expect(after.revision("stream")).toBe(articles.length);
      // The store still takes writes.
      expect(() => after.createCase({ title: "After the crash" })).not.toThrow();
    } finally {
      after.close();
    }
  });
});
