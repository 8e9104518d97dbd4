// `npm run build:content`: builds content/build/content.sqlite from content/sources and prints
// progress and a summary (documents, skipped stubs, duplicates, 金句, 提法, characters, seconds).
import { buildContentBundle } from '../electron/core/bundle/build-bundle.js';
import { BUNDLE_OUT_PATH, SOURCES_DIR } from '../electron/core/content/paths.js';

const args = process.argv.slice(2);
if (args.includes('--if-missing')) {
  // Desktop start: build only when the bundle is missing or in an older format.
  const { ensureContentBundle } = await import('./lib/ensure-bundle.js');
  await ensureContentBundle(BUNDLE_OUT_PATH);
  process.exit(0);
}
const outPath = args[0] ?? BUNDLE_OUT_PATH;
console.log(`构建内容库：${SOURCES_DIR} → ${outPath}`);
const s = await buildContentBundle({
  sourcesDir: SOURCES_DIR,
  outPath,
  onProgress: (p) => console.log(`  [${p.done}/${p.total}] ${p.file}`),
});
console.log('\n完成：');
console.log(`  版本        ${s.version}`);
console.log(`  文档        ${s.documents}`);
console.log(`  金句        ${s.quotes}`);
console.log(`  提法        ${s.terms}`);
console.log(`  字数        ${s.chars}`);
console.log(`  用时        ${s.seconds.toFixed(2)} 秒`);
console.log(`  未收录      ${s.skipped.length}`);
for (const k of s.skipped) console.log(`    - ${k.origin}《${k.title}》：${k.reason}`);
console.log(`  重复        ${s.duplicates.length}`);
for (const d of s.duplicates)
  console.log(`    - ${d.origin}《${d.title}》与 ${d.duplicateOf} ${d.kind === 'exact' ? '完全相同' : '高度相似'}`);
if (s.errors.length) {
  console.log(`  错误        ${s.errors.length}`);
  for (const e of s.errors) console.log(`    - ${e.file}：${e.message}`);
  process.exitCode = 1;
}
