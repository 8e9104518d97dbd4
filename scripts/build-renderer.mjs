// `npm run build:renderer`: bundles the React renderer with esbuild into dist/renderer (static
// files loaded from app:// in Electron and served by web mode): ES modules with lazy chunks, one
// CSS file, and index.html pointing at them with relative paths. A few seconds where the Vite
// (Rollup) production build took 15–45 s on two cores, which every fresh `npm start` paid.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureFresh, ROOT } from './lib/fresh.mjs';

export const RENDERER_OUT = path.join(ROOT, 'dist', 'renderer');
export const RENDERER_INPUTS = [
  'renderer',
  'electron/shared',
  'electron/contract',
  'scripts/build-renderer.mjs',
  'package-lock.json',
];

// esbuild gives `import X from 'cjs-package'` Node's meaning (X = module.exports) to files of a
// package with "type": "module", as ours is; the renderer is written for the bundler meaning
// (X = exports.default when __esModule is set: antd's locales, echarts-for-react). Our sources
// are therefore loaded in a namespace of their own, where esbuild applies that meaning.
const NS = 'source';
export const sourceInterop = {
  name: 'source-interop',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'inner' || (args.kind !== 'entry-point' && args.namespace !== NS)) return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'inner',
      });
      if (r.errors.length) return { errors: r.errors };
      if (!/\.tsx?$/.test(r.path) || r.path.includes(`${path.sep}node_modules${path.sep}`))
        return { path: r.path, external: r.external, sideEffects: r.sideEffects };
      return { path: r.path, namespace: NS };
    });
    b.onLoad({ filter: /.*/, namespace: NS }, async (a) => ({
      contents: await fs.promises.readFile(a.path, 'utf8'),
      loader: a.path.endsWith('x') ? 'tsx' : 'ts',
      resolveDir: path.dirname(a.path),
    }));
  },
};

export async function buildRenderer(out = RENDERER_OUT) {
  const { build } = await import('esbuild');
  fs.rmSync(out, { recursive: true, force: true });
  const r = await build({
    entryPoints: [path.join(ROOT, 'renderer', 'src', 'main.tsx')],
    outdir: path.join(out, 'assets'),
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome120'],
    jsx: 'automatic',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'warning',
    plugins: [sourceInterop],
  });
  const outputs = Object.entries(r.metafile.outputs).filter(([, o]) => o.entryPoint);
  const rel = (f) => './' + path.relative(out, path.resolve(ROOT, f)).split(path.sep).join('/');
  const [js, meta] = outputs.find(([f]) => f.endsWith('.js'));
  const css = meta.cssBundle ? `  <link rel="stylesheet" href="${rel(meta.cssBundle)}" />\n  </head>` : '</head>';
  const html = fs
    .readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8')
    .replace('</head>', css)
    .replace(
      /<script type="module" src="\.\/src\/main\.tsx"><\/script>/,
      `<script type="module" src="${rel(js)}"></script>`,
    );
  if (!html.includes(rel(js))) throw new Error('renderer/index.html: the entry <script> tag was not found');
  fs.writeFileSync(path.join(out, 'index.html'), html);
}

// By hand (`npm run build:renderer`, the test run): always builds, and stamps it for `npm start`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureFresh('renderer', RENDERER_INPUTS, ['dist/renderer/index.html'], () => buildRenderer(), { force: true });
  console.log('已构建：dist/renderer');
}
