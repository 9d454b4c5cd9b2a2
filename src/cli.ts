/** The `claimtrail` command: one table of subcommands, errors caught once here and turned into a message and an exit code. */
import { defineCommand, runCommand, showUsage, type CommandDef } from "citty";
import { isClaimtrailError } from "./core/errors.ts";
import { analyzeCommand } from "./cli/analyze.ts";
import { serveCommand } from "./cli/serve.ts";
import { evalCommand } from "./cli/eval.ts";
import { importCommand } from "./cli/workspace.ts";
import { exportCommand } from "./cli/export.ts";
import { reportCommand } from "./cli/report.ts";
import { EXIT } from "./cli/shared.ts";

export const mainCommand = defineCommand({
  meta: {
    name: "claimtrail",
    version: "0.1.0",
    description: "Shows how one claim moved between news outlets: who said it, who copied whom, how many independent sources really stand behind it.",
  },
  subCommands: {
    analyze: analyzeCommand,
    serve: serveCommand,
    eval: evalCommand,
    import: importCommand,
    export: exportCommand,
    report: reportCommand,
  },
});

async function resolveForUsage(cmd: CommandDef, rawArgs: string[]): Promise<[CommandDef, CommandDef | undefined]> {
  const subs = (cmd.subCommands ?? {}) as Record<string, CommandDef>;
  const name = rawArgs.find((a) => !a.startsWith("-"));
  const sub = name ? subs[name] : undefined;
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
