/** Sharing reviews on the command line: `export <case> --format reviews`, `import <reviews.json> --case <id>`, and analysing a store case (with its reviews) or a folder with a reviews file. */
import { existsSync, statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../core/errors.ts";
import { loadDefaultRegistry } from "../ingest/loadCase.ts";
import { analyseCaseFolder, type CaseAnalysis, type Progress } from "../pipeline.ts";
import { ReviewFileSchema, type Review, type ReviewInput } from "../review/types.ts";
import { storeCatalog } from "../store/catalog.ts";
import { DB_FILE, openStore } from "../store/store.ts";

/** Reads and checks a reviews file (a list, or `{ case, reviews }`); an InputError names the file and the first fault. */
export async function readReviewsFile(file: string): Promise<ReviewInput[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new InputError("reviews", `cannot read reviews file '${file}' (${(e as Error).message}); expected the JSON of claimtrail export --format reviews`, { file });
  }
  const parsed = ReviewFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError("reviews", `reviews file '${file}' does not match the reviews format at ${issue?.path.join(".") || "the top"}: ${issue?.message ?? "invalid"}`, { file });
  }
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.reviews;
}

/** Reviews from a file as the analysis takes them (ids and times given where the file has none). */
function asReviews(inputs: readonly ReviewInput[], caseId: string): Review[] {
  return inputs.map((r, i) => ({
    id: r.id ?? `file-${i + 1}`,
    case: caseId,
    action: r.action,
    anchor: r.anchor,
    ...(r.payload ? { payload: r.payload } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
    reviewer: r.reviewer,
    at: r.at ?? new Date(0).toISOString(),
  }));
}

/**
 * The analysis an export asks for: a case folder (with the reviews of `reviewsFile` when given), or — when `arg` is no
 * folder but a case of the store in `dataDir` — that case with the reviews the store keeps.
 */
export async function analyseCaseArg(arg: string, dataDir: string, reviewsFile: string | undefined, progress?: Progress): Promise<CaseAnalysis> {
  const isFolder = existsSync(arg) && statSync(arg).isDirectory();
  if (!isFolder && existsSync(path.join(dataDir, DB_FILE))) {
    const store = openStore(dataDir);
    try {
      if (store.getCase(arg)) {
        if (reviewsFile) throw new InputError("export", `--reviews applies to a case folder; case '${arg}' of the store has its own reviews (claimtrail import <file> --case ${arg} adds them)`);
        const analysis = storeCatalog(store, await loadDefaultRegistry()).get(arg);
        if (analysis) return analysis;
      }
    } finally {
      store.close();
    }
  }
  const reviews = reviewsFile ? asReviews(await readReviewsFile(reviewsFile), path.basename(path.resolve(arg))) : [];
  return analyseCaseFolder(arg, progress, reviews.length > 0 ? { reviews } : {});
}

/** `claimtrail export <case-id> --format reviews`: the store's reviews of a case as a JSON file another workspace can import. */
export const reviewsExportFormat = {
  name: "reviews",
  description: "the reviews of a case of the store (JSON), for claimtrail import <file> --case <id>",
  async run(caseId: string, out: string | undefined, dataDir: string): Promise<void> {
    if (!existsSync(path.join(dataDir, DB_FILE))) throw new InputError("export", `no store in '${dataDir}'; --format reviews exports the reviews of a case of the store (--data DIR)`);
    const store = openStore(dataDir);
    try {
      if (!store.getCase(caseId)) throw new InputError("export", `case '${caseId}' is not in the store ${store.file}; expected a case id (claimtrail serve lists them)`);
      const reviews = store.reviews(caseId).map(({ case: _c, ...r }) => r);
      const text = `${JSON.stringify({ case: caseId, reviews }, null, 2)}\n`;
      if (out) {
        await writeFile(out, text);
        process.stderr.write(`wrote ${out} (${reviews.length} review${reviews.length === 1 ? "" : "s"} of case '${caseId}')\n`);
      } else process.stdout.write(text);
    } finally {
      store.close();
    }
  },
};

/** `claimtrail import <reviews.json> --case <id>`: adds a file's reviews to a case of the store in one transaction; a review id already kept is skipped. */
export async function importReviewsFile(file: string, caseId: string, dataDir: string): Promise<void> {
  const inputs = await readReviewsFile(file);
  const store = openStore(dataDir);
  try {
    if (!store.getCase(caseId)) throw new InputError("import", `case '${caseId}' is not in the store ${store.file}; import its folder first`);
    const { added, skipped } = store.importReviews(caseId, inputs);
    for (const id of skipped) process.stderr.write(`warning: ${file}: review '${id}' is already kept for case '${caseId}'; not added twice\n`);
    process.stdout.write(`imported ${added.length} review${added.length === 1 ? "" : "s"} into case '${caseId}' of ${store.file}\n`);
  } finally {
    store.close();
  }
}
