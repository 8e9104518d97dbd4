// Builds the content bundle on first start when it is missing or in an older format (web mode,
// CLI), with progress.
import fs from 'node:fs';

export async function ensureContentBundle(bundlePath: string): Promise<void> {
  const { bundleSchemaVersion } = await import('../../electron/core/db/attach-bundle.js');
  const { BUNDLE_SCHEMA_VERSION } = await import('../../electron/core/content/bundle-schema.js');
  if (fs.existsSync(bundlePath) && bundleSchemaVersion(bundlePath) === BUNDLE_SCHEMA_VERSION) return;
  console.log(fs.existsSync(bundlePath) ? '内容库格式已更新：正在重新构建…' : '首次启动：正在构建内容库…');
  const { buildContentBundle } = await import('../../electron/core/bundle/build-bundle.js').catch(() => ({
    buildContentBundle: null,
  }));
  if (!buildContentBundle) {
    console.warn('内容构建模块不可用，将以空书库启动。');
    return;
  }
  const { SOURCES_DIR } = await import('../../electron/core/content/paths.js');
  await buildContentBundle({
    sourcesDir: SOURCES_DIR,
    outPath: bundlePath,
    onProgress: (p: { done: number; total: number }) => process.stdout.write(`\r  ${p.done}/${p.total}`),
  });
  process.stdout.write('\n');
}
