#!/usr/bin/env node
/**
 * book-widgets: check book files before publishing them, and make one from an ISBN.
 *
 *   book-widgets validate FILE...
 *   book-widgets import ISBN [--source openlibrary|google] [--api-key KEY] [--out FILE]
 *   book-widgets render [BOOK] [--element TAG] [--attr NAME=VALUE]... [--lang LANG] [--country CC]
 *                           [--base-url URL] [--head] [--page-url URL] [--out FILE]
 */
import {readFile, writeFile} from 'node:fs/promises';
import {basename} from 'node:path';
import {parseArgs} from 'node:util';
import {BookDataError, parseBook, parseBookList} from '../dist/format/book.js';
import {normalizeIsbn} from '../dist/format/isbn.js';
import {fromGoogle} from '../dist/sources/google.js';
import {fromOpenLibrary} from '../dist/sources/openlibrary.js';
import {googleUrl, openLibraryUrl} from '../dist/sources/source.js';

const usage = `Usage:
  book-widgets validate FILE...
      Checks book files (and list files) and prints each problem as FILE: field: message.
  book-widgets import ISBN [--source openlibrary|google] [--api-key KEY] [--out FILE]
      Writes a book file made from the ISBN's record at Open Library (default) or Google Books,
      to FILE or to standard output, for you to check and edit.
  book-widgets render [BOOK] [--element TAG] [--attr NAME=VALUE]... [--lang LANG] [--country CC]
                          [--base-url URL] [--head] [--page-url URL] [--out FILE]
      Writes an element (default book-page) for the book file or URL as HTML with its content in
      it (declarative shadow DOM, the book inline: no request for it in the browser), to paste in
      a page that loads book-widgets.js. --head writes the page's <head> tags instead (title,
      description, canonical, Open Graph, Twitter card). --base-url: where the book file is
      served, for its relative URLs (a URL's own address by default; else they stay relative).
      --country: the store the prices and links are drawn for (default: --lang's region, else us);
      in the browser each reader then gets their own.
Other base URLs for the sources (a proxy, a test server): BOOK_WIDGETS_OPENLIBRARY_URL,
BOOK_WIDGETS_GOOGLE_URL.`;

/**
 * Text from a file, its name or a source's answer, safe to print: control characters (terminal escape
 * sequences that retitle, clear or write the clipboard; newlines that forge lines) and bidirectional
 * overrides are shown as \u escapes. JSON escapes C0 controls itself, so its output needs only the rest.
 */
const invisible = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const escaped = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const printable = (text) => String(text).replace(new RegExp(`[\\u0000-\\u001f${invisible}]`, 'g'), escaped);
const printableJson = (value) => JSON.stringify(value, null, 2).replace(new RegExp(`[${invisible}]`, 'g'), escaped);

/** Why a file could not be read, in words: a directory or a symlink loop is not "not valid JSON". */
const readProblem = (error) =>
  ({
    ENOENT: 'no such file',
    EISDIR: 'is a directory, not a file',
    ELOOP: 'is a symbolic link that loops',
    EACCES: 'cannot be read: permission denied',
    EPERM: 'cannot be read: permission denied',
  })[error.code] ?? `cannot be read (${error.code ?? error.message})`;

/** The problems of one book or list file, as `path: message` lines; none when it is valid. */
async function problemsOf(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return [readProblem(error)];
  }
  let json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return [`not valid JSON (${error.message})`];
  }
  // Relative URLs are fine in a file: resolve them against a stand-in web address.
  const baseUrl = `https://book-widgets.invalid/${encodeURIComponent(basename(file))}`;
  const isList = json && typeof json === 'object' && Array.isArray(json.books) && !('title' in json && 'toc' in json);
  try {
    (isList ? parseBookList : parseBook)(json, {baseUrl});
    return [];
  } catch (error) {
    if (error instanceof BookDataError) return error.issues.map((i) => `${i.path || '(the file)'}: ${i.message}`);
    throw error;
  }
}

async function validate(files) {
  let bad = 0;
  for (const file of files) {
    const problems = await problemsOf(file);
    if (problems.length) bad++;
    for (const problem of problems) console.log(printable(`${file}: ${problem}`));
  }
  console.log(`${files.length} file${files.length === 1 ? '' : 's'} checked, ${bad} with problems`);
  return bad ? 1 : 0;
}

async function importIsbn(input, {source = 'openlibrary', 'api-key': apiKey, out}) {
  if (source !== 'openlibrary' && source !== 'google') throw new Error(`--source must be openlibrary or google, not "${source}"`);
  let isbn13;
  try {
    isbn13 = normalizeIsbn(input);
  } catch (error) {
    throw new Error(error.issues[0].message, {cause: error});
  }
  const google = source === 'google';
  const name = google ? 'Google Books' : 'Open Library';
  const url = google
    ? googleUrl(isbn13, apiKey, process.env.BOOK_WIDGETS_GOOGLE_URL)
    : openLibraryUrl(isbn13, process.env.BOOK_WIDGETS_OPENLIBRARY_URL);
  let response;
  try {
    response = await fetch(url, {headers: {accept: 'application/json'}, signal: AbortSignal.timeout(15_000)});
  } catch (error) {
    throw new Error(
      `could not reach ${name} (${new URL(url).host}): ${error.cause?.code ?? error.cause?.message ?? error.message}`,
      {cause: error},
    );
  }
  if (!response.ok) throw new Error(`${name} answered ${response.status} ${response.statusText}`);
  let answer;
  try {
    answer = await response.json();
  } catch {
    throw new Error(`${name} did not answer with JSON`);
  }
  const found = google ? fromGoogle(answer, isbn13) : fromOpenLibrary(answer, isbn13);
  if (!found) throw new Error(`${name} has no book with ISBN ${isbn13}`);
  parseBook(found, {baseUrl: url}); // What we write must itself be a valid file.
  const file = printableJson({$schema: 'https://unpkg.com/book-widgets/schema/book.schema.json', ...found}) + '\n';
  if (out) {
    await writeFile(out, file);
    console.error(printable(`${out}: "${found.title}" from ${name}. Check it, and add what the source does not have.`));
  } else {
    process.stdout.write(file);
  }
  return 0;
}

async function render(input, values) {
  // Loaded here only: the server renderer is not needed to validate or import a book.
  const {renderElement, renderHead} = await import('../dist/ssr/render.js');
  const attributes = {};
  for (const pair of values.attr ?? []) {
    const at = pair.indexOf('=');
    const name = at < 0 ? pair : pair.slice(0, at);
    attributes[name] = at < 0 ? '' : pair.slice(at + 1);
  }
  const options = {lang: values.lang, baseUrl: values['base-url'], pageUrl: values['page-url'], country: values.country};
  const html = values.head
    ? await renderHead(input, options)
    : await renderElement(input, {...options, element: values.element, attributes});
  if (values.out) await writeFile(values.out, html + '\n');
  else process.stdout.write(html + '\n');
  return 0;
}

async function main(argv) {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      source: {type: 'string'},
      'api-key': {type: 'string'},
      out: {type: 'string', short: 'o'},
      element: {type: 'string'},
      attr: {type: 'string', multiple: true},
      lang: {type: 'string'},
      'base-url': {type: 'string'},
      'page-url': {type: 'string'},
      country: {type: 'string'},
      head: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'},
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (command === 'validate' && rest.length) return validate(rest);
  if (command === 'import' && rest.length === 1) return importIsbn(rest[0], values);
  if (command === 'render' && rest.length === 1) return render(rest[0], values);
  // The signup form is the one element with no book.
  if (command === 'render' && !rest.length && values.element === 'newsletter-signup') return render(undefined, values);
  console.error(usage);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(printable(`book-widgets: ${error.message}`));
    process.exit(1);
  },
);
