/**
 * `book-widgets render …` run as a site's build runs it, in a process of its own (the server
 * renderer's DOM stand-ins stay out of the calling server), for the pages that show pre-rendered
 * elements: the demo's, the browser tests' and the benchmark's. Each rendering is made once.
 */
import {execFile} from 'node:child_process';
import {resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const rendered = new Map();

/** The command's output for these arguments (after `render`); rejects with what it printed on failure. */
export function renderWithCli(args) {
  const key = JSON.stringify(args);
  if (!rendered.has(key)) {
    const output = new Promise((done, fail) =>
      execFile(
        process.execPath,
        [resolve(root, 'bin/book-widgets.js'), 'render', ...args],
        {cwd: root},
        (error, stdout, stderr) => (error ? fail(new Error(stderr || error.message)) : done(stdout)),
      ),
    );
    output.catch(() => rendered.delete(key));
    rendered.set(key, output);
  }
  return rendered.get(key);
}

/**
 * The demo book's page, pre-rendered: its head tags and its `<book-page>`, with the demo's styles and
 * the script tag (`script: false` for none). `origin` is where the demo is served, for absolute URLs.
 */
export async function prerenderedDemoPage(origin, {script = true} = {}) {
  const book = 'demo/data/designing-machine-learning-systems.json';
  const baseUrl = `${origin}/${book}`;
  const [head, body] = await Promise.all([
    renderWithCli([book, '--head', '--base-url', baseUrl, '--page-url', `${origin}/demo/prerendered.html`]),
    renderWithCli([book, '--base-url', baseUrl, '--attr', 'structured-data', '--attr', 'heading-level=1']),
  ]);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <link rel="icon" href="data:,">
    ${head.trim().split('\n').join('\n    ')}
    <link rel="stylesheet" href="demo.css">
    ${script ? '<script type="module" src="../dist/book-widgets.js"></script>' : ''}
  </head>
  <body>
    <main class="wrap prerendered">
      ${body.trim()}
    </main>
  </body>
</html>
`;
}
