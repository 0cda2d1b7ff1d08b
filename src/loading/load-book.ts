/**
 * Loading book and list files: one request per absolute URL however many elements ask, a timeout,
 * abort support, and errors a site owner can act on.
 */
import {BookDataError, describeIssues, parseBook, parseBookList, type Book, type BookList, type Issue} from '../format/book.js';
import {normalizeIsbn} from '../format/isbn.js';
import {own} from '../format/schema.js';
import {loadCatalogue, needsCatalogue} from '../links/catalogue.js';
import {pageAffiliateIds} from '../links/affiliate.js';
import type {SourceName} from '../sources/source.js';

export type LoadErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'invalid';

/** What `book-error` carries in `detail.error`. */
export interface LoadErrorDetail {
  kind: LoadErrorKind;
  message: string;
  status?: number;
}

/** A failed load, classified by what went wrong. */
export class BookLoadError extends Error implements LoadErrorDetail {
  override name = 'BookLoadError';
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly status?: number,
    readonly issues?: Issue[],
  ) {
    super(message);
  }

  /** Any thrown value as a `BookLoadError`: invalid data stays `invalid`, the rest is `network`. */
  static from(error: unknown, what = 'The book data'): BookLoadError {
    if (error instanceof BookLoadError) return error;
    if (error instanceof BookDataError) return new BookLoadError('invalid', error.message, undefined, error.issues);
    return new BookLoadError('network', `${what} could not be loaded: ${(error as Error)?.message ?? error}`);
  }

  get detail(): LoadErrorDetail {
    return this.status === undefined
      ? {kind: this.kind, message: this.message}
      : {kind: this.kind, message: this.message, status: this.status};
  }
}

export interface LoadOptions {
  /** Aborting stops waiting; the request itself stops once nobody waits for it. */
  signal?: AbortSignal;
  /** Milliseconds until the load fails as `timeout`. Default 10 000. */
  timeout?: number;
  /** Where books by ISBN come from (and a file's `"enrich": true` fills in from). Default `openlibrary`. */
  source?: SourceName;
  /** Google Books API key, for `source: 'google'`. */
  apiKey?: string;
}

interface SharedLoad {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** In-flight and finished loads by kind and absolute URL. Failures are dropped so a retry refetches. */
const loads = new Map<string, SharedLoad>();
/** Keys whose last load failed: their next request skips the HTTP cache, which may hold the failure. */
const failed = new Set<string>();

/** `designing-ml.json` from a URL, for messages: the name a site owner recognises. */
const fileName = (url: URL) => decodeURIComponent(url.pathname.split('/').pop() || url.host);

const absolute = (url: string) => new URL(url, typeof document === 'undefined' ? undefined : document.baseURI);

/** A file the script tag's loader fetched while the element's code loaded (src/autoload.ts). */
type Prefetched = Pick<Response, 'ok' | 'status' | 'statusText' | 'text'>;

/** The loader's fetch of this URL, taken once: a retry, or a second load after a failure, asks anew. */
function takePrefetched(href: string, signal: AbortSignal): Promise<Prefetched> | undefined {
  const files = (globalThis as {[key: symbol]: Map<string, Promise<Prefetched>> | undefined})[
    Symbol.for('book-widgets.prefetched')
  ];
  const file = files?.get(href);
  if (!file) return undefined;
  files!.delete(href);
  // Not tied to this load's signal: stop waiting for it when the load is aborted or times out.
  return Promise.race([
    file,
    new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), {once: true})),
  ]);
}

async function fetchJson(
  url: URL,
  name: string,
  signal: AbortSignal,
  timedOut: () => boolean,
  cache: RequestCache,
): Promise<unknown> {
  const failure = (error: unknown): never => {
    if (timedOut()) throw new BookLoadError('timeout', `${name} did not answer in time; check that ${url.host} is up`);
    if (signal.aborted) throw error;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new BookLoadError(
      'network',
      offline
        ? `${name} could not be loaded: this device is offline`
        : `${name} could not be loaded from ${url.host}: the server is unreachable, or does not allow this site to read it (CORS)`,
    );
  };
  let response: Prefetched;
  try {
    response = await ((cache === 'default' && takePrefetched(url.href, signal)) ||
      fetch(url, {signal, cache, headers: {accept: 'application/json'}}));
  } catch (error) {
    return failure(error);
  }
  if (!response.ok) {
    const hint = response.status === 404 ? ': check the src URL' : response.status >= 500 ? ': the server failed' : '';
    throw new BookLoadError(
      'http',
      `${name} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${hint}`,
      response.status,
    );
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    return failure(error);
  }
  try {
    return JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    const looksLikeHtml = /^\s*</.test(body);
    throw new BookLoadError(
      'parse',
      looksLikeHtml
        ? `${name} is an HTML page, not JSON: check the src URL`
        : `${name} is not valid JSON (${(error as Error).message})`,
    );
  }
}

/** A JSON file, fetched once however many ask, parsed once with `parse`; for this module and the ISBN look-up. */
export function loadJson<T>(
  kind: string,
  src: string,
  parse: (json: unknown, baseUrl: string) => T | Promise<T>,
  {signal, timeout = 10_000}: LoadOptions,
  /** What messages call it; by default the file's name. */
  label?: string,
): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const url = absolute(src);
  const name = label ?? fileName(url);
  const key = `${kind} ${url.href}`;
  let load = loads.get(key);
  if (!load) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const entry: SharedLoad = {
      controller,
      waiting: 0,
      settled: false,
      promise: fetchJson(url, name, controller.signal, () => timedOut, failed.has(key) ? 'reload' : 'default')
        .then(async (json) => {
          try {
            return await parse(json, url.href);
          } catch (error) {
            if (!(error instanceof BookDataError)) throw error;
            throw new BookLoadError(
              'invalid',
              `${name} is not a valid ${kind} file. ${describeIssues(error.issues)}`,
              undefined,
              error.issues,
            );
          }
        })
        .finally(() => {
          clearTimeout(timer);
          entry.settled = true;
        }),
    };
    entry.promise.then(
      () => failed.delete(key),
      () => {
        failed.add(key);
        if (loads.get(key) === entry) loads.delete(key);
      },
    );
    loads.set(key, (load = entry));
  }
  const shared = load;
  shared.waiting++;
  if (!signal) return shared.promise as Promise<T>;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      // Nobody else is waiting: stop the request and forget it.
      if (--shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (loads.get(key) === shared) loads.delete(key);
      }
    };
    signal.addEventListener('abort', onAbort, {once: true});
    (shared.promise as Promise<T>).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Files with `"enrich": true`, merged once with their source's data. */
const enriched = new WeakMap<Book, Promise<Book>>();

/**
 * Loads and parses a book file. Relative URLs resolve against the page, and inside it against the
 * file. A file with `"isbn13"` and `"enrich": true` gets the fields it leaves out from its ISBN source.
 */
export async function loadBook(src: string, options: LoadOptions = {}): Promise<Book> {
  const book = await loadJson(
    'book',
    src,
    async (json, baseUrl) => {
      const parsed = parseBook(json, {baseUrl});
      // Its links need the retailer catalogue: it comes with the book, so they show with it.
      if (needsCatalogue(parsed, pageAffiliateIds())) await loadCatalogue();
      return parsed;
    },
    options,
  );
  if (!book.enrich || !book.isbn13) return book;
  if (!enriched.has(book)) {
    enriched.set(
      book,
      // Enrichment is a bonus: when the source fails, the file alone is shown.
      loadBookByIsbn(book.isbn13, options).then(
        // The file's fields, with the source's filling only what the file leaves out.
        (found) => own({...found, ...book}),
        () => book,
      ),
    );
  }
  return enriched.get(book)!;
}

/** Loads a book by ISBN from Open Library (default) or Google Books, as a book of the format. */
export function loadBookByIsbn(isbn: string, options: LoadOptions = {}): Promise<Book> {
  let isbn13: string;
  try {
    isbn13 = normalizeIsbn(isbn);
  } catch (error) {
    return Promise.reject(BookLoadError.from(error));
  }
  // The look-up and the sources' adapters load with the first book by ISBN: other pages never fetch them.
  return import('../sources/lookup.js').then(({lookUp}) => lookUp(isbn13, options));
}

/** Loads and parses a list file (`{"title", "books"}`). */
export const loadBookList = (src: string, options: LoadOptions = {}): Promise<BookList> =>
  loadJson('list', src, (json, baseUrl) => parseBookList(json, {baseUrl}), options);
