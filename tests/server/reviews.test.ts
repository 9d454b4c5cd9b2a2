/** Reviews over real HTTP (createApp on an ephemeral port, a store in a temporary folder): kept, applied to the graph and findings, kept across a restart, orphaned when their words are gone, refused when read-only or malformed. */
import { describe, expect, it } from "vitest";
import type { SerializedProvenanceGraph } from "../../src/graph/types.ts";
import type { ReviewsResponse } from "../../src/server/reviews.ts";
import { openStore } from "../../src/store/store.ts";
import { send, workspaceServers, type WorkspaceServer } from "./helpers.ts";

const servers = workspaceServers();

const CASE = "baghdadi-2019";
const EDGE = "theaustralian-2019-03->republishes->outlet:sunday-times";
const REJECT = {
  action: "reject",
  anchor: { kind: "republishes", from: "theaustralian-2019-03", to: "outlet:sunday-times", evidence: { article: "theaustralian-2019-03", text: "THE SUNDAY TIMES" } },
  reason: "the credit names the photo agency, not the story",
  reviewer: "Ana",
};

async function graphOf(ctx: WorkspaceServer): Promise<SerializedProvenanceGraph> {
  return (await (await send(ctx, "GET", `/api/cases/${CASE}/graph`)).json()) as SerializedProvenanceGraph;
}

async function reviewsOf(ctx: WorkspaceServer): Promise<ReviewsResponse> {
  const res = await send(ctx, "GET", `/api/cases/${CASE}/reviews`);
  expect(res.status).toBe(200);
  return (await res.json()) as ReviewsResponse;
}

describe("reviews through the API", { timeout: 120_000 }, () => {
  it("a rejection is kept with who, when and why, flags the edge, removes the finding resting on it, and survives a restart", async () => {
    const dir = await servers.folder();
    const ctx = await servers.start(dir);
    expect((await graphOf(ctx)).attributes.findings.some((f) => f.type === "syndication")).toBe(true);

    const posted = await send(ctx, "POST", `/api/cases/${CASE}/reviews`, REJECT);
    expect(posted.status).toBe(201);
    const review = (await posted.json()) as { id: string; reviewer: string; at: string; reason: string; case: string };
    expect(review).toMatchObject({ case: CASE, reviewer: "Ana", reason: REJECT.reason });
    expect(Math.abs(Date.parse(review.at) - Date.now())).toBeLessThan(60_000);

    const graph = await graphOf(ctx);
    expect(graph.edges.find((e) => e.key === EDGE)?.attributes).toMatchObject({ review: "rejected", reviews: [{ id: review.id, reviewer: "Ana" }] });
    expect(graph.attributes.findings.some((f) => f.type === "syndication")).toBe(false);
    expect((await reviewsOf(ctx)).reviews).toEqual([expect.objectContaining({ id: review.id, status: "applied" })]);

    await servers.stop(ctx);
    const again = await servers.start(dir);
    expect((await reviewsOf(again)).reviews.map((r) => [r.id, r.status])).toEqual([[review.id, "applied"]]);
    expect((await graphOf(again)).edges.find((e) => e.key === EDGE)?.attributes.review).toBe("rejected");
  });

  it("still applies after the article it rests on is corrected and the case re-analysed", async () => {
    const ctx = await servers.start(await servers.folder());
    const { id } = (await (await send(ctx, "POST", `/api/cases/${CASE}/reviews`, REJECT)).json()) as { id: string };
    expect((await send(ctx, "PATCH", `/api/cases/${CASE}/articles/theaustralian-2019-03`, { title: "A corrected title", published: "2019-03-17" })).status).toBe(200);
    const graph = await graphOf(ctx);
    expect(graph.nodes.find((n) => n.key === "theaustralian-2019-03")?.attributes).toMatchObject({ title: "A corrected title" });
    expect(graph.edges.find((e) => e.key === EDGE)?.attributes.review).toBe("rejected");
    expect((await reviewsOf(ctx)).reviews).toEqual([expect.objectContaining({ id, status: "applied" })]);
  });

  it("a review whose article is deleted is listed as orphaned, with why; deleting the review brings the finding back", async () => {
    const ctx = await servers.start(await servers.folder());
    const { id } = (await (await send(ctx, "POST", `/api/cases/${CASE}/reviews`, REJECT)).json()) as { id: string };
    expect((await send(ctx, "DELETE", `/api/cases/${CASE}/articles/theaustralian-2019-03`)).status).toBe(204);
    const listed = await reviewsOf(ctx);
    expect(listed.orphaned).toBe(1);
    expect(listed.reviews[0]).toMatchObject({ id, status: "orphaned", orphaned: expect.stringMatching(/theaustralian-2019-03/) });

    const ctx2 = await servers.start(await servers.folder());
    const { id: id2 } = (await (await send(ctx2, "POST", `/api/cases/${CASE}/reviews`, REJECT)).json()) as { id: string };
    expect((await send(ctx2, "DELETE", `/api/cases/${CASE}/reviews/${id2}`)).status).toBe(204);
    expect((await reviewsOf(ctx2)).reviews).toEqual([]);
    const graph = await graphOf(ctx2);
    expect(graph.edges.find((e) => e.key === EDGE)?.attributes.review).toBeUndefined();
    expect(graph.attributes.findings.some((f) => f.type === "syndication")).toBe(true);
    expect((await send(ctx2, "DELETE", `/api/cases/${CASE}/reviews/${id2}`)).status).toBe(404);
  });

  it.each([
    ["no reviewer", { ...REJECT, reviewer: undefined }, /reviewer/],
    ["an unknown action", { ...REJECT, action: "approve" }, /action/],
    ["an edge action on a node anchor", { ...REJECT, anchor: { key: "source:x", label: "X" } }, /anchor/],
    ["an arrow from an article not in the case", { ...REJECT, anchor: { ...REJECT.anchor, from: "nowhere", evidence: { article: "nowhere", text: "x" } } }, /nowhere/],
    ["unknown fields", { ...REJECT, extra: 1 }, /extra|unrecognized/i],
    ["a body that is not an object", [1, 2], /body|expected/],
  ])("answers 400 for %s, and keeps nothing", async (_what, body, message) => {
    const ctx = await servers.start(await servers.folder());
    const res = await send(ctx, "POST", `/api/cases/${CASE}/reviews`, body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe("INPUT");
    expect(json.error.message).toMatch(message);
    expect(ctx.store.reviews(CASE)).toEqual([]);
  });

  it("answers 404 for an unknown case and 400 for a malformed review id", async () => {
    const ctx = await servers.start(await servers.folder());
    expect((await send(ctx, "POST", "/api/cases/no-such-case/reviews", REJECT)).status).toBe(404);
    expect((await send(ctx, "GET", "/api/cases/no-such-case/reviews")).status).toBe(404);
    expect((await send(ctx, "DELETE", `/api/cases/${CASE}/reviews/a.b`)).status).toBe(400);
  });

  it("refuses to add or delete a review on a read-only server (403) while the list is readable", async () => {
    const dir = await servers.folder();
    const writer = openStore(dir);
    const kept = writer.addReview(CASE, { action: "reject", anchor: REJECT.anchor as never, reviewer: "Ana" });
    writer.close();
    const ctx = await servers.start(dir, { readOnly: true });
    expect((await send(ctx, "POST", `/api/cases/${CASE}/reviews`, REJECT)).status).toBe(403);
    expect((await send(ctx, "DELETE", `/api/cases/${CASE}/reviews/${kept.id}`)).status).toBe(403);
    expect((await reviewsOf(ctx)).reviews.map((r) => r.id)).toEqual([kept.id]);
  });

  it("dates a review on arrival, whatever time the client claims", async () => {
    const ctx = await servers.start(await servers.folder());
    const res = await send(ctx, "POST", `/api/cases/${CASE}/reviews`, { ...REJECT, at: "2001-01-01T00:00:00.000Z" });
    expect(res.status).toBe(201);
    const { at } = (await res.json()) as { at: string };
    expect(at.startsWith("2001")).toBe(false);
    expect(ctx.store.reviews(CASE)[0]?.at).toBe(at);
  });

  it("refuses a review sent from another site (403), as every write", async () => {
    const ctx = await servers.start(await servers.folder());
    const res = await fetch(`${ctx.url}/api/cases/${CASE}/reviews`, { method: "POST", headers: { "content-type": "application/json", origin: "http://evil.example" }, body: JSON.stringify(REJECT) });
    expect(res.status).toBe(403);
    expect(ctx.store.reviews(CASE)).toEqual([]);
  });

  it("counts review writes in the workspace's rate limit (429 beyond it)", async () => {
    const ctx = await servers.start(await servers.folder(), { writesPerMinute: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await send(ctx, "POST", `/api/cases/${CASE}/reviews`, { ...REJECT, reason: `try ${i}` })).status);
    expect(statuses).toEqual([201, 201, 429]);
  });
});
