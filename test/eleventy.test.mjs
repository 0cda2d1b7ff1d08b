// The Eleventy plugin, in a real Eleventy 3 build of a small site whose config and template are the
// README's: the elements come out with their content, the head with its tags, the script copied.
import {cp, mkdtemp, readFile, writeFile, access} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';

const readme = await readFile('README.md', 'utf8');
const block = (lang, marker) => {
  const found = [...readme.matchAll(new RegExp('```' + lang + '\\n([^]*?)```', 'g'))]
    .map((m) => m[1])
    .find((code) => code.includes(marker));
  assert.ok(found, `README has a ${lang} block with ${marker}`);
  return found;
};

describe('the Eleventy plugin', () => {
  it('builds the README’s site: elements with their content, head tags, the script', {timeout: 120_000}, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bw-eleventy-'));
    await cp('demo/data', join(dir, 'books'), {recursive: true});
    await cp('demo/data/designing-machine-learning-systems.json', join(dir, 'books', 'dmls.json'));
    // The README's config, importing the package as a site would (its name resolved to this build).
    const config = block('js', 'book-widgets/eleventy').replace(
      "'book-widgets/eleventy'",
      JSON.stringify(new URL('../dist/ssr/eleventy.js', import.meta.url).href),
    );
    await writeFile(join(dir, 'eleventy.config.js'), config);
    await writeFile(join(dir, 'package.json'), '{"type": "module"}');
    await writeFile(join(dir, 'index.njk'), `<!doctype html><html lang="en">${block('njk', '{% book ')}</html>`);
    await writeFile(join(dir, 'liquid.liquid'), '{% book "books/dmls.json" "book-faq" %}');
    const {Eleventy} = await import('@11ty/eleventy');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const eleventy = new Eleventy('.', '_site', {quietMode: true, configPath: 'eleventy.config.js'});
      await eleventy.write();
    } finally {
      process.chdir(cwd);
    }
    const page = await readFile(join(dir, '_site', 'index.html'), 'utf8');
    assert.match(page, /<title>Designing Machine Learning Systems: An Iterative Process/);
    assert.match(
      page,
      /<meta property="og:image" content="https:\/\/example\.com\/books\/covers\/designing-machine-learning-systems\.svg">/,
    );
    assert.match(page, /<link rel="canonical" href="https:\/\/example\.com\/">/);
    assert.match(page, /<book-card\s+layout="horizontal" lang="de"[^>]*><template shadowrootmode="open">/);
    assert.match(page, /Bei Amazon kaufen/);
    assert.match(page, /<book-page\s+lang="en"[^>]*><template shadowrootmode="open">/);
    assert.match(page, /src="https:\/\/example\.com\/books\/covers\/designing-machine-learning-systems\.svg"/);
    const liquid = await readFile(join(dir, '_site', 'liquid', 'index.html'), 'utf8');
    assert.match(liquid, /^<book-faq\s+lang="en"[^>]*><template shadowrootmode="open">[^]*Frequently asked questions/);
    await access(join(dir, '_site', 'book-widgets', 'book-widgets.js'));
    await access(join(dir, '_site', 'books', 'dmls.json'));
  });
});
