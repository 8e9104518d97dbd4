// The CLI as a function: `runCli(argv, io)` parses the arguments, opens the core on the chosen data
// folder, makes one API call through the same validators the UI uses and prints the result. The
// entry script and the tests both call it (the tests in-process, with captured output).
import path from 'node:path';
import { flagString, parseArgs } from '../lib/args.js';
import { formatHuman } from '../lib/cli-format.js';
import { recoveryText } from '../../electron/core/backup/recovery-text.js';
import { mark } from '../../electron/core/trace.js';
import { UsageError, type Call, type Command } from './command.js';
import type { dispatch as Dispatch } from '../../electron/core/dispatch.js';
import { backupCommands } from './commands/backup.js';
import { libraryCommands } from './commands/library.js';
import { quizCommands } from './commands/quiz.js';
import { sessionsCommands } from './commands/sessions.js';
import { workspaceCommands } from './commands/workspace.js';
import { compareCommands } from './commands/compare.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

export const consoleIo: CliIo = { out: (t) => console.log(t), err: (t) => console.error(t), env: process.env };

const COMMANDS: Record<string, Command> = {
  ...libraryCommands,
  ...quizCommands,
  ...workspaceCommands,
  ...sessionsCommands,
  ...compareCommands,
  ...backupCommands,
};

export function usage(): string {
  return [
    '用法: npm run cli -- <命令> [--json] [--data 目录]',
    '',
    ...Object.values(COMMANDS).map((c) => '  ' + c.help),
  ].join('\n');
}

/** Runs one CLI command; resolves with the process exit code. */
export async function runCli(argv: string[], io: CliIo = consoleIo): Promise<number> {
  mark('cli');
  const args = parseArgs(argv);
  const name = args.positional[0];
  const command = name ? COMMANDS[name] : undefined;
  if (!command || args.flags.help) {
    io.out(usage());
    return name && !command ? 2 : 0;
  }
  // The core (databases, validators, services) loads only for a real command: `--help` stays instant.
  // The command's slow preparations start first (the import worker thread, which takes longest to
  // be ready): the thread loads on the other core while this one loads the core and opens the
  // databases. Started alongside the core's modules, it began only once they were compiled.
  const prepared = await command.warm?.(args);
  mark('warm');
  const [{ createCore, REPO_ROOT }, { resolveDataDir }, { dispatch }] = await Promise.all([
    import('../../electron/core/app-core.js'),
    import('../../electron/core/data-dir.js'),
    import('../../electron/core/dispatch.js'),
    prepared?.ready,
  ]);
  mark('modules');
  const dataDir = resolveDataDir(flagString(args, 'data'), io.env);
  const core = createCore({
    dataDir,
    bundlePath: flagString(args, 'bundle') ?? path.join(REPO_ROOT, 'content', 'build', 'content.sqlite'),
    importLimits: prepared?.importLimits,
  });
  mark('core');
  try {
    let calls: ReturnType<Command['call']>;
    try {
      calls = command.call(args, { dataDir });
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      if (args.flags.json)
        io.out(JSON.stringify({ error: { code: 'INVALID_ARGUMENT', message: err.message } }, null, 2));
      else io.err(`错误：${err.message}`);
      return 2;
    }
    const { method, result, done } = await callAll(dispatch, core.handlers, command, calls).finally(() =>
      prepared?.release?.(),
    );
    mark('call');
    if (!result.ok && done > 0) io.err(`已完成前 ${done} 批（已保存）；以下一批出错：`);
    if (result.ok && command.write) io.out(command.write(result.value, args));
    else if (args.flags.json) io.out(JSON.stringify(result.ok ? result.value : { error: result.error }, null, 2));
    else if (result.ok) io.out(formatHuman(method, result.value));
    else {
      // A damaged database: the full recovery notice (what happened, the ways out), not just one line.
      const notice = result.error.code === 'DATABASE_DAMAGED' ? recoveryText(core.data.status()) : '';
      io.err(
        notice ||
          `错误：${result.error.message}${result.error.details ? '\n  ' + result.error.details.join('\n  ') : ''}`,
      );
    }
    return result.ok ? 0 : 1;
  } finally {
    core.close();
    mark('closed');
  }
}

/** Makes a command's calls in turn, stopping at the first failure; `done` = calls that succeeded. */
async function callAll(
  dispatch: typeof Dispatch,
  handlers: Parameters<typeof Dispatch>[0],
  command: Command,
  calls: Call | Iterable<Call>,
) {
  const list: Iterable<Call> = Symbol.iterator in calls ? calls : [calls];
  const values: unknown[] = [];
  let method: Call['method'] | undefined;
  let result: Awaited<ReturnType<typeof dispatch>> | undefined;
  for (const call of list) {
    method = call.method;
    result = await dispatch(handlers, call.method, call.arg);
    if (!result.ok) return { method, result, done: values.length };
    values.push(result.value);
  }
  if (!method || !result) throw new Error('the command made no call');
  if (values.length > 1) result = { ok: true, value: command.merge ? command.merge(values) : values.at(-1) };
  return { method, result, done: values.length };
}
