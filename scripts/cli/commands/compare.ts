// CLI commands for 对比阅读, 引文核对 and 提法 through the years: `compare [旧ID 新ID]`,
// `verify "文本"`, `timeline <提法>`; `--out 文件.docx` exports instead of printing.
import fs from 'node:fs';
import path from 'node:path';
import type { Comparison, ExportFile, TermTimeline, Verification } from '../../../electron/contract/api.js';
import { flagString, type ParsedArgs } from '../../lib/args.js';
import type { Command } from '../command.js';

function writeExport(v: ExportFile, args: ParsedArgs): string {
  const out = path.resolve(flagString(args, 'out') ?? v.name);
  fs.writeFileSync(out, Buffer.from(v.dataBase64, 'base64'));
  return `已导出到 ${out}`;
}

function humanComparison(c: Comparison): string {
  const s = c.stats;
  const lines = [
    `旧：${c.older.title}（${c.older.id}）`,
    `新：${c.newer.title}（${c.newer.id}）`,
    `相同 ${s.same}，修改 ${s.changed}，新增 ${s.added}，删除 ${s.removed}，调整位置 ${s.moved}`,
    '新提法：',
    ...c.formulations.added.map((f) => `  ${f.term}（${f.count} 次）首次出现：${f.firstSeen?.title ?? '—'}`),
    '不再出现：',
    ...c.formulations.removed.map((f) => `  ${f.term}`),
    '数字变化：',
    ...c.numbers.filter((n) => n.changed).map((n) => `  ${n.label}：${n.older ?? '—'} → ${n.newer ?? '—'}`),
  ];
  return lines.join('\n');
}

function humanVerification(v: Verification): string {
  return v.sentences
    .map((s) => {
      const head = `[${s.verdict}] ${s.text}`;
      if (s.match) return `${head}\n  出处：${s.match.citation}（相似度 ${s.match.similarity}）`;
      return `${head}\n  书库中未找到出处${s.closest.map((c) => `\n  最接近：${c.citation}（相似度 ${c.similarity}）`).join('')}`;
    })
    .join('\n');
}

function humanTimeline(t: TermTimeline): string {
  return [
    `${t.term}：共 ${t.total} 次，${t.occurrences.length} 篇`,
    `首次出现：${t.first ? `${t.first.title}` : '—'}`,
    `最近一次：${t.latest ? `${t.latest.title}` : '—'}`,
    ...t.years.map((y) => `  ${y.year}\t${y.count} 次\t${y.docs} 篇`),
  ].join('\n');
}

const print =
  <T>(human: (v: T) => string) =>
  (value: unknown, args: ParsedArgs): string => {
    if ((value as ExportFile).dataBase64 !== undefined) return writeExport(value as ExportFile, args);
    return args.flags.json ? JSON.stringify(value, null, 2) : human(value as T);
  };

export const compareCommands: Record<string, Command> = {
  compare: {
    help: 'compare [旧ID 新ID] [--out 文件.docx]  对比两篇文档（默认：最新报告与上一年同类报告）',
    call: (args) => {
      const [, olderId, newerId] = args.positional;
      if (flagString(args, 'out')) return { method: 'exportComparison', arg: { olderId, newerId } };
      return { method: 'compareDocuments', arg: olderId && newerId ? { olderId, newerId } : {} };
    },
    write: print(humanComparison),
  },
  verify: {
    help: 'verify "引文"             核对引文出处',
    call: (args) => ({ method: 'verifyQuotation', arg: { text: args.positional.slice(1).join(' ') } }),
    write: print(humanVerification),
  },
  timeline: {
    help: 'timeline <提法> [--out 文件.docx]  提法的历年使用',
    call: (args) => {
      const term = args.positional.slice(1).join(' ');
      return flagString(args, 'out')
        ? { method: 'exportTermTimeline', arg: { term } }
        : { method: 'termTimeline', arg: { term } };
    },
    write: print(humanTimeline),
  },
};
