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
  const warnings: string[] = [];
  let raw: unknown;
  try {
    // Dates must stay strings: YAML would turn 2019-03-28 into a Date and 2019 into a number.
    raw = plainScalarLines(m[1] ?? "") ?? yaml().parse(m[1] ?? "", { schema: "failsafe" });
  } catch (e) {
    // A headline with a colon ("title: Minister: subsidy has done its job") is not YAML but is what people write: where
    // every line is one key and the rest of the line its value, the lines are read so. Nothing is in doubt then, so
    // nothing is reported: a warning on every headline with a colon buried the report's real unknowns.
    const lines = plainLines(m[1] ?? "");
    if (!lines) return { fields: {}, body, warnings: [`front matter is not valid 'key: value' lines (${(e as Error).message.split("\n")[0]}); its values were ignored`] };
    raw = lines;
  }
  if (raw === null || raw === undefined) return { fields: {}, body, warnings };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return { fields: {}, body, warnings: ["front matter is not a list of 'key: value' lines; its values were ignored"] };
  }
  const known = ArticleFieldsSchema.keyof().options as readonly string[];
  const record: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.includes(k)) {
      warnings.push(`front matter key '${k}' is not one of ${known.join(", ")}; ignored`);
      continue;
    }
    record[k] = typeof v === "string" ? v.trim() : v;
    if (record[k] === "") delete record[k];
  }
  const parsed = ArticleFieldsSchema.safeParse(record);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return { fields: {}, body, warnings: [`front matter values are invalid (${issues}); they were ignored`] };
  }
  return { fields: parsed.data, body, warnings };
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

/** Each line as `key: the rest of the line` (surrounding quotation marks dropped), or undefined when a line is not so. */
function plainLines(block: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    if (line.trim() === "" || /^\s*#/.test(line)) continue;
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    // A value opening a YAML list or map ("[unclosed") is broken YAML, not a headline.
    if (!kv?.[1] || /^[[{]/u.test((kv[2] ?? "").trim())) return undefined;
    out[kv[1]] = (kv[2] ?? "").trim().replace(/^(["'])(.*)\1$/u, "$2");
  }
  return out;
}
