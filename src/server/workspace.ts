/** The workspace's write API under /api: create, rename and delete cases; add articles by text, upload or URL; correct and delete them. Reads stay in api.ts. */
import express, { type NextFunction, type Request, type Response } from "express";
import { rateLimit } from "express-rate-limit";
import multer from "multer";
import { z } from "zod";
import { parsePublished } from "../core/dates.ts";
import { ClaimtrailError, ConflictError, ForbiddenError, InputError, NotFoundError, TooLargeError } from "../core/errors.ts";
import type { OutletRegistry } from "../core/outlets.ts";
import { formatOfFile, sanitiseId } from "../ingest/article.ts";
import { fetchPage, type FetchOptions } from "../ingest/fetchPage.ts";
import type { ArticleFields } from "../ingest/frontMatter.ts";
import { MAX_ARTICLE_BYTES } from "../ingest/limits.ts";
import type { ArticleFormat } from "../ingest/types.ts";
import { urlKey } from "../store/hash.ts";
import { addSnapshot, type Snapshot } from "../store/prepare.ts";
import type { Store } from "../store/store.ts";
import type { ArticleRecord } from "../store/types.ts";
import { validId } from "./api.ts";
import { parseBody } from "./body.ts";
import { writeAccess, type WriteAccess } from "./guard.ts";
import type { CaseCatalog } from "./catalog.ts";
import { addReviewRoutes } from "./reviews.ts";
import { addNoStoryRoute, addStoryRoutes } from "./story.ts";

/** How the workspace behaves; every bound has a default suited to one user on localhost. */
export interface WorkspaceOptions {
  registry: OutletRegistry;
  /** Students' mode: every write answers 403. */
  readOnly?: boolean;
  /** Writes per client address per minute (default 120). */
  writesPerMinute?: number;
  /** Largest uploaded file, in bytes (default: the ingest limit per article). */
  uploadBytes?: number;
  /** Bounds of URL imports; `allowLoopback` exists for tests only. */
  fetch?: FetchOptions;
  /** The analysed cases, so the review list can say which reviews the last analysis found orphaned. */
  cases?: CaseCatalog;
}

/** What app.ts needs to mount the workspace. */
export interface WorkspaceConfig extends WorkspaceOptions {
  store: Store;
}

/** `GET /api/workspace`: what the explorer may offer. */
export interface WorkspaceInfo extends WriteAccess {
  writable: boolean;
  uploadBytes: number;
  formats: string[];
}

const Title = z.string().trim().min(1, "is empty").max(300);
const Published = z
  .string()
  .trim()
  .max(40)
  .refine((v) => !("error" in parsePublished(v)), { message: "is not an ISO 8601 date (2019, 2019-03, 2019-03-28 or a timestamp)" });
const Meta = {
  outlet: z.string().trim().min(1).max(200).optional(),
  published: Published.optional(),
  published_estimated: z.boolean().optional(),
  title: z.string().trim().min(1).max(1000).optional(),
  url: z.string().trim().max(4000).optional(),
};
const CaseBody = z.object({ title: Title, description: z.string().max(20_000).optional() }).strict();
const RenameBody = z.object({ title: Title }).strict();
const AddJsonBody = z
  .object({
    text: z.string().min(1).max(MAX_ARTICLE_BYTES).optional(),
    html: z.string().min(1).max(MAX_ARTICLE_BYTES).optional(),
    format: z.enum(["text", "markdown"]).optional(),
    ...Meta,
  })
  .strict()
  .refine((b) => !(b.text !== undefined && b.html !== undefined), { message: "give either text or html, not both" })
  .refine((b) => b.text !== undefined || b.html !== undefined || b.url !== undefined, { message: "expected one of text, html or url" });
/** Form fields arrive as strings. */
const UploadFields = z
  .object({ ...Meta, published_estimated: z.enum(["true", "false"]).transform((v) => v === "true").optional() })
  .strict();
const Nullable = <T extends z.ZodTypeAny>(t: T) => t.nullable().optional();
const CorrectBody = z
  .object({ outlet: Nullable(z.string().trim().min(1).max(200)), published: Nullable(Published), published_estimated: Nullable(z.boolean()), title: Nullable(z.string().trim().min(1).max(1000)) })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: "expected at least one of outlet, published, published_estimated, title" });

function givenFields(b: { outlet?: string; published?: string; published_estimated?: boolean; title?: string; url?: string }): ArticleFields {
  const out: ArticleFields = {};
  if (b.outlet !== undefined) out.outlet = b.outlet;
  if (b.published !== undefined) out.published = b.published;
  if (b.published_estimated !== undefined) out.published_estimated = b.published_estimated;
  if (b.title !== undefined) out.title = b.title;
  if (b.url !== undefined) out.url = b.url;
  return out;
}

const UPLOAD_TYPES: Record<string, ArticleFormat> = { "text/html": "html", "text/plain": "text", "text/markdown": "markdown" };

/** `GET /api/workspace` on a server without a store (case folders served as they are): nothing can be changed, said with a 200 rather than a 404 the browser would log as an error. */
export function noWorkspaceRouter(): express.Router {
  const router = express.Router();
  router.get("/workspace", (_req, res) => {
    const info: Pick<WorkspaceInfo, "writable"> = { writable: false };
    res.json(info);
  });
  addNoStoryRoute(router);
  return router;
}

/** Builds the router; mount it under /api after the read routes. */
export function workspaceRouter(store: Store, options: WorkspaceOptions): express.Router {
  const router = express.Router();
  const uploadBytes = options.uploadBytes ?? MAX_ARTICLE_BYTES;
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: uploadBytes, files: 1, fields: 10, fieldSize: 8 * 1024, parts: 12 } });
  const writes = rateLimit({
    windowMs: 60_000,
    limit: options.writesPerMinute ?? 120,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    skip: (req) => req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS",
    handler: (_req, _res, next, opts) =>
      next(new ClaimtrailError("RATE_LIMITED", "workspace", `too many changes from this address (more than ${opts.limit} a minute); wait a minute and try again`)),
  });

  router.get("/workspace", (_req, res) => {
    const info: WorkspaceInfo = { writable: !options.readOnly, ...writeAccess(res), uploadBytes, formats: [".html", ".htm", ".txt", ".md"] };
    res.json(info);
  });

  // Students' mode: nothing under /api changes anything. Reads were answered by the read router before this one.
  router.use((req, _res, next) => {
    if (options.readOnly && req.method !== "GET" && req.method !== "HEAD") {
      next(new ForbiddenError("workspace", "this server is read-only (started with --read-only); ask whoever runs it for a writable copy"));
      return;
    }
    next();
  });
  router.use(writes);

  function caseParam(req: Request): string {
    const id = validId("case", String(req.params.case));
    if (!store.getCase(id)) throw new NotFoundError("workspace", `case '${id}' does not exist; POST /api/cases creates one`);
    return id;
  }

  router.post("/cases", (req, res) => {
    const body = parseBody(CaseBody, req.body, "a new case needs { title }");
    const id = store.createCase({ title: body.title, ...(body.description !== undefined ? { description: body.description } : {}) });
    res.status(201).json({ id });
  });

  router.patch("/cases/:case", (req, res) => {
    const id = caseParam(req);
    const body = parseBody(RenameBody, req.body, "renaming a case needs { title }");
    store.renameCase(id, body.title);
    res.json({ id, title: body.title });
  });

  router.delete("/cases/:case", (req, res) => {
    store.deleteCase(caseParam(req));
    res.status(204).end();
  });

  async function snapshotFromJson(caseId: string, raw: unknown): Promise<Snapshot> {
    const body = parseBody(AddJsonBody, raw, "an article needs { text | html | url, outlet?, published?, title?, url? }");
    if (body.text !== undefined || body.html !== undefined) {
      const format: ArticleFormat = body.html !== undefined ? "html" : (body.format ?? "text");
      return { format, bytes: Buffer.from(body.html ?? body.text ?? "", "utf8"), given: givenFields(body) };
    }
    const url = body.url as string;
    const key = urlKey(url);
    const known = key ? store.findDuplicate(caseId, { urlKeys: [key] }) : undefined;
    // A known address is answered before any network traffic.
    if (known) throw new ConflictError("workspace", `'${url}' is already article '${known.id}' of case '${caseId}'`, { existing: known.id, by: "url" });
    const page = await fetchPage(url, options.fetch);
    const { url: _u, ...rest } = givenFields(body);
    return { format: page.format, bytes: page.bytes, given: rest, fetch: { sourceUrl: page.sourceUrl, finalUrl: page.finalUrl, fetchedAt: page.fetchedAt } };
  }

  function snapshotFromUpload(req: Request): Snapshot {
    const file = req.file;
    if (!file) throw new InputError("workspace", "the upload has no 'file' part; expected one .html, .htm, .txt or .md file");
    const fields = parseBody(UploadFields, req.body, "upload fields");
    // Only the last path segment of the client's name is kept, and only as an id: no path from a client reaches the disk.
    const base = (file.originalname.split(/[\\/]/).pop() ?? "").trim();
    const format = formatOfFile(base) ?? UPLOAD_TYPES[file.mimetype];
    if (!format) throw new InputError("workspace", `'${base.slice(0, 100)}' is not an article file; expected .html, .htm, .txt or .md`);
    const ext = /\.[^.]+$/.exec(base)?.[0]?.toLowerCase() ?? (format === "html" ? ".html" : format === "markdown" ? ".md" : ".txt");
    const id = sanitiseId(base.replace(/\.[^.]+$/, ""));
    return { format, bytes: file.buffer, file: `articles/${id}${formatOfFile(ext) ? ext : ".txt"}`, given: givenFields(fields) };
  }

  router.post("/cases/:case/articles", (req, res, next) => {
    if (req.is("multipart/form-data")) upload.single("file")(req, res, next);
    else next();
  });
  router.post("/cases/:case/articles", async (req, res) => {
    const caseId = caseParam(req);
    const snapshot = req.is("multipart/form-data") ? snapshotFromUpload(req) : await snapshotFromJson(caseId, req.body);
    const { id, problems } = addSnapshot(store, caseId, snapshot, options.registry);
    res.status(201).json({ id, case: caseId, problems });
  });

  router.patch("/cases/:case/articles/:id", (req, res) => {
    const caseId = caseParam(req);
    const id = validId("article", String(req.params.id));
    const body = parseBody(CorrectBody, req.body, "a correction takes { outlet, published, published_estimated, title } (null removes one)");
    const updated = store.correctArticle(caseId, id, body);
    res.json({ id, corrections: updated.corrections });
  });

  router.delete("/cases/:case/articles/:id", (req, res) => {
    const caseId = caseParam(req);
    store.deleteArticle(caseId, validId("article", String(req.params.id)));
    res.status(204).end();
  });

  // Reviews of arrows and nodes (src/server/reviews.ts): the same read-only check, rate limit and errors as above.
  addReviewRoutes(router, store, options.cases, caseParam);
  // A teacher's story (src/server/story.ts): read by all, changed only through the same door as reviews.
  addStoryRoutes(router, store, !options.readOnly, caseParam);

  /** The stored article the request names (`:case`, `:id`); a NotFoundError when the case holds none of that id. */
  function storedArticle(req: Request): ArticleRecord {
    const caseId = caseParam(req);
    const id = validId("article", String(req.params.id));
    const a = store.article(caseId, id);
    if (!a) throw new NotFoundError("workspace", `article '${id}' is not in case '${caseId}'`);
    return a;
  }

  /** The evidence record: snapshot hash, fetch details, and the three layers of metadata side by side. */
  router.get("/cases/:case/articles/:id/record", (req, res) => {
    const { original, ...record } = storedArticle(req);
    res.json({ ...record, bytes: original.byteLength });
  });

  /** The snapshot exactly as received, as a download: never rendered as a page of this origin. */
  router.get("/cases/:case/articles/:id/snapshot", (req, res) => {
    const a = storedArticle(req);
    res.setHeader("Content-Disposition", `attachment; filename="${a.file.split("/").pop()}"`);
    res.type("application/octet-stream").send(a.original);
  });

  // Errors with more to say than the app's handler knows: the duplicate's id, multer's limits.
  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (err instanceof ConflictError) {
      res.status(409).json({ error: { code: err.code, message: err.message, duplicate: { id: err.context.existing, by: err.context.by } } });
      return;
    }
    if (err instanceof multer.MulterError) {
      if (err.code === "LIMIT_FILE_SIZE") next(new TooLargeError("workspace", `the uploaded file is larger than ${(uploadBytes / 1024 / 1024).toFixed(1)} MB; expected one article`));
      else next(new InputError("workspace", `the upload was refused (${err.message}); expected one 'file' part and the fields outlet, published, title, url`));
      return;
    }
    next(err);
  });

  return router;
}
