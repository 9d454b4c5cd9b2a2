/** Test helpers: temporary case folders written from a table of files, removed after the test run. */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

export const REPO = path.resolve(import.meta.dirname, "..");
export const REFERENCE_CASE = path.join(REPO, "data/cases/baghdadi-2019");

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

/** Writes a case folder from `{ relative path: content }` and returns its path. */
export async function makeCase(files: Record<string, string | Uint8Array>, name = "case"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "claimtrail-test-"));
  made.push(dir);
  const root = path.join(dir, name);
  await mkdir(root, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return root;
}

/** A plain article body of a few sentences, for cases whose content does not matter to the test. */
export const PLAIN_BODY =
  "The city council voted on Tuesday to close the old bridge for repairs, officials said.\n\n" +
  "Engineers found cracks in two of the supports during an inspection last month, according to the council's report.\n";
