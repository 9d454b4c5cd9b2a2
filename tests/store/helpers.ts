/** Shared fixtures for store tests: a temporary data directory and the bundled registry. */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { OutletRegistry } from "../../src/core/outlets.ts";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { openStore, type Store } from "../../src/store/store.ts";

export const REFERENCE_CASE = path.resolve(import.meta.dirname, "../../data/cases/baghdadi-2019");

let registry: OutletRegistry | undefined;
export async function testRegistry(): Promise<OutletRegistry> {
  registry ??= await loadDefaultRegistry();
  return registry;
}

/** A fresh store in its own temporary folder; `cleanup` closes and removes it. */
export async function tempStore(): Promise<{ store: Store; dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "claimtrail-store-"));
  const store = openStore(dir);
  return {
    store,
    dir,
    cleanup: async () => {
      if (store.db.open) store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Bytes of a small article with front matter (written for these tests). */
export function articleBytes(fields: Record<string, string>, body: string): Buffer {
  const fm = Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join("\n");
  return Buffer.from(`${fm ? `---\n${fm}\n---\n` : ""}${body}\n`, "utf8");
}
