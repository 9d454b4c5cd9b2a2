/**
 * A list of web addresses to import (`claimtrail import <case> --urls FILE`): plain text, one address a line (blank
 * lines and `#` comments skipped), or CSV with a header naming a `url` column (also `address`, `link`) and optionally
 * `outlet`, `published`, `title`, stated for that article as if given in the explorer.
 */
import type { ArticleFields } from "./frontMatter.ts";
import { MAX_ADDRESS_LIST_ENTRIES } from "./limits.ts";

/** One address to fetch, with what the list states about its article. */
export interface ListedAddress {
  /** Where it is in the list ("line 4"), for messages. */
  where: string;
  address: string;
  given: ArticleFields;
}

/** A line of the list that names no address claimtrail fetches. */
export interface ListProblem {
  where: string;
  text: string;
  reason: string;
}

export interface AddressList {
  addresses: ListedAddress[];
  problems: ListProblem[];
}

const URL_COLUMNS = ["url", "address", "link", "href"];
const GIVEN_COLUMNS = ["outlet", "published", "title"] as const;

/** Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Why `text` is not an address to fetch, or undefined when it is an http(s) address (the fetch checks where it leads). */
function notAnAddress(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "not a web address; expected http://… or https://…";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return `'${url.protocol}' addresses are not fetched; expected http or https`;
  return undefined;
}

/** Adds one entry, or a problem; the same address twice is imported once. */
function collect(out: AddressList, seen: Set<string>, where: string, address: string, given: ArticleFields): void {
  const reason = notAnAddress(address);
  if (reason) out.problems.push({ where, text: address, reason });
  else if (seen.has(address)) out.problems.push({ where, text: address, reason: "listed twice; imported once" });
  else if (out.addresses.length >= MAX_ADDRESS_LIST_ENTRIES) out.problems.push({ where, text: address, reason: `beyond the first ${MAX_ADDRESS_LIST_ENTRIES} addresses of one run; import the rest with another list` });
  else {
    seen.add(address);
    out.addresses.push({ where, address, given });
  }
}

/** Reads a list of addresses; `csv` when the file is CSV (by its name), else one address a line. */
export function parseAddressList(text: string, csv: boolean): AddressList {
  const out: AddressList = { addresses: [], problems: [] };
  const seen = new Set<string>();
  const body = text.replace(/^\uFEFF/, "");
  if (!csv) {
    body.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      if (line !== "" && !line.startsWith("#")) collect(out, seen, `line ${i + 1}`, line, {});
    });
    return out;
  }
  const [header = [], ...rows] = csvRows(body);
  const names = header.map((h) => h.trim().toLowerCase());
  const urlAt = names.findIndex((n) => URL_COLUMNS.includes(n));
  if (urlAt < 0) {
    out.problems.push({ where: "row 1", text: header.join(",").slice(0, 200), reason: `no address column; expected a header naming one of ${URL_COLUMNS.join(", ")}` });
    return out;
  }
  rows.forEach((row, i) => {
    const address = (row[urlAt] ?? "").trim();
    if (address === "" && row.every((f) => f.trim() === "")) return;
    const given: ArticleFields = {};
    for (const column of GIVEN_COLUMNS) {
      const value = row[names.indexOf(column)]?.trim();
      if (names.includes(column) && value) given[column] = value;
    }
    collect(out, seen, `row ${i + 2}`, address, given);
  });
  return out;
}
