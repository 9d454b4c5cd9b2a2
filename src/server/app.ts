/** The HTTP face of claimtrail: the explorer's static files and a JSON API over analysed cases. `createApp` never listens; callers do. */
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { isClaimtrailError, NotFoundError } from "../core/errors.ts";
import { apiRouter } from "./api.ts";
import type { ClientBundle } from "./bundle.ts";
import type { CaseCatalog } from "./catalog.ts";
import { door, type DoorOptions } from "./guard.ts";
import { noWorkspaceRouter, workspaceRouter, type WorkspaceConfig } from "./workspace.ts";

export interface AppOptions {
  cases: CaseCatalog;
  /** The explorer's script, built once at start-up; a promise lets the server listen while it is still being built. */
  bundle: ClientBundle | Promise<ClientBundle>;
  publicDir: string;
  /** The persistent store and its write API; absent when serving case folders read-only. */
  workspace?: WorkspaceConfig;
  /** Which Host names are answered and who may write (guard.ts); the default is a loopback server without a token. */
  door?: DoorOptions;
}

/** Status code for an error code of the typology. */
const STATUS: Record<string, number> = { INPUT: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_LARGE: 413, MISDIRECTED: 421, RATE_LIMITED: 429 };

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
  // Before compression, static files and body parsers: a refused request costs nothing and reads nothing.
  app.use(door(options.door));
  app.use(compression());
  app.use(express.json({ limit: "1mb" }));

  app.get("/app.js", async (_req, res) => {
    const { js } = await options.bundle;
    res.type("application/javascript").setHeader("Cache-Control", "no-cache");
    res.send(js);
  });
  app.use(express.static(options.publicDir, { index: "index.html", dotfiles: "deny" }));

  app.use("/api", apiRouter(options.cases));
  // Workspace write routes (src/server/workspace.ts) mount here, before the API's 404.
  if (options.workspace) app.use("/api", workspaceRouter(options.workspace.store, { ...options.workspace, cases: options.cases }));
  else app.use("/api", noWorkspaceRouter());

  app.use("/api", (req, _res, next) => next(new NotFoundError("server", `no API route ${req.method} ${req.path}`)));
  app.use((req, _res, next) => next(new NotFoundError("server", `nothing at ${req.method} ${req.path}; the explorer is at /`)));
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
