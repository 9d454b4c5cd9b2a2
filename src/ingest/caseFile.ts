/** case.json (contract §1): an optional title, description and per-file overrides of article metadata. */
import { z } from "zod";
import { ArticleFieldsSchema } from "./frontMatter.ts";

export const CaseFileSchema = z.object({
  title: z.string().max(1000).optional(),
  description: z.string().max(20_000).optional(),
  articles: z.array(ArticleFieldsSchema.extend({ file: z.string().min(1) })).default([]),
});
export type CaseFile = z.infer<typeof CaseFileSchema>;

/** Parses case.json text; returns the reason when it is not JSON or not of the expected shape. */
export function parseCaseFile(text: string): CaseFile | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { error: `case.json is not valid JSON (${(e as Error).message}); its overrides were ignored` };
  }
  const parsed = CaseFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    return { error: `case.json does not match { title, description, articles: [{ file, ... }] } (${issues}); its overrides were ignored` };
  }
  return parsed.data;
}
