/** Builds the explorer's browser script with esbuild at start-up, so `npm start` needs no separate build step. */
import { build } from "esbuild";
import path from "node:path";

export interface ClientBundle {
  js: string;
}

export const CLIENT_ENTRY = path.resolve(import.meta.dirname, "../client/main.ts");

/** Bundles src/client into one ES module (minified; sigma and graphology included). */
export async function buildClientBundle(entry = CLIENT_ENTRY): Promise<ClientBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "silent",
    legalComments: "none",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("server: the client bundle came out empty; expected src/client/main.ts to build");
  return { js: file.text };
}
