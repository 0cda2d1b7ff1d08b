/**
 * Books by ISBN, loaded with the first look-up (pages without one never fetch this): the request to
 * the source, and the adapter that maps its answer into the book format. Open Library is asked for
 * the ISBNs of one task together, in one request: 100 cards by ISBN make one request, not 100.
 */
import {parseBook, type Book} from '../format/book.js';
import {BookLoadError, loadJson, type LoadOptions} from '../loading/load-book.js';
import {fromGoogle} from './google.js';
import {fromOpenLibrary} from './openlibrary.js';
import {googleUrl, openLibraryUrl, sourceBase} from './source.js';

/** ISBNs in one Open Library request: its URL stays under 2,000 characters. */
export const batchSize = 50;

/** An Open Library request being gathered: the ISBNs asked for in this task, and its URL once sent. */
interface Batch {
  isbns: string[];
  url: Promise<string>;
}
/** The batch gathering ISBNs now, by the source's base URL (a page may set another: a proxy). */
const gathering = new Map<string | undefined, Batch>();
/** The batch that answers each base URL and ISBN, until its request fails (then the next ask starts anew). */
const batchOf = new Map<string, Batch>();
/** Each answer's books, parsed once however many elements show them. */
const parsed = new WeakMap<object, Map<string, Book>>();

const batchFor = (isbn13: string, base: string | undefined): Batch => {
  const key = `${base} ${isbn13}`;
  let batch = batchOf.get(key);
  if (batch) return batch;
  batch = gathering.get(base);
  if (!batch || batch.isbns.length >= batchSize) {
    const next: Batch = {isbns: [], url: undefined!};
    // Sent once the task's elements have all asked: a macrotask after the first.
    next.url = new Promise((resolve) =>
      setTimeout(() => {
        if (gathering.get(base) === next) gathering.delete(base);
        resolve(openLibraryUrl(next.isbns, base));
      }),
    );
    gathering.set(base, (batch = next));
  }
  batch.isbns.push(isbn13);
  batchOf.set(key, batch);
  return batch;
};

/** The book with this ISBN-13 from Open Library (default) or Google Books. */
export async function lookUp(isbn13: string, options: LoadOptions): Promise<Book> {
  if (options.source === 'google') {
    const label = `Google Books' answer for ISBN ${isbn13}`;
    const url = googleUrl(isbn13, options.apiKey, sourceBase('google'));
    return loadJson(
      'isbn google',
      url,
      (json, base) => adapt(json, isbn13, base, fromGoogle, 'Google Books', label),
      options,
      label,
    );
  }
  const base = sourceBase('openlibrary');
  const batch = batchFor(isbn13, base);
  const url = await batch.url;
  const several = batch.isbns.length > 1;
  const label = `Open Library's answer for ISBN ${several ? batch.isbns.join(', ') : isbn13}`;
  let answer: {json: unknown; base: string};
  try {
    answer = await loadJson('isbn openlibrary', url, (json, base) => ({json, base}), options, label);
  } catch (error) {
    // A failed request is asked anew next time; one element that stopped waiting fails nothing.
    if (!options.signal?.aborted)
      for (const isbn of batch.isbns) if (batchOf.get(`${base} ${isbn}`) === batch) batchOf.delete(`${base} ${isbn}`);
    throw error;
  }
  let books = parsed.get(answer);
  if (!books) parsed.set(answer, (books = new Map()));
  let book = books.get(isbn13);
  if (!book) books.set(isbn13, (book = adapt(answer.json, isbn13, answer.base, fromOpenLibrary, 'Open Library', label)));
  return book;
}

function adapt(
  json: unknown,
  isbn13: string,
  baseUrl: string,
  adapter: (answer: unknown, isbn13: string) => Record<string, unknown> | undefined,
  source: string,
  label: string,
): Book {
  let found;
  try {
    found = adapter(json, isbn13);
  } catch (error) {
    // An answer of a shape the adapter does not expect is bad data, not a network failure.
    throw new BookLoadError('invalid', `${label} could not be read (${(error as Error).message})`);
  }
  if (!found) throw new BookLoadError('http', `${source} has no book with ISBN ${isbn13}`, 404);
  return parseBook(found, {baseUrl});
}
