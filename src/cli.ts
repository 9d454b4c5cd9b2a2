/** The `claimtrail` command: one table of subcommands, errors caught once here and turned into a message and an exit code. */
import { defineCommand, runCommand, showUsage, type CommandDef } from "citty";
import { isClaimtrailError } from "./core/errors.ts";
import { EXIT } from "./cli/shared.ts";

export const mainCommand = defineCommand({
  meta: {
    name: "claimtrail",
    version: "0.1.0",
    description: "Shows how one claim moved between news outlets: who said it, who copied whom, how many independent sources really stand behind it.",
  },
  // Each command's module is loaded only when that command runs: `serve` then never loads the analysis libraries before
  // it listens (they load when a case is analysed), and a command's start costs only what it uses.
  subCommands: {
    analyze: () => import("./cli/analyze.ts").then((m) => m.analyzeCommand),
    serve: () => import("./cli/serve.ts").then((m) => m.serveCommand),
    eval: () => import("./cli/eval.ts").then((m) => m.evalCommand),
    import: () => import("./cli/workspace.ts").then((m) => m.importCommand),
    export: () => import("./cli/export.ts").then((m) => m.exportCommand),
    report: () => import("./cli/report.ts").then((m) => m.reportCommand),
  },
});

type Lazy<T> = T | Promise<T> | (() => T | Promise<T>);

async function resolveForUsage(cmd: CommandDef, rawArgs: string[]): Promise<[CommandDef, CommandDef | undefined]> {
  const subs = (cmd.subCommands ?? {}) as Record<string, Lazy<CommandDef>>;
  const name = rawArgs.find((a) => !a.startsWith("-"));
  const given = name && Object.hasOwn(subs, name) ? subs[name] : undefined;
  const sub = typeof given === "function" ? await given() : await given;
  return sub ? [sub, cmd] : [cmd, undefined];
}

/** Runs the CLI and returns the exit code. */
export async function main(rawArgs: string[]): Promise<number> {
  if (rawArgs.length === 0 || rawArgs.includes("--help") || rawArgs.includes("-h")) {
    const [cmd, parent] = await resolveForUsage(mainCommand, rawArgs);
    await showUsage(cmd, parent);
    return rawArgs.length === 0 ? EXIT.usage : EXIT.ok;
  }
  if (rawArgs.length === 1 && (rawArgs[0] === "--version" || rawArgs[0] === "-v")) {
    process.stdout.write("0.1.0\n");
    return EXIT.ok;
  }
  try {
    await runCommand(mainCommand, { rawArgs });
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (isClaimtrailError(e)) {
      process.stderr.write(`${e.message}\n`);
      return EXIT.input;
    }
    if ((e as { name?: string }).name === "CLIError") {
      const [cmd, parent] = await resolveForUsage(mainCommand, rawArgs);
      await showUsage(cmd, parent);
      process.stderr.write(`${(e as Error).message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`claimtrail: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.internal;
  }
}
