/** Front matter of .txt/.md articles: a `---` block of `key: value` lines at the top of the file (contract §1). */
import type * as Yaml from "yaml";
import { z } from "zod";
import { libraryOnFirstUse } from "./onFirstUse.ts";

const yaml = libraryOnFirstUse<typeof Yaml>("yaml");

/** The keys an article may state about itself, in front matter or in case.json. */
export const ArticleFieldsSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  outlet: z.string().min(1).max(200).optional(),
  title: z.string().max(1000).optional(),
  url: z.string().max(4000).optional(),
  published: z.union([z.string(), z.number()]).transform(String).optional(),
  published_estimated: z.union([z.boolean(), z.enum(["true", "false", "yes", "no"])]).transform((v) => v === true || v === "true" || v === "yes").optional(),
  language: z.string().max(40).optional(),
  author: z.string().max(500).optional(),
});
export type ArticleFields = z.infer<typeof ArticleFieldsSchema>;

export interface FrontMatterResult {
  fields: ArticleFields;
  /** The text after the block. */
  body: string;
  warnings: string[];
}

const BLOCK = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits off and validates a front-matter block; a broken block is reported and its text kept out of the article. */
export function parseFrontMatter(text: string): FrontMatterResult {
  const m = BLOCK.exec(text);
  if (!m) {
    if (/^\uFEFF?---[ \t]*\r?\n/.test(text)) {
      return { fields: {}, body: text, warnings: ["front matter opens with '---' but never closes; it was read as article text"] };
    }
    return { fields: {}, body: text.replace(/^\uFEFF/, ""), warnings: [] };
  }
  const body = text.slice(m[0].length);
  const block = m[1] ?? "";
  const warnings: string[] = [];
  let raw: unknown;
  try {
    // Dates must stay strings: YAML would turn 2019-03-28 into a Date and 2019 into a number.
    raw = plainScalarLines(block) ?? yaml().parse(block, { schema: "failsafe" });
  } catch (e) {
    // A headline with a colon ("title: Minister: subsidy has done its job") is not YAML but is what people write: where
    // every line is one key and the rest of the line its value, the lines are read so. Nothing is in doubt then, so
    // nothing is reported: a warning on every headline with a colon buried the report's real unknowns.
    const lines = plainLines(block, warnings);
    if (!lines) return { fields: {}, body, warnings: [`front matter is not valid 'key: value' lines (${(e as Error).message.split("\n")[0]}); its values were ignored`] };
    raw = lines;
  }
  if (raw === null || raw === undefined) return { fields: {}, body, warnings };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { fields: {}, body, warnings: ["front matter is not a list of 'key: value' lines; its values were ignored"] };
  }
  const known = ArticleFieldsSchema.keyof().options as readonly string[];
  const shape = ArticleFieldsSchema.shape as Record<string, z.ZodTypeAny>;
  const fields: Record<string, unknown> = {};
  for (const [k, v0] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.includes(k)) {
      warnings.push(`front matter key '${k}' is not one of ${known.join(", ")}; ignored`);
      continue;
    }
    // A bracketed kicker alone ("title: [VIDEO]") is a YAML list but a headline as written.
    const v = k === "title" && typeof v0 !== "string" ? (rawLineValue(block, k) ?? v0) : v0;
    const value = typeof v === "string" ? v.trim() : v;
    if (value === "") continue;
    // One unreadable value costs that field alone: the outlet and date beside it are still the article's.
    const parsed = (shape[k] as z.ZodTypeAny).safeParse(value);
    if (!parsed.success) {
      warnings.push(`front matter field '${k}' is invalid (${parsed.error.issues.map((i) => i.message).join("; ")}); that field was ignored`);
      continue;
    }
    fields[k] = parsed.data;
  }
  return { fields: fields as ArticleFields, body, warnings };
}

/** The text after `key:` on the block's one line for that key, or undefined when the key has no such single line. */
function rawLineValue(block: string, key: string): string | undefined {
  const hits = block.split(/\r?\n/).filter((l) => l.startsWith(`${key}:`));
  if (hits.length !== 1) return undefined;
  const value = (hits[0] as string).slice(key.length + 1).trim();
  return value === "" ? undefined : value;
}

/** A line YAML reads as one key and a plain string value, with nothing it could read otherwise (see plainScalarLines). */
const PLAIN_LINE = /^([A-Za-z][A-Za-z0-9_]{0,63}): +([\p{L}\p{N}][\p{L}\p{N}\p{M} .,'’()/_-]*)$/u;

/**
 * The block as YAML's failsafe schema reads it, where every line is `key: value` with a key of word characters and a
 * value YAML can only read as that plain string (it opens with a letter or digit and holds no colon, hash, quotation
 * mark, tab or other indicator), each key once; otherwise undefined, and YAML reads the block. Parsing each article's
 * front matter with the YAML library was most of loading a case (0.2 ms an article).
 */
function plainScalarLines(block: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const line of block.split("\n")) {
    const kv = PLAIN_LINE.exec(line);
    if (!kv || Object.hasOwn(out, kv[1] as string)) return undefined;
    out[kv[1] as string] = (kv[2] as string).trimEnd();
  }
  return out;
}

/**
 * Each line as `key: the rest of the line` (surrounding quotation marks dropped), or undefined when a line is not so.
 * A value that opens a YAML list or map and is not one is read by its field: a title opening with a bracketed kicker
 * ("[단독] …", "[HOAKS] …", "[UPDATE] …") is a headline as written; any other such value ("[unclosed") is dropped
 * with a warning naming the field, and the other lines still count.
 */
function plainLines(block: string, warnings: string[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    if (line.trim() === "" || /^\s*#/.test(line)) continue;
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!kv?.[1]) return undefined;
    const value = (kv[2] ?? "").trim();
    if (/^[[{]/u.test(value) && !(kv[1] === "title" && KICKER.test(value))) {
      warnings.push(`front matter field '${kv[1]}' opens a YAML list or map it does not close ('${value.slice(0, 60)}'); that field was ignored`);
      continue;
    }
    out[kv[1]] = value.replace(/^(["'])(.*)\1$/u, "$2");
  }
  return out;
}

/** A headline's bracketed kicker followed by the headline: "[단독?] 루미나 …", "[CEK FAKTA] …". */
const KICKER = /^\[[^\[\]{}\n]{1,40}\](?:\s*\[[^\[\]{}\n]{1,40}\])*\s*\S/u;
