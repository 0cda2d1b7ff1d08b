/**
 * A Rollup plugin that squeezes the static text of Lit's css`` and html`` templates: comments and
 * indentation cost bytes in every page that embeds the bundle, and terser leaves template text alone.
 */
const squeezeCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // 0.5em → .5em
    .replace(/([\s:(,/-])0\.(\d)/g, '$1.$2');

// Whitespace with a line break is indentation: gone between tags, one space elsewhere.
const squeezeHtml = (text) => text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');

const walk = (node, visit) => {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
};

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\b(css|html)\s*`/.test(code) || id.includes('node_modules')) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const squeeze = node.tag.name === 'css' ? squeezeCss : node.tag.name === 'html' ? squeezeHtml : undefined;
        if (!squeeze) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const squeezed = squeeze(raw);
          if (squeezed !== raw) edits.push([quasi.start, quasi.end, squeezed]);
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return {code: out, map: null};
    },
  };
}
