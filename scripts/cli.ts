// Command-line interface for power users and scripts: `npm run cli -- <command> [--json] [--data DIR]`.
// Every command is a call of the same API the UI uses, through the same validators.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiMethod } from '../electron/contract/api.js';
import { createCore, REPO_ROOT } from '../electron/core/app-core.js';
import { resolveDataDir } from '../electron/core/data-dir.js';
import { dispatch } from '../electron/core/dispatch.js';
import { flagString, parseArgs, type ParsedArgs } from './lib/args.js';
import { formatHuman } from './lib/cli-format.js';

interface Command {
  help: string;
  call(args: ParsedArgs): { method: ApiMethod; arg: unknown };
  /** Optional side effect on success (e.g. writing an exported file); returns what to print. */
  write?(value: unknown, args: ParsedArgs): string;
}

const num = (args: ParsedArgs, name: string) => {
  const v = flagString(args, name);
  return v === undefined ? undefined : Number(v);
};

const COMMANDS: Record<string, Command> = {
  info: { help: 'info                      版本、数据目录和数量统计', call: () => ({ method: 'info', arg: {} }) },
  import: {
    help: 'import <文件…>            导入文件（txt/md/html/docx/pdf/jsonl）',
    call: (args) => ({
      method: 'importFiles',
      arg: {
        files: args.positional
          .slice(1)
          .map((f) => ({ name: path.basename(f), dataBase64: fs.readFileSync(f).toString('base64') })),
      },
    }),
  },
  show: {
    help: 'show <文档ID>             显示一篇文档',
    call: (args) => ({ method: 'getDocument', arg: { id: args.positional[1] ?? '' } }),
  },
  list: {
    help: 'list [--type 讲话] [--year 2021] [--limit N]  列出文档',
    call: (args) => ({
      method: 'listDocuments',
      arg: { type: flagString(args, 'type'), year: num(args, 'year'), limit: num(args, 'limit') },
    }),
  },
  quotes: {
    help: 'quotes [--doc ID]         列出金句',
    call: (args) => ({ method: 'listQuotes', arg: { docId: flagString(args, 'doc'), limit: num(args, 'limit') } }),
  },
  terms: {
    help: 'terms                     列出提法',
    call: (args) => ({ method: 'listTerms', arg: { limit: num(args, 'limit') } }),
  },
  search: {
    help: 'search <查询> [--type 讲话] [--tag 标签] [--limit N]  全文检索',
    call: (args) => {
      const filters = [
        flagString(args, 'type') && `type:${flagString(args, 'type')}`,
        flagString(args, 'tag') && `tag:${flagString(args, 'tag')}`,
      ];
      const query = [args.positional.slice(1).join(' '), ...filters].filter(Boolean).join(' ');
      return { method: 'search', arg: { query, limit: num(args, 'limit') } };
    },
  },
  quiz: {
    help: 'quiz generate [--from quotes|terms|numbers] [--count N] | quiz import <题库文件>  出题、导入题库',
    call: (args) => {
      if (args.positional[1] === 'import') {
        const file = args.positional[2] ?? '';
        return {
          method: 'quizImport',
          arg: {
            name: path.basename(file),
            dataBase64: file && fs.existsSync(file) ? fs.readFileSync(file).toString('base64') : '',
          },
        };
      }
      // `quiz generate` (the default): saves new questions into the bank and reports counts.
      return { method: 'quizGenerate', arg: { from: flagString(args, 'from') ?? 'all', count: num(args, 'count') } };
    },
  },
  annotations: {
    help: 'annotations export --format md|docx --out 文件 [--group-by document|tag] [--tag 标签]  导出标注',
    call: (args) => ({
      method: 'exportAnnotations',
      arg: {
        format: flagString(args, 'format') ?? 'md',
        groupBy: flagString(args, 'group-by'),
        tag: flagString(args, 'tag'),
        docId: flagString(args, 'doc'),
      },
    }),
    write: (value, args) => {
      const file = value as { name: string; dataBase64: string };
      const out = path.resolve(flagString(args, 'out') ?? file.name);
      fs.writeFileSync(out, Buffer.from(file.dataBase64, 'base64'));
      return `已导出到 ${out}`;
    },
  },
  sessions: {
    help: 'sessions [list] | sessions handout|record <ID> [--out 文件] | sessions year <年份> [--format csv|docx] [--out 文件]  学习专题及导出',
    call: (args) => {
      const [, sub = 'list', target = ''] = args.positional;
      if (sub === 'handout') return { method: 'exportSessionHandout', arg: { id: Number(target) } };
      if (sub === 'record') return { method: 'exportSessionRecord', arg: { id: Number(target) } };
      if (sub === 'year')
        return {
          method: 'exportSessionYear',
          arg: { year: Number(target), format: flagString(args, 'format') ?? 'csv' },
        };
      return { method: 'listSessions', arg: {} };
    },
    write: (value, args) => {
      const v = value as {
        name?: string;
        dataBase64?: string;
        items?: { id: number; date: string | null; kind: string; title: string; itemCount: number }[];
      };
      if (v.items)
        return args.flags.json
          ? JSON.stringify(v, null, 2)
          : v.items.map((s) => `${s.id}\t${s.date ?? '未定'}\t${s.kind}\t${s.title}（${s.itemCount} 项）`).join('\n') ||
              '还没有学习专题。';
      const out = path.resolve(flagString(args, 'out') ?? v.name ?? 'export');
      fs.writeFileSync(out, Buffer.from(v.dataBase64 ?? '', 'base64'));
      return `已导出到 ${out}`;
    },
  },
  tags: {
    help: 'tags list [--json]        列出标签及数量',
    call: () => ({ method: 'listTags', arg: {} }),
  },
};

function usage(): string {
  return [
    '用法: npm run cli -- <命令> [--json] [--data 目录]',
    '',
    ...Object.values(COMMANDS).map((c) => '  ' + c.help),
  ].join('\n');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const name = args.positional[0];
  const command = name ? COMMANDS[name] : undefined;
  if (!command || args.flags.help) {
    console.log(usage());
    return name && !command ? 2 : 0;
  }
  const core = createCore({
    dataDir: resolveDataDir(flagString(args, 'data')),
    bundlePath: flagString(args, 'bundle') ?? path.join(REPO_ROOT, 'content', 'build', 'content.sqlite'),
  });
  try {
    const { method, arg } = command.call(args);
    const result = await dispatch(core.handlers, method, arg);
    if (result.ok && command.write) console.log(command.write(result.value, args));
    else if (args.flags.json) console.log(JSON.stringify(result.ok ? result.value : { error: result.error }, null, 2));
    else if (result.ok) console.log(formatHuman(method, result.value));
    else
      console.error(
        `错误：${result.error.message}${result.error.details ? '\n  ' + result.error.details.join('\n  ') : ''}`,
      );
    return result.ok ? 0 : 1;
  } finally {
    core.close();
  }
}

process.exitCode = await main();
