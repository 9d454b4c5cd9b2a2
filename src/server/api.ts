/** The explorer's read-only JSON API: case list, graph JSON, article payloads, findings and origin traces, with validated ids and cached ETags. */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import express, { type Request, type Response } from "express";
import { traceOrigin } from "../analyse/trace.ts";
import { InputError, NotFoundError } from "../core/errors.ts";
import { serializeGraph } from "../graph/build.ts";
import type { SerializedProvenanceGraph } from "../graph/types.ts";
import type { CaseAnalysis } from "../pipeline.ts";
import type { AnalysisProgress, CaseCatalog } from "./catalog.ts";
import type { AnalysingResponse, CaseListResponse, FindingsResponse } from "./types.ts";
import { articleView } from "./views.ts";

/** Ids and node keys are slugs: letters, digits, dot, dash, underscore, and a `kind:` prefix. No slash, backslash, `..` or control character ever reaches a lookup. */
const ID = /^[\p{L}\p{N}_][\p{L}\p{N}._:-]{0,299}$/u;

/** Returns the id when it is well formed; otherwise a 400 naming the parameter. */
export function validId(what: string, value: string): string {
  if (!ID.test(value) || value.includes("..")) {
    throw new InputError("server", `${what} '${value.slice(0, 80)}' is not a valid id; expected letters, digits, '.', '-', '_' or ':' (no slashes or '..')`);
  }
  return value;
}

interface CachedBody {
  json: string;
  etag: string;
  /** The body gzipped once, on first request that accepts it: a large graph is compressed once, not per request. */
  gzip?: Buffer;
}

/** Bodies smaller than this are left to the compression middleware (or sent plain). */
const PRECOMPRESS_ABOVE = 16 * 1024;

/** Serialised payloads per analysis object: a re-analysed case is a new object, so a stale entry is never served. */
const cache = new WeakMap<CaseAnalysis, Map<string, CachedBody>>();

function cached(c: CaseAnalysis, key: string, make: () => unknown): CachedBody {
  let perCase = cache.get(c);
  if (!perCase) cache.set(c, (perCase = new Map()));
  let hit = perCase.get(key);
  if (!hit) {
    const json = JSON.stringify(make());
    hit = { json, etag: `"${createHash("sha1").update(json).digest("base64url")}"` };
    perCase.set(key, hit);
  }
  return hit;
}

/** Sends a cached JSON body (gzipped once and kept, when large and accepted); express answers 304 itself when If-None-Match matches the ETag. */
function sendCached(req: Request, res: Response, body: CachedBody): void {
  res.setHeader("ETag", body.etag);
  res.setHeader("Cache-Control", "no-cache");
  res.setHeader("Vary", "Accept-Encoding");
  res.type("application/json");
  if (body.json.length > PRECOMPRESS_ABOVE && req.acceptsEncodings("gzip") === "gzip") {
    body.gzip ??= gzipSync(body.json);
    // The compression middleware leaves a response that already has a Content-Encoding alone.
    res.setHeader("Content-Encoding", "gzip");
    res.send(body.gzip);
    return;
  }
  res.send(body.json);
}

/** The graph JSON without article bodies. */
export function leanGraph(json: SerializedProvenanceGraph): SerializedProvenanceGraph {
  return {
    ...json,
    nodes: json.nodes.map((n) => {
      if (n.attributes.kind !== "article" || !("body" in n.attributes)) return n;
      const { body: _body, ...rest } = n.attributes as typeof n.attributes & { body?: string };
      return { key: n.key, attributes: rest as typeof n.attributes };
    }),
  };
}

/** Routes under /api for reading analysed cases. */
export function apiRouter(cases: CaseCatalog): express.Router {
  const router = express.Router();

  /**
   * The case's last complete analysis, or undefined after answering `202 { case, analysing, progress }` when it has none
   * yet. Never waits for an analysis: a server analyses in the background.
   */
  function getCase(raw: string, res: Response): { analysis: CaseAnalysis; progress?: AnalysisProgress } | undefined {
    const id = validId("case", raw);
    const state = cases.state(id);
    if (!state) throw new NotFoundError("server", `case '${id}' does not exist; GET /api/cases lists the cases`);
    if (state.analysis) return { analysis: state.analysis, ...(state.analysing && state.progress ? { progress: state.progress } : {}) };
    if (state.error) throw state.error;
    const body: AnalysingResponse = { case: id, analysing: true, progress: state.progress ?? { stage: "queued", done: 0, total: 0 } };
    res.status(202).setHeader("Cache-Control", "no-store");
    res.json(body);
    return undefined;
  }

  router.get("/cases", (_req, res) => {
    const body: CaseListResponse = { cases: cases.list() };
    res.json(body);
  });

  router.get("/cases/:case/graph", (req, res) => {
    const found = getCase(req.params.case, res);
    if (!found) return;
    const c = found.analysis;
    // ?lean=1 drops article bodies (the explorer reads them from the article route): the same graph JSON, a fraction of the bytes.
    const body = req.query.lean === "1" ? cached(c, "graph:lean", () => leanGraph(serializeGraph(c.graph))) : cached(c, "graph", () => serializeGraph(c.graph));
    if (!found.progress) {
      sendCached(req, res, body);
      return;
    }
    // The last complete graph while a newer analysis runs, marked so the explorer can show progress and ask again.
    res.setHeader("Cache-Control", "no-store");
    res.type("application/json").send(`${body.json.slice(0, -1)},"analysing":true,"progress":${JSON.stringify(found.progress)}}`);
  });

  router.get("/cases/:case/findings", (req, res) => {
    const c = getCase(req.params.case, res)?.analysis;
    if (!c) return;
    sendCached(
      req,
      res,
      cached(c, "findings", (): FindingsResponse => ({ case: c.loaded.id, findings: c.graph.getAttribute("findings") ?? [] })),
    );
  });

  router.get("/cases/:case/articles/:id", (req, res) => {
    const c = getCase(req.params.case, res)?.analysis;
    if (!c) return;
    const id = validId("article", req.params.id);
    const article = c.cleaned.find((a) => a.meta.id === id);
    if (!article) throw new NotFoundError("server", `article '${id}' is not in case '${c.loaded.id}'; the graph's article nodes list the ids`);
    sendCached(req, res, cached(c, `article:${id}`, () => articleView(c, article)));
  });

  router.get("/cases/:case/trace/:node", (req, res) => {
    const c = getCase(req.params.case, res)?.analysis;
    if (!c) return;
    const key = validId("node", req.params.node);
    if (!c.graph.hasNode(key)) throw new NotFoundError("server", `node '${key}' is not in case '${c.loaded.id}'; expected a claim or article key from the graph`);
    sendCached(req, res, cached(c, `trace:${key}`, () => traceOrigin(c.graph, key)));
  });

  return router;
}
