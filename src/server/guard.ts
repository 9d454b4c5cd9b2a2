/**
 * The server's door: it answers only the Host names it was started for (no DNS rebinding), lets in only writes from
 * its own origin (no cross-site form posts), and beyond loopback lets in only writes that carry the start-up token.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import os from "node:os";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { ClaimtrailError, ForbiddenError } from "../core/errors.ts";

/** Who may reach the server and who may write; every field has a default suited to one user on localhost. */
export interface DoorOptions {
  /** The address the server listens on (`--host`); default 127.0.0.1. */
  bindHost?: string;
  /** More Host names to answer (`--allowed-host`): a name in the school's DNS, a reverse proxy's name. */
  allowedHosts?: string[];
  /** When set, every write must carry `Authorization: Bearer <token>`. */
  token?: string;
}

/** What `GET /api/workspace` says about writing: whether a token is needed and whether this request carried a valid one. */
export interface WriteAccess {
  tokenRequired: boolean;
  hasToken: boolean;
}

/** Methods that never change anything; every other method is a write. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Names that always mean this machine. */
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];

/** A host name or address in one spelling: lower case, no IPv6 brackets, no trailing dot. */
export function normaliseHostname(name: string): string {
  return name.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
}

/** Whether a bind address serves only this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = normaliseHostname(host);
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Whether a bind address listens on every interface. */
export function isWildcardHost(host: string): boolean {
  const h = normaliseHostname(host);
  return h === "" || h === "0.0.0.0" || h === "::";
}

/** A fresh write token: 24 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

/** The host name of a `Host` header (`name`, `name:port`, `[v6]:port`), or undefined when it is not one. */
export function hostnameOf(hostHeader: string | undefined): string | undefined {
  if (!hostHeader || hostHeader.length > 300 || /[\s/?#@\\]/.test(hostHeader)) return undefined;
  try {
    return normaliseHostname(new URL(`http://${hostHeader}`).hostname);
  } catch {
    return undefined;
  }
}

/** This machine's own addresses and names, for a server that listens on every interface. */
function machineNames(): string[] {
  const names = [os.hostname(), `${os.hostname()}.local`];
  for (const list of Object.values(os.networkInterfaces())) for (const a of list ?? []) names.push(a.address);
  return names.map(normaliseHostname);
}

/** Whether two tokens are equal, in time that does not depend on where they differ (or on their lengths). */
function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token a request carries in `Authorization: Bearer …`, if any. */
function bearer(req: Request): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get("authorization") ?? "");
  return m?.[1];
}

/** The write access this request was found to have (set by `door`); `GET /api/workspace` reports it. */
export function writeAccess(res: Response): WriteAccess {
  return (res.locals.writeAccess as WriteAccess | undefined) ?? { tokenRequired: false, hasToken: false };
}

/** Builds the door middleware; mount it before every route and body parser. */
export function door(options: DoorOptions = {}): RequestHandler {
  const answers = hostNames(options);
  const token = options.token;
  return (req: Request, res: Response, next: NextFunction) => {
    const given = bearer(req);
    const access: WriteAccess = { tokenRequired: token !== undefined, hasToken: token !== undefined && given !== undefined && sameToken(given, token) };
    res.locals.writeAccess = access;
    const refusal = misdirected(req, answers) ?? (SAFE_METHODS.has(req.method) ? undefined : (foreignWrite(req) ?? unauthorised(access, given)));
    if (refusal?.code === "UNAUTHORIZED") res.setHeader("WWW-Authenticate", 'Bearer realm="claimtrail"');
    next(refusal);
  };
}

/** The Host names a server answers: loopback, the bound address, `--allowed-host`; on every interface, this machine's own. */
function hostNames(options: DoorOptions): (name: string) => boolean {
  const bindHost = options.bindHost ?? "127.0.0.1";
  const wildcard = isWildcardHost(bindHost);
  const named = new Set([...LOOPBACK_NAMES, ...(options.allowedHosts ?? []), ...(wildcard ? [] : [bindHost])].map(normaliseHostname));
  // Looked up per unknown name rather than once: a laptop changes networks while it serves.
  return (name) => named.has(name) || (wildcard && machineNames().includes(name));
}

/** 421 for a Host the server was not started for: what a DNS-rebinding page sends. */
function misdirected(req: Request, answers: (name: string) => boolean): ClaimtrailError | undefined {
  const hostHeader = req.get("host");
  const name = hostnameOf(hostHeader);
  if (name && answers(name)) return undefined;
  return new ClaimtrailError(
    "MISDIRECTED",
    "server",
    hostHeader
      ? `this server does not answer to the name '${hostHeader.slice(0, 100)}' (a guard against DNS rebinding); use the address it printed at start, or start it with --allowed-host ${name ?? "<name>"}`
      : "the request has no Host header; expected the address the server printed at start",
  );
}

/** 403 for a write a browser says comes from another origin (Origin, or Sec-Fetch-Site when Origin is missing), token or not. */
function foreignWrite(req: Request): ClaimtrailError | undefined {
  const origin = req.get("origin");
  const site = req.get("sec-fetch-site")?.toLowerCase();
  if (origin !== undefined && !sameOrigin(origin, req.get("host") ?? "")) {
    return new ForbiddenError("server", `a change sent from another site (${origin.slice(0, 100)}) is refused; make changes in the explorer served by this server`);
  }
  // same-site is another origin by definition (another port or subdomain).
  if (site === "cross-site" || site === "same-site") {
    return new ForbiddenError("server", `a change sent from another site (Sec-Fetch-Site: ${site}) is refused; make changes in the explorer served by this server`);
  }
  return undefined;
}

/** 401 for a write without the valid token, on a server that has one. */
function unauthorised(access: WriteAccess, given: string | undefined): ClaimtrailError | undefined {
  if (!access.tokenRequired || access.hasToken) return undefined;
  return new ClaimtrailError(
    "UNAUTHORIZED",
    "server",
    given === undefined
      ? "changes on this server need its token (Authorization: Bearer <token>); open the link with ?token= that the server printed at start"
      : "the token does not match this server's (a new one is made at each start); ask for the current link with ?token=",
  );
}

/** Whether an `Origin` header names the origin the request was sent to (http or https, same host and port). */
function sameOrigin(origin: string, hostHeader: string): boolean {
  try {
    const o = new URL(origin);
    const h = new URL(`http://${hostHeader}`);
    return (o.protocol === "http:" || o.protocol === "https:") && o.hostname === h.hostname && (o.port || "80") === (h.port || "80");
  } catch {
    // "null" (a sandboxed frame, a file) or garbage: not this origin.
    return false;
  }
}

/** The addresses to print at start: where people can reach the server, with the token link when writes need one. */
export function startLinks(bindHost: string, port: number, token?: string): { read: string[]; write: string[] } {
  const hosts = isWildcardHost(bindHost) ? lanAddresses() : [normaliseHostname(bindHost)];
  const bases = hosts.map((h) => `http://${h.includes(":") ? `[${h}]` : h}:${port}/`);
  return { read: bases, write: token === undefined ? [] : bases.map((b) => `${b}?token=${encodeURIComponent(token)}`) };
}

/** This machine's IPv4 addresses on its networks (the ones a classroom can type), or its name when it has none. */
function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(os.networkInterfaces())) for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) out.push(a.address);
  return out.length > 0 ? out : [os.hostname()];
}

/** What `claimtrail serve` prints at start: the address first (`summary` in brackets), then, when writes need the token, a read-only link and the link with the token. */
export function startBanner(bindHost: string, port: number, token: string | undefined, summary: string): string {
  const links = startLinks(bindHost, port, token);
  const lines = [`claimtrail explorer: ${links.read[0]}  (${summary}; Ctrl+C stops)`];
  if (links.write.length > 0) {
    lines.push(`  read-only link (share it freely): ${links.read.join("  ")}`);
    lines.push(`  link that can change cases (only for those who may; it holds this start's token): ${links.write.join("  ")}`);
  }
  return `${lines.join("\n")}\n`;
}
