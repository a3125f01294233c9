import path from 'node:path';

/*
 * Imports flow one way: app -> features -> shared, as the README's architecture says. Each file
 * belongs to a layer by its folder; this rule resolves every import (the @/ and @mocks/ aliases
 * and relative paths alike) and refuses those a layer may not use. A feature is its own layer:
 * what two features share moves down to shared code.
 */

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

/** Which layers each layer may import, besides itself. */
const ALLOWED = {
  app: ['feature', 'components', 'api', 'lib', 'contract', 'domain'],
  feature: ['components', 'api', 'lib', 'contract', 'domain'],
  components: ['api', 'lib', 'contract', 'domain'],
  api: ['lib', 'contract', 'domain'],
  lib: ['contract', 'domain'],
  contract: ['domain'],
  domain: [],
};

/** { layer, name } of a file under src/ (name tells features apart), or null elsewhere. */
function layerOf(file) {
  const relative = path.relative(src, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return relative.startsWith(path.join('..', 'mocks')) ? { layer: 'mocks', name: 'mocks' } : null;
  }
  const [top, second] = relative.split(path.sep);
  if (top === 'features') return { layer: 'feature', name: `features/${second}` };
  if (top === 'testing') return { layer: 'testing', name: 'testing' };
  return top in ALLOWED ? { layer: top, name: top } : null;
}

function resolveImport(source, importer) {
  if (source.startsWith('@/')) return path.join(src, source.slice(2));
  if (source.startsWith('@mocks/')) return path.join(root, 'mocks', source.slice(7));
  if (source.startsWith('.')) return path.resolve(path.dirname(importer), source);
  return null; // a package
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports flow one way: app -> features -> shared code.' },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (from === null || !(from.layer in ALLOWED)) return {};
    const check = (node) => {
      if (node.source === null || node.source === undefined) return;
      const target = resolveImport(String(node.source.value), context.filename);
      const to = target === null ? null : layerOf(target);
      if (to === null || to.name === from.name) return;
      if (ALLOWED[from.layer].includes(to.layer)) return;
      const what = to.layer === 'feature' && from.layer === 'feature' ? 'another feature' : to.name;
      context.report({
        node: node.source,
        message: `${from.name} may not import ${what} (imports flow app -> features -> components/api -> lib/contract -> domain); move what is shared down.`,
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
