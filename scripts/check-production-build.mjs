// Fails when the production build in dist/ could talk to anything but the real backend, or
// publishes its source: no mocked backend (no service worker, no chunk built from mocks/, no MSW
// code), no demo menu, no source maps. `npm run build:demo` is the build that has the mocks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run "npm run build" first.`);
  process.exit(1);
}

const files = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)],
  );

// Text only the mocked backend and the demo menu contain.
const MOCK_MARKERS = ['mockServiceWorker', '[MSW]', 'Reset demo data', '/api/demo/'];

const problems = [];
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
for (const chunk of Object.values(manifest)) {
  if (chunk.src?.startsWith('mocks/')) problems.push(`${chunk.file} is built from ${chunk.src}`);
}
for (const file of files(dist)) {
  const name = relative(dist, file);
  if (name.endsWith('.map')) problems.push(`${name}: a source map`);
  if (name === 'mockServiceWorker.js') problems.push(`${name}: the mocked backend's service worker`);
  if (/\.(js|html)$/.test(name)) {
    const text = readFileSync(file, 'utf8');
    for (const marker of MOCK_MARKERS) {
      if (text.includes(marker)) problems.push(`${name} contains "${marker}"`);
    }
  }
}

if (problems.length > 0) {
  console.error(`The production build in ${dist}/ is not fit to deploy:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`The production build in ${dist}/ has no mocked backend, no demo menu and no source maps.`);
