/** Fetches one web page for a URL import, safely: public addresses only (checked after DNS and on every redirect), bounded size, time and redirects, HTML or text only. */
import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import ipaddr from "ipaddr.js";
import { ForbiddenError, InputError, isClaimtrailError, TooLargeError } from "../core/errors.ts";
import { refuseAddress, type AddressPolicyOptions } from "./addressPolicy.ts";
import { MAX_ARTICLE_BYTES } from "./limits.ts";
import type { ArticleFormat } from "./types.ts";

export interface FetchOptions extends AddressPolicyOptions {
  /** Largest page accepted, in bytes after decompression. */
  maxBytes?: number;
  /** Time for the whole fetch, redirects included. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Name resolution; tests inject one to simulate DNS answers without a network. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
}

/** The page as received: the exact bytes, the address it finally came from and when. */
export interface FetchedPage {
  bytes: Buffer;
  format: Extract<ArticleFormat, "html" | "text">;
  contentType: string;
  sourceUrl: string;
  finalUrl: string;
  fetchedAt: string;
}

export const FETCH_DEFAULTS = { maxBytes: MAX_ARTICLE_BYTES, timeoutMs: 15_000, maxRedirects: 5 } as const;

const ACCEPTED_TYPES: Record<string, FetchedPage["format"]> = { "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text" };

/** The address to connect to for a URL, after checking every address the host resolves to. */
async function checkedAddress(url: URL, options: FetchOptions): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const answers = ipaddr.isValid(host)
    ? [{ address: host, family: host.includes(":") ? 6 : 4 }]
    : await (options.resolve ?? ((h: string) => dnsLookup(h, { all: true, verbatim: true })))(host).catch((e: Error) => {
        throw new InputError("fetch", `cannot resolve '${host}' (${e.message}); expected a reachable web address`);
      });
  if (answers.length === 0) throw new InputError("fetch", `'${host}' has no address; expected a reachable web address`);
  // Every answer is checked: a name with one public and one private address is refused, not raced.
  for (const a of answers) {
    const reason = refuseAddress(a.address, options);
    if (reason) throw new ForbiddenError("fetch", `'${url.origin}' resolves to ${a.address}, a ${reason} address; claimtrail only fetches pages from public addresses`, { address: a.address, reason });
  }
  return answers[0] as { address: string; family: number };
}

function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError("fetch", `'${raw.slice(0, 200)}' is not a web address; expected http://… or https://…`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new InputError("fetch", `'${url.protocol}' addresses are not fetched; expected http or https`);
  if (url.username || url.password) throw new InputError("fetch", "addresses with a user name or password are not fetched");
  return url;
}

/** One request to an already checked address; connects to exactly that address (no second DNS answer can differ: DNS rebinding). */
function request(url: URL, target: { address: string; family: number }, signal: AbortSignal): Promise<IncomingMessage> {
  const pinned: LookupFunction = (_host, opts, cb) => {
    if ((opts as { all?: boolean }).all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else cb(null, target.address, target.family);
  };
  const lib = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ""),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: "GET",
        lookup: pinned,
        agent: false,
        signal,
        headers: {
          "user-agent": "claimtrail/0.1 (+https://github.com/claimtrail; evidence snapshot for a fact-check)",
          accept: "text/html, text/plain;q=0.9",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    req.on("error", reject);
    req.end();
  });
}

/** Reads a response body, decompressing when asked, and stops at maxBytes. */
async function readBody(res: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const encoding = String(res.headers["content-encoding"] ?? "identity").toLowerCase();
  let stream: Readable = res;
  if (encoding === "gzip" || encoding === "x-gzip") stream = res.pipe(createGunzip());
  else if (encoding === "deflate") stream = res.pipe(createInflate());
  else if (encoding === "br") stream = res.pipe(createBrotliDecompress());
  else if (encoding !== "identity") throw new InputError("fetch", `'${url}' came with content encoding '${encoding}'; expected gzip, deflate, br or none`);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        res.destroy();
        throw new TooLargeError("fetch", `'${url}' is larger than ${(maxBytes / 1024 / 1024).toFixed(1)} MB; expected one article page`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (isClaimtrailError(e)) throw e;
    throw new InputError("fetch", `'${url}' broke off while being read (${(e as Error).message})`);
  }
  return Buffer.concat(chunks);
}

/** Fetches `sourceUrl` once. Refused addresses are ForbiddenError; size, type, status, time and redirect problems InputError or TooLargeError. */
export async function fetchPage(sourceUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let url = checkUrl(sourceUrl);
    for (let hop = 0; ; hop++) {
      const target = await checkedAddress(url, options);
      let res: IncomingMessage;
      try {
        res = await request(url, target, controller.signal);
      } catch (e) {
        if (controller.signal.aborted) throw new InputError("fetch", `'${sourceUrl}' did not answer within ${timeoutMs / 1000} s`);
        throw new InputError("fetch", `'${url.href}' could not be fetched (${(e as Error).message})`);
      }
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hop >= maxRedirects) throw new InputError("fetch", `'${sourceUrl}' redirects more than ${maxRedirects} times; expected the article page`);
        url = checkUrl(new URL(res.headers.location, url).href);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new InputError("fetch", `'${url.href}' answered HTTP ${status}; expected 200 with the article page`);
      }
      const contentType = String(res.headers["content-type"] ?? "").toLowerCase();
      const format = ACCEPTED_TYPES[contentType.split(";")[0]?.trim() ?? ""];
      if (!format) {
        res.destroy();
        throw new InputError("fetch", `'${url.href}' is '${contentType || "of no stated type"}'; expected an HTML page or plain text`);
      }
      const length = Number(res.headers["content-length"]);
      if (Number.isFinite(length) && length > maxBytes) {
        res.destroy();
        throw new TooLargeError("fetch", `'${url.href}' is ${(length / 1024 / 1024).toFixed(1)} MB; the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB`);
      }
      let bytes: Buffer;
      try {
        bytes = await readBody(res, maxBytes, url.href);
      } catch (e) {
        if (controller.signal.aborted) throw new InputError("fetch", `'${sourceUrl}' did not finish within ${timeoutMs / 1000} s`);
        throw e;
      }
      return { bytes, format, contentType, sourceUrl, finalUrl: url.href, fetchedAt: new Date().toISOString() };
    }
  } finally {
    clearTimeout(timer);
  }
}
