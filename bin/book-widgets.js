#!/usr/bin/env node
/**
 * book-widgets: check book files before publishing them, and make one from an ISBN.
 *
 *   book-widgets validate FILE...
 *   book-widgets import ISBN [--source openlibrary|google] [--api-key KEY] [--out FILE]
 */
import {readFile, writeFile} from 'node:fs/promises';
import {basename} from 'node:path';
import {parseArgs} from 'node:util';
import {BookDataError, parseBook, parseBookList} from '../dist/format/book.js';
import {normalizeIsbn} from '../dist/format/isbn.js';
import {fromGoogle, googleUrl} from '../dist/sources/google.js';
import {fromOpenLibrary, openLibraryUrl} from '../dist/sources/openlibrary.js';

const usage = `Usage:
  book-widgets validate FILE...
      Checks book files (and list files) and prints each problem as FILE: field: message.
  book-widgets import ISBN [--source openlibrary|google] [--api-key KEY] [--out FILE]
      Writes a book file made from the ISBN's record at Open Library (default) or Google Books,
      to FILE or to standard output, for you to check and edit.
Other base URLs for the sources (a proxy, a test server): BOOK_WIDGETS_OPENLIBRARY_URL,
BOOK_WIDGETS_GOOGLE_URL.`;

async function validate(files) {
  let bad = 0;
  for (const file of files) {
    const problems = [];
    try {
      const json = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
      // Relative URLs are fine in a file: resolve them against a stand-in web address.
      const baseUrl = `https://book-widgets.invalid/${basename(file)}`;
      const isList = json && typeof json === 'object' && Array.isArray(json.books) && !('title' in json && 'toc' in json);
      (isList ? parseBookList : parseBook)(json, {baseUrl});
    } catch (error) {
      if (error instanceof BookDataError) problems.push(...error.issues.map((i) => `${i.path || '(the file)'}: ${i.message}`));
      else if (error.code === 'ENOENT') problems.push('no such file');
      else problems.push(`not valid JSON (${error.message})`);
    }
    if (problems.length) bad++;
    for (const problem of problems) console.log(`${file}: ${problem}`);
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
    throw new Error(error.issues[0].message);
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
    throw new Error(`could not reach ${name} (${new URL(url).host}): ${error.cause?.code ?? error.cause?.message ?? error.message}`);
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
  const file = JSON.stringify({$schema: 'https://unpkg.com/book-widgets/schema/book.schema.json', ...found}, null, 2) + '\n';
  if (out) {
    await writeFile(out, file);
    console.error(`${out}: "${found.title}" from ${name}. Check it, and add what the source does not have.`);
  } else {
    process.stdout.write(file);
  }
  return 0;
}

async function main(argv) {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {source: {type: 'string'}, 'api-key': {type: 'string'}, out: {type: 'string', short: 'o'}, help: {type: 'boolean', short: 'h'}},
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  if (command === 'validate' && rest.length) return validate(rest);
  if (command === 'import' && rest.length === 1) return importIsbn(rest[0], values);
  console.error(usage);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`book-widgets: ${error.message}`);
    process.exit(1);
  },
);
