/** case.json (contract §1): an optional title, description and per-file overrides of article metadata, read field by field so one bad value costs only that value. */
import { ArticleFieldsSchema, type ArticleFields } from "./frontMatter.ts";

export interface CaseFileArticle extends ArticleFields {
  file: string;
}

export interface CaseFile {
  title?: string;
  description?: string;
  articles: CaseFileArticle[];
}

/** What parsing case.json kept, and a reason for everything it had to drop. */
export interface ParsedCaseFile {
  caseFile: CaseFile;
  /** One line per dropped value, naming the article (by file and id) and the field. */
  problems: string[];
}

const FIELD_NAMES = ArticleFieldsSchema.keyof().options;
const TEXT_LIMITS = { title: 1000, description: 20_000 } as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Checks one field with the same schema front matter uses; `null` means "not known" and is simply absent. */
function readField(name: (typeof FIELD_NAMES)[number], value: unknown): { ok: true; value: unknown } | { ok: false; reason: string } | undefined {
  if (value === null || value === undefined) return undefined;
  const parsed = ArticleFieldsSchema.shape[name].safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, reason: parsed.error.issues[0]?.message ?? "invalid value" };
}

/**
 * Parses case.json text. Only text that is not JSON, or not an object, loses the whole file; otherwise a bad title,
 * a bad article entry or a bad field is dropped alone, with a problem saying which and why.
 */
export function parseCaseFile(text: string): ParsedCaseFile | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: `case.json is not valid JSON (${(e as Error).message}); its overrides were ignored` };
  }
  if (!isRecord(raw)) return { error: "case.json is not an object { title, description, articles: [{ file, ... }] }; its overrides were ignored" };
  const problems: string[] = [];
  const caseFile: CaseFile = { articles: [] };
  for (const key of ["title", "description"] as const) {
    const v = raw[key];
    if (v === null || v === undefined) continue;
    if (typeof v === "string" && v.length <= TEXT_LIMITS[key]) caseFile[key] = v;
    else problems.push(`case.json: '${key}' must be text of at most ${TEXT_LIMITS[key]} characters; it was ignored`);
  }
  const list = raw.articles;
  if (list !== undefined && list !== null && !Array.isArray(list)) problems.push("case.json: 'articles' must be a list of { file, ... }; it was ignored");
  for (const [i, entry] of (Array.isArray(list) ? list : []).entries()) {
    if (!isRecord(entry) || typeof entry.file !== "string" || entry.file.length === 0) {
      problems.push(`case.json: article ${i + 1} has no 'file' naming its text; that entry was ignored`);
      continue;
    }
    const article: CaseFileArticle = { file: entry.file };
    const label = `article '${entry.file}'${typeof entry.id === "string" ? ` (id '${entry.id}')` : ""}`;
    for (const [key, value] of Object.entries(entry)) {
      if (key === "file") continue;
      if (!(FIELD_NAMES as readonly string[]).includes(key)) {
        problems.push(`case.json: ${label}: field '${key}' is not one of ${FIELD_NAMES.join(", ")}; ignored`);
        continue;
      }
      const field = key as (typeof FIELD_NAMES)[number];
      const read = readField(field, value);
      if (!read) continue;
      if (read.ok) Object.assign(article, { [field]: read.value });
      else problems.push(`case.json: ${label}: field '${field}' was dropped (${read.reason}); the article's other fields hold`);
    }
    caseFile.articles.push(article);
  }
  return { caseFile, problems };
}
