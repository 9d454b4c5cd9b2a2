/** Test helpers: temporary case folders written from a table of files, removed after the test run. */
import { execFile } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll } from "vitest";
import { NODE_FLAGS } from "../bin/nodeFlags.js";
import type { AssertsEdgeAttrs, ProvenanceGraph } from "../src/graph/types.ts";

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

/** A case article as a text file with front matter: its language, outlet, publication date and title, then its body. */
export function frontMatterArticle(language: string, outlet: string, published: string, title: string, body: string): string {
  return `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\ntitle: ${title}\n---\n${body}\n`;
}

/** A plain article body of a few sentences, for cases whose content does not matter to the test. */
export const PLAIN_BODY =
  "The city council voted on Tuesday to close the old bridge for repairs, officials said.\n\n" +
  "Engineers found cracks in two of the supports during an inspection last month, according to the council's report.\n";

const run = promisify(execFile);
/** The `claimtrail` binary as a user runs it. */
export const BIN = path.join(REPO, "bin/claimtrail.js");

/** Runs the real CLI in a child process; never throws, returns the exit code and both streams. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("node", [...NODE_FLAGS, BIN, ...args], { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** The asserts edges from an article to a claim in a case's graph: how that article tells the claim (its stance and rule). */
export function assertsEdges(graph: ProvenanceGraph, article: string, claim: string): AssertsEdgeAttrs[] {
  return graph
    .edges(article, claim)
    .map((e) => graph.getEdgeAttributes(e))
    .filter((a): a is AssertsEdgeAttrs => a.kind === "asserts");
}
