/** The HTTP face of claimtrail: the explorer's static files and a JSON API over analysed cases. `createApp` never listens; callers do. */
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { isClaimtrailError, NotFoundError } from "../core/errors.ts";
import { serializeGraph } from "../graph/build.ts";
import type { CaseAnalysis } from "../pipeline.ts";
import type { ClientBundle } from "./bundle.ts";
import type { CaseCatalog } from "./catalog.ts";

export interface AppOptions {
  cases: CaseCatalog;
  /** The explorer's script, built once at start-up. */
  bundle: ClientBundle;
  publicDir: string;
}

/** Status code for an error code of the typology. */
const STATUS: Record<string, number> = { INPUT: 400, NOT_FOUND: 404, CONFLICT: 409, TOO_LARGE: 413, FORBIDDEN: 403, RATE_LIMITED: 429 };

function getCase(cases: CaseCatalog, id: string): CaseAnalysis {
  const found = cases.get(id);
  if (!found) throw new NotFoundError("server", `case '${id}' does not exist; GET /api/cases lists the cases`);
  return found;
}

/** Builds the express app. */
export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", "strong");
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "data:", "blob:"],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", "blob:"],
          fontSrc: ["'self'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(compression());
  app.use(express.json({ limit: "1mb" }));

  app.get("/app.js", (_req, res) => {
    res.type("application/javascript").setHeader("Cache-Control", "no-cache");
    res.send(options.bundle.js);
  });
  app.use(express.static(options.publicDir, { index: "index.html", dotfiles: "deny" }));

  app.get("/api/cases", (_req, res) => {
    res.json({ cases: options.cases.list() });
  });
  app.get("/api/cases/:case/graph", (req, res) => {
    res.json(serializeGraph(getCase(options.cases, req.params.case).graph));
  });
  app.get("/api/cases/:case/articles/:id", (req, res) => {
    const c = getCase(options.cases, req.params.case);
    const article = c.cleaned.find((a) => a.meta.id === req.params.id);
    if (!article) throw new NotFoundError("server", `article '${req.params.id}' is not in case '${req.params.case}'`);
    res.json({ meta: article.meta, body: article.body, paragraphs: article.paragraphs, removed: article.removed, creditLines: article.creditLines });
  });

  app.use("/api", (req, _res, next) => next(new NotFoundError("server", `no API route ${req.method} ${req.path}`)));
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (isClaimtrailError(err)) {
      res.status(STATUS[err.code] ?? 400).json({ error: { code: err.code, message: err.message } });
      return;
    }
    const status = (err as { status?: number; statusCode?: number }).status ?? (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      const message = status === 413 ? "server: request body is too large" : `server: bad request (${(err as Error).message})`;
      res.status(status).json({ error: { code: status === 413 ? "TOO_LARGE" : "INPUT", message } });
      return;
    }
    // Details stay in the server log: a client never sees a stack trace.
    console.error(err);
    res.status(500).json({ error: { code: "INTERNAL", message: "server: internal error; the server log has the details" } });
  });
  return app;
}
