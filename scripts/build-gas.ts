/**
 * `npm run build`: bundles the Apps Script add-in into dist/Code.js (one file, iife, es2020,
 * minified, no Node-only code), appends a generated top-level stub with its JSDoc for every
 * entry point (Apps Script only calls top-level function declarations by name), and writes
 * dist/appsscript.json. Prints the bundle size.
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_POINTS, stubsFor } from '../src/gas/entry-points';
import { MANIFEST } from '../src/gas/manifest';

const GLOBAL_NAME = 'baocao';
const root = join(__dirname, '..');
const dist = join(root, 'dist');

async function main(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'src', 'entry', 'gas.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    // es2022+ would emit class fields and #private, which Apps Script's parser rejects.
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    footer: { js: `\n${stubsFor(ENTRY_POINTS, GLOBAL_NAME)}` },
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]?.text ?? '';
  writeFileSync(join(dist, 'Code.js'), code);
  writeFileSync(join(dist, 'appsscript.json'), JSON.stringify(MANIFEST, null, 2) + '\n');
  const kb = (Buffer.byteLength(code) / 1024).toFixed(1);
  process.stdout.write(`dist/Code.js: ${kb} KB, ${ENTRY_POINTS.length} entry points; dist/appsscript.json\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
