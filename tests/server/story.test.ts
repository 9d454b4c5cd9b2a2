/** A teacher's story over real HTTP (createApp on an ephemeral port, a store in a temporary folder): kept with the case apart from the analysis, so it survives a re-analysis and a restart; changed only through the door (token, read-only, malformed bodies refused); a server of case folders says it keeps none. */
import { describe, expect, it } from "vitest";
import type { StoryEdits } from "../../src/client/captions.ts";
import type { SerializedProvenanceGraph } from "../../src/graph/types.ts";
import type { StoryEditsResponse } from "../../src/server/story.ts";
import { send, startServer, workspaceServers } from "./helpers.ts";
import { fixtureCatalog } from "../fixtures/explorer/fixture.ts";

const servers = workspaceServers();

const CASE = "baghdadi-2019";
const MINE: StoryEdits = {
  captions: { origin: "Start here: <b>who</b> printed it first?" },
  hidden: ["summary"],
  order: ["origin", "own:wire"],
  added: [{ id: "own:wire", title: "Two copies", caption: "Point at the two copies.", nodes: ["theaustralian-2019-03"], edges: [] }],
};

async function storyOf(ctx: { url: string }, headers: Record<string, string> = {}): Promise<StoryEditsResponse> {
  const res = await send(ctx, "GET", `/api/cases/${CASE}/story`, undefined, headers);
  expect(res.status).toBe(200);
  return (await res.json()) as StoryEditsResponse;
}

describe("a teacher's story through the API", { timeout: 120_000 }, () => {
  it("a teacher's edited caption survives a re-analysis and a restart", async () => {
    const dir = await servers.folder();
    const ctx = await servers.start(dir);
    expect(await storyOf(ctx)).toEqual({ case: CASE, stored: true, writable: true });
    expect((await send(ctx, "PUT", `/api/cases/${CASE}/story`, MINE)).status).toBe(200);
    expect((await storyOf(ctx)).edits).toEqual(MINE);
    // A correction re-analyses the case; the teacher's words are not the analysis's to rewrite.
    const before = (await (await send(ctx, "GET", `/api/cases/${CASE}/graph`)).json()) as SerializedProvenanceGraph;
    expect((await send(ctx, "PATCH", `/api/cases/${CASE}/articles/theaustralian-2019-03`, { title: "A corrected title" })).status).toBe(200);
    const after = (await (await send(ctx, "GET", `/api/cases/${CASE}/graph`)).json()) as SerializedProvenanceGraph;
    expect(after.nodes.find((n) => n.key === "theaustralian-2019-03")?.attributes).toMatchObject({ title: "A corrected title" });
    expect(after).not.toEqual(before);
    expect((await storyOf(ctx)).edits).toEqual(MINE);
    await servers.stop(ctx);
    const again = await servers.start(dir);
    expect((await storyOf(again)).edits).toEqual(MINE);
  });

  it("saving words does not re-analyse the case: the case's revision stays", async () => {
    const ctx = await servers.start(await servers.folder());
    const revision = ctx.store.revision(CASE);
    expect((await send(ctx, "PUT", `/api/cases/${CASE}/story`, MINE)).status).toBe(200);
    expect(ctx.store.revision(CASE)).toBe(revision);
  });

  it.each([
    ["unknown fields", { ...MINE, extra: 1 }, /extra|unrecognized/i],
    ["a step id with markup", { ...MINE, hidden: ["<img src=x>"] }, /hidden/],
    ["an own step whose id is not own:", { ...MINE, added: [{ ...MINE.added[0]!, id: "origin" }] }, /own:/],
    ["an empty caption", { ...MINE, captions: { origin: "  " } }, /captions/],
    ["a body that is not an object", [1], /body|expected/],
  ])("answers 400 for %s, and keeps nothing", async (_what, body, message) => {
    const ctx = await servers.start(await servers.folder());
    const res = await send(ctx, "PUT", `/api/cases/${CASE}/story`, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    expect(ctx.store.storyEdits(CASE)).toBeUndefined();
  });

  it("is read by anyone but changed only with the server's token, never on a read-only server, never from another site", async () => {
    const dir = await servers.folder();
    const shared = await servers.start(dir, {}, { token: "s3cret-token-of-this-start" });
    expect((await send(shared, "PUT", `/api/cases/${CASE}/story`, MINE)).status).toBe(401);
    expect((await storyOf(shared)).writable).toBe(false);
    expect((await storyOf(shared, { authorization: "Bearer s3cret-token-of-this-start" })).writable).toBe(true);
    expect((await send(shared, "PUT", `/api/cases/${CASE}/story`, MINE, { authorization: "Bearer s3cret-token-of-this-start" })).status).toBe(200);
    expect((await send(shared, "PUT", `/api/cases/${CASE}/story`, MINE, { authorization: "Bearer s3cret-token-of-this-start", origin: "http://evil.example" })).status).toBe(403);
    await servers.stop(shared);
    const students = await servers.start(dir, { readOnly: true });
    expect(await storyOf(students)).toEqual({ case: CASE, stored: true, writable: false, edits: MINE });
    expect((await send(students, "PUT", `/api/cases/${CASE}/story`, { ...MINE, hidden: [] })).status).toBe(403);
    expect(students.store.storyEdits(CASE)).toEqual(MINE);
    expect((await send(students, "GET", "/api/cases/no-such-case/story")).status).toBe(404);
  });

  it("a server of case folders keeps no story: it says so, and the explorer keeps a teacher's words in the browser", async () => {
    const server = await startServer(await fixtureCatalog());
    const res = await send(server, "GET", `/api/cases/any-case/story`);
    expect(await res.json()).toEqual({ case: "any-case", stored: false, writable: false });
    await server.close();
  });
});
