/**
 * Local stand-ins for the ISBN sources, answering from recorded answers in test/fixtures: Open
 * Library's `/api/books?bibkeys=ISBN:…,ISBN:…` and Google Books' `/volumes?q=isbn:…`. A book with no fixture
 * gets the source's own "not found" answer ({} and totalItems: 0). Used by the browser tests, the CLI
 * tests and the demo (which has no internet to reach the real services).
 */
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';

const fixtures = resolve(import.meta.dirname, 'fixtures');

const fixture = (name) => readFile(resolve(fixtures, name), 'utf8').catch(() => undefined);

/**
 * Answers `url` (a path with its query) if it is a source request, else undefined. The ISBN names a
 * file on disk, so it is checked first: digits only (an X last), nothing like `ISBN:/../../secret`.
 */
export async function answerSourceRequest(url) {
  const {pathname, searchParams} = new URL(url, 'http://localhost');
  const isbn = (value) => (/^(\d{13}|\d{9}[\dX])$/.test(value) ? value : undefined);
  if (pathname.endsWith('/openlibrary/api/books')) {
    // Several ISBNs at once (`bibkeys=ISBN:a,ISBN:b`): one answer holding each that has a fixture.
    const answer = {};
    for (const key of (searchParams.get('bibkeys') ?? '').split(',')) {
      const asked = isbn(key.replace(/^ISBN:/, ''));
      const recorded = asked && (await fixture(`openlibrary-${asked}.json`));
      if (recorded) Object.assign(answer, JSON.parse(recorded));
    }
    return JSON.stringify(answer);
  }
  if (pathname.endsWith('/google/volumes')) {
    const asked = isbn((searchParams.get('q') ?? '').replace(/^isbn:/, ''));
    return (asked && (await fixture(`google-${asked}.json`))) ?? '{"kind": "books#volumes", "totalItems": 0}';
  }
  return undefined;
}

/** The same, as Koa middleware for the test runner and the demo server. */
export async function fakeSources(ctx, next) {
  const body = await answerSourceRequest(ctx.url);
  if (body === undefined) return next();
  ctx.type = 'application/json';
  ctx.body = body;
}
