// CLI commands for the study workspace: export annotations, list tags.
import fs from 'node:fs';
import path from 'node:path';
import { flagString } from '../../lib/args.js';
import type { Command } from '../command.js';

export const workspaceCommands: Record<string, Command> = {
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
  tags: {
    help: 'tags list [--json]        列出标签及数量',
    call: () => ({ method: 'listTags', arg: {} }),
  },
};
