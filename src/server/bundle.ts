/** The explorer's browser script: prebuilt into dist/ by bin/build.js, or built with esbuild at start-up when running from src/, so `npm start` needs no separate build step. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PACKAGE_ROOT, RUNNING_COMPILED, SRC_DIR } from "../core/layout.ts";

export interface ClientBundle {
  js: string;
}

export const CLIENT_ENTRY = path.join(SRC_DIR, "client/main.ts");

/** The prebuilt bundle's file name inside dist/. */
export const PREBUILT_BUNDLE_NAME = "app.js";

/** Bundles src/client into one ES module (minified; sigma and graphology included). */
export async function buildClientBundle(entry = CLIENT_ENTRY): Promise<ClientBundle> {
  // Loaded here, not at the top: a compiled start serves the prebuilt bundle and never needs esbuild.
  const { build } = await import("esbuild");
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

/** The bundle a server serves: dist/'s prebuilt one when running compiled (bin/claimtrail.js runs dist/ only when it is newer than src/), else a fresh build. */
export async function loadClientBundle(): Promise<ClientBundle> {
  if (RUNNING_COMPILED) {
    const js = await readFile(path.join(PACKAGE_ROOT, "dist", PREBUILT_BUNDLE_NAME), "utf8").catch(() => undefined);
    if (js !== undefined) return { js };
  }
  return buildClientBundle();
}
