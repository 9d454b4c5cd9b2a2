import { describe, expect, it } from "vitest";
import { addAddresses, describeBatch, splitAddresses, type WriteError } from "../../src/client/addressBatch.ts";

const refused = (status: number, message: string): WriteError => Object.assign(new Error(message), { status });

describe("several addresses from the Edit menu", () => {
  it("splits a pasted list on spaces and line breaks, each address once", () => {
    expect(splitAddresses(" https://valleypost.example/a\nhttps://quillon.example/b  https://valleypost.example/a\n\n")).toEqual(["https://valleypost.example/a", "https://quillon.example/b"]);
  });

  it("adds one after the other, keeps going after a failure, counts 409 as already there, and reports progress", async () => {
    const answers: Record<string, WriteError | undefined> = {
      // 403 for one address (the server refuses to fetch it) says nothing of the next: the batch goes on.
      "https://harbourherald.example/b": refused(403, "fetch: 'https://harbourherald.example' resolves to 10.0.0.7, a private address"),
      "https://quillon.example/c": refused(409, "workspace: 'https://quillon.example/c' is already article 'c' of case 'ferry'"),
    };
    const tried: string[] = [];
    const seen: string[] = [];
    const list = ["https://valleypost.example/a", "https://harbourherald.example/b", "https://quillon.example/c", "https://valleypost.example/d"];
    const report = await addAddresses(
      list,
      async (a) => {
        tried.push(a);
        const error = answers[a];
        if (error) throw error;
      },
      (done, total) => seen.push(`${done}/${total}`),
    );
    expect(tried).toEqual(list);
    expect(report).toEqual({ added: 2, already: 1, failed: [{ address: "https://harbourherald.example/b", reason: expect.stringMatching(/private address/) }], notTried: [] });
    expect(seen).toEqual(["0/4", "1/4", "2/4", "3/4", "4/4"]);
    expect(describeBatch(report, list.length)).toMatch(/^Added 2 of 4, 1 already in the case, 1 failed: https:\/\/harbourherald\.example\/b \(fetch: .*private address/);
  });

  it("stops at a refusal every later request would get too (too many changes a minute), naming what was not tried", async () => {
    const list = ["https://valleypost.example/a", "https://valleypost.example/b", "https://valleypost.example/c"];
    const report = await addAddresses(list, async (a) => {
      if (a.endsWith("/b")) throw refused(429, "workspace: too many changes from this address");
    }, () => {});
    expect(report.added).toBe(1);
    expect(report.notTried).toEqual(["https://valleypost.example/c"]);
    expect(describeBatch(report, 3)).toMatch(/1 not tried; add them again later/);
  });
});
