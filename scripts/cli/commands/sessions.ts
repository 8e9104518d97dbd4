// CLI commands for study sessions: list them, export a handout, a record or a year.
import fs from 'node:fs';
import path from 'node:path';
import { flagString } from '../../lib/args.js';
import type { Command } from '../command.js';

export const sessionsCommands: Record<string, Command> = {
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
};
