// Bundles the diagram client into ../web (served by DiagramServer.java) with esbuild; no type check,
// no network: node_modules comes from `npm ci` against package-lock.json.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = new URL('../web/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['src/app.ts'],
  bundle: true,
  outfile: out + 'bundle.js',
  platform: 'browser',
  target: 'es2020',
  sourcemap: false,
  minify: !process.env.SLICEWRIGHT_CLIENT_DEBUG, // readable names for profiling when set
  loader: { '.ttf': 'file', '.css': 'css' },
  assetNames: '[name]',
  logLevel: 'warning',
  // reflect-metadata and inversify rely on decorators compiled with emitDecoratorMetadata semantics
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, emitDecoratorMetadata: true } },
});
copyFileSync('public/diagram.html', out + 'diagram.html');
console.log('diagram client written to ' + out);
