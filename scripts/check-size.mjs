// Fails when the JavaScript the first page needs grows past the budget.
// "The first page" is the entry chunk and every chunk it imports statically, as Vite's manifest
// records them; lazily loaded pages and the mocked backend (loaded only when mocks are on) are
// dynamic imports and so are not counted.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 220;
// Another build folder can be measured: node scripts/check-size.mjs dist-demo
const dist = process.argv[2] ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run "npm run build" first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) {
  console.error('The manifest names no entry chunk.');
  process.exit(1);
}

const firstPage = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstPage.has(chunk.file)) return;
  firstPage.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);

let totalBytes = 0;
const rows = [...firstPage]
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const gzipBytes = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    totalBytes += gzipBytes;
    return { file, 'kB gzip': (gzipBytes / 1000).toFixed(1) };
  });
console.table(rows);
const totalKb = totalBytes / 1000;
console.log(`First page JavaScript: ${totalKb.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB).`);
if (totalKb > BUDGET_KB) {
  console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} kB.`);
  process.exit(1);
}
