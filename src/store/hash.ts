/** Hashes that identify content: of bytes, of an article's normalised text (duplicates), and normalised addresses. */
import { createHash } from "node:crypto";
import { foldTypography, squashSpace } from "../core/text.ts";

/** Hex SHA-256 of bytes or a string (UTF-8). */
export function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Hash of an article's text with case, typography and white space normalised: a re-pasted or re-saved copy hashes the same. */
export function textHash(text: string): string {
  return sha256(squashSpace(foldTypography(text.normalize("NFKC")).toLowerCase()));
}

/** Query parameters that track a reader rather than name a page. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/** A normalised address for duplicate detection: lower-case host without `www.`, no fragment, default port, tracking parameters or trailing slash. Undefined for non-http(s) or invalid text. */
export function urlKey(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
  const host = u.hostname.toLowerCase().replace(/^www\./, "");
  const params = [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : "";
  const pathname = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, "") : "";
  // http and https copies of a page are the same article.
  return `${host}${u.port ? `:${u.port}` : ""}${pathname}${query}`;
}
