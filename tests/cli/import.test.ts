import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importAddresses } from "../../src/cli/importBatch.ts";
import { parseAddressList } from "../../src/ingest/addressList.ts";
import { openStore } from "../../src/store/store.ts";
import { tempStore, testRegistry } from "../store/helpers.ts";
import { cli } from "../helpers.ts";
import { listenOnLoopback, type TestServer } from "../server/helpers.ts";

// A local server standing in for the web, with pages written for these tests; nothing leaves the machine.
const FERRY =
  "<html><head><title>Ferry service halted after engine fire</title></head><body><article><h1>Ferry service halted after engine fire</h1>" +
  "<p>The island ferry was taken out of service on Tuesday after a small engine fire, the harbour authority said.</p>" +
  "<p>“Nobody was hurt and the crew acted quickly,” said Mara Lindqvist, a spokeswoman for the authority, adding that repairs would take a week.</p>" +
  "<p>Passengers were moved to a chartered boat for the afternoon crossings.</p></article></body></html>";
const BRIDGE = "The county council voted on Monday to close the old river bridge to lorries from June, citing a survey that found corroded cables.";
let web: TestServer | undefined;
let base: string;
const hits = new Map<string, number>();

beforeAll(async () => {
  web = await listenOnLoopback((req, res) => {
    const p = new URL(req.url ?? "/", "http://x").pathname;
    hits.set(p, (hits.get(p) ?? 0) + 1);
    if (p === "/ferry") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(FERRY);
    else if (p === "/bridge") res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(BRIDGE);
    else if (p === "/moved") res.writeHead(301, { location: "/ferry" }).end();
    else res.writeHead(404, { "content-type": "text/html" }).end("gone");
  });
  base = web.url;
});
afterAll(() => web?.close());

// Only tests reach their own server: the same fetch options the explorer's URL import tests use.
const local = { allowLoopback: true };

describe("importAddresses: a list of addresses into one case", () => {
  it("keeps the successes, names each failure's reason, applies what the list states, and a second run fetches only what failed", async () => {
    const { store, cleanup } = await tempStore();
    const registry = await testRegistry();
    try {
      const caseId = store.createCase({ id: "ferry-desk", title: "Ferry desk" });
      const list = parseAddressList(`url,outlet\n${base}/ferry,Valley Post\n${base}/bridge,\n${base}/gone,\n${base}/moved,\n`, true);
      const first = await importAddresses(store, caseId, list.addresses, registry, { fetch: local, concurrency: 2 });
      expect(first.map((r) => r.outcome.status)).toEqual(["imported", "imported", "failed", "skipped"]);
      expect(first[2]?.outcome).toMatchObject({ status: "failed", reason: expect.stringMatching(/answered HTTP 404/) });
      // The redirect leads to a page already imported from the list: same address once redirected, stored once.
      expect(first[3]?.outcome).toMatchObject({ status: "skipped", existing: (first[0]?.outcome as { id: string }).id, by: "url" });
      const ferry = store.articles(caseId).find((a) => a.fetch?.sourceUrl === `${base}/ferry`);
      expect(ferry?.given.outlet).toBe("Valley Post");
      expect(store.articles(caseId)).toHaveLength(2);

      const before = new Map(hits);
      const seen: string[] = [];
      const second = await importAddresses(store, caseId, list.addresses, registry, { fetch: local, onItem: (r, done, total) => seen.push(`${done}/${total} ${r.outcome.status}`) });
      expect(second.map((r) => r.outcome.status)).toEqual(["skipped", "skipped", "failed", "skipped"]);
      // Imported addresses are not fetched again; the failure is retried, and so is the redirect that was only a duplicate
      // (its own address was never stored): its fetch ends at /ferry once more and is skipped again.
      expect(hits.get("/bridge")).toBe(before.get("/bridge"));
      expect(hits.get("/gone")).toBe((before.get("/gone") ?? 0) + 1);
      expect(hits.get("/moved")).toBe((before.get("/moved") ?? 0) + 1);
      expect(hits.get("/ferry")).toBe((before.get("/ferry") ?? 0) + 1);
      expect(seen).toHaveLength(4);
      expect(seen.at(-1)).toMatch(/^4\/4 /);
    } finally {
      await cleanup();
    }
  });
});

describe("claimtrail import <case> --urls / FILE…", () => {
  it("never fetches a private address from the command line: each refusal is listed with its reason and the exit code is 3", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "claimtrail-import-"));
    const list = path.join(dir, "list.txt");
    await writeFile(list, `# picks\n${base}/ferry\nferry photos\n`);
    const before = hits.get("/ferry") ?? 0;
    const { code, stdout, stderr } = await cli("import", "ferry-desk", "--urls", list, "--data", path.join(dir, "data"));
    expect(code, stderr).toBe(3);
    expect(hits.get("/ferry") ?? 0).toBe(before);
    expect(stderr).toContain("import: created case 'ferry-desk'");
    // Not a terminal: one plain line per address as it ends, then the failures again at the end.
    expect(stderr).toMatch(new RegExp(`\\[1/1\\] ${base}/ferry: failed: .*loopback address`));
    expect(stderr).toMatch(new RegExp(`failed: ${base}/ferry: .*resolves to 127\\.0\\.0\\.1, a loopback address`));
    expect(stderr).toMatch(/failed: .*list\.txt, line 3: 'ferry photos': not a web address/);
    expect(stdout).toContain("case 'ferry-desk': 0 imported, 0 already there, 2 failed");
  });

  it("adds article files to a case, refuses what is not an article, and a second run skips what is already there", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "claimtrail-import-"));
    const data = path.join(dir, "data");
    const files = [path.join(dir, "ferry.html"), path.join(dir, "bridge.txt"), path.join(dir, "budget.pdf")];
    await writeFile(files[0]!, FERRY);
    await writeFile(files[1]!, `---\noutlet: Quillon Gazette\npublished: early May\n---\n${BRIDGE}\n`);
    await writeFile(files[2]!, "%PDF-1.4");
    const first = await cli("import", "bridge-desk", ...files, "--data", data);
    expect(first.code, first.stderr).toBe(3);
    expect(first.stdout).toContain("case 'bridge-desk': 2 imported, 0 already there, 1 failed");
    expect(first.stderr).toMatch(/failed: .*budget\.pdf: not an article file; expected \.html, \.htm, \.txt or \.md/);
    // What reading an imported article noticed is said, as for a folder: the article is kept without the date.
    expect(first.stderr).toMatch(/warning: .*bridge\.txt: published date 'early May' is not an ISO 8601 date/);
    const second = await cli("import", "bridge-desk", files[0]!, files[1]!, "--data", data);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("case 'bridge-desk': 0 imported, 2 already there, 0 failed");
    const store = openStore(data);
    try {
      expect(store.articles("bridge-desk").map((a) => a.id).sort()).toEqual(["bridge", "ferry"]);
    } finally {
      store.close();
    }
  });

  it("refuses a case id that is a path, before touching the store", async () => {
    const { code, stderr } = await cli("import", "some/folder", "--urls", "list.txt");
    expect(code).toBe(1);
    expect(stderr).toMatch(/'some\/folder' is not a case id/);
  });
});
