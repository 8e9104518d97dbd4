// Human-readable output for CLI commands (the --json flag prints the raw API result instead).
import type { ApiMethod, ApiResults } from '../../electron/contract/api.js';

export function formatHuman(method: ApiMethod, value: unknown): string {
  switch (method) {
    case 'info': {
      const v = value as ApiResults['info'];
      return [
        `${v.app} ${v.version}`,
        `Node ${v.node} · SQLite ${v.sqlite}${v.electron ? ` · Electron ${v.electron}` : ''}`,
        `数据目录: ${v.dataDir}`,
        `数据库版本: ${v.schemaVersion}`,
        `内容库: ${v.content.documents} 篇文档, ${v.content.quotes} 条金句, ${v.content.terms} 个提法 (${v.content.version ?? '未构建'})`,
        `用户数据: ${v.counts.userDocuments} 篇导入文档, ${v.counts.tags} 个标签, ${v.counts.annotations} 条标注, ${v.counts.quizItems} 道题, ${v.counts.studySessions} 个学习专题`,
      ].join('\n');
    }
    case 'search': {
      const v = value as ApiResults['search'];
      const lines = [`共 ${v.total} 篇（${v.tookMs.toFixed(1)} ms）${v.notice ? ' — ' + v.notice : ''}`];
      for (const h of v.hits) lines.push(`${h.docId}\t${h.date ?? ''}\t${h.title}\t(${h.hitCount} 处)`);
      return lines.join('\n');
    }
    case 'listDocuments': {
      const v = value as ApiResults['listDocuments'];
      return [`共 ${v.total} 篇`, ...v.items.map((d) => `${d.id}\t${d.type}\t${d.date ?? ''}\t${d.title}`)].join('\n');
    }
    case 'getDocument': {
      const v = value as ApiResults['getDocument'];
      return [v.title, v.citation, '', ...v.paragraphs.map((p) => (p.kind === 'h' ? `## ${p.text}` : p.text))].join(
        '\n',
      );
    }
    case 'listQuotes': {
      const v = value as ApiResults['listQuotes'];
      return v.items.map((q) => `“${q.text}”\n  ${q.citation}`).join('\n');
    }
    case 'listTerms': {
      const v = value as ApiResults['listTerms'];
      return v.items.map((t) => `“${t.term}”\t${t.count}`).join('\n');
    }
    case 'importFiles': {
      const v = value as ApiResults['importFiles'];
      const label = { imported: '已导入', duplicate: '重复', error: '错误' } as const;
      return v.results.map((r) => `${label[r.status]}\t${r.name}\t${r.message}`).join('\n');
    }
    default:
      return JSON.stringify(value, null, 2);
  }
}
