/**
 * Open Library as a book source: the mapping of its answer (the Books API, `jscmd=data`) into the
 * book file format (the request is in ./source.ts). Pure: tested on recorded answers in
 * test/fixtures. Loaded only when a book is looked up by ISBN.
 */
import {dropEmpty, firstYearOrDate, list, ownOnly, str} from './source.js';
import {limits} from '../format/book.js';

interface Named {
  name?: unknown;
  url?: unknown;
}
interface OpenLibraryBook {
  title?: unknown;
  subtitle?: unknown;
  url?: unknown;
  authors?: Named[];
  number_of_pages?: unknown;
  publish_date?: unknown;
  publishers?: Named[];
  identifiers?: {isbn_13?: unknown[]; isbn_10?: unknown[]};
  subjects?: Named[];
  table_of_contents?: {level?: unknown; label?: unknown; title?: unknown}[];
  excerpts?: {text?: unknown}[];
  cover?: {small?: unknown; medium?: unknown; large?: unknown};
}

/** The book in Open Library's answer for this ISBN, in the book format; undefined when not found. */
export function fromOpenLibrary(answer: unknown, isbn13: string): Record<string, unknown> | undefined {
  // This ISBN's entry alone is copied without a prototype: a batch's answer holds up to 50 books.
  const key = `ISBN:${isbn13}`;
  const entry =
    answer && typeof answer === 'object' && Object.prototype.hasOwnProperty.call(answer, key)
      ? (answer as {[key: string]: unknown})[key]
      : undefined;
  const found = ownOnly(entry) as OpenLibraryBook | undefined;
  if (!found || typeof found !== 'object' || !str(found.title)) return undefined;
  const title = str(found.title)!;
  const cover = str(found.cover?.large) ?? str(found.cover?.medium) ?? str(found.cover?.small);
  const chapters = list(found.table_of_contents)
    .filter((c) => !c.level && str(c.title))
    .slice(0, limits.chapters);
  const book: Record<string, unknown> = {
    title,
    subtitle: str(found.subtitle),
    authors: list(found.authors)
      .filter((a) => str(a.name))
      .slice(0, limits.authors)
      .map((a) => (str(a.url) ? {name: str(a.name), url: str(a.url)} : str(a.name))),
    cover: cover && {src: cover, alt: `Cover of ${title}`},
    pages: typeof found.number_of_pages === 'number' && found.number_of_pages > 0 ? Math.round(found.number_of_pages) : undefined,
    published: firstYearOrDate(found.publish_date),
    publisher: str(list(found.publishers)[0]?.name),
    isbn13: str(list(found.identifiers?.isbn_13).find((i) => str(i))) ?? isbn13,
    isbn10: str(list(found.identifiers?.isbn_10)[0]),
    categories: list(found.subjects)
      .map((s) => str(s.name))
      .filter(Boolean)
      .slice(0, 5),
    about: list(found.excerpts)
      .map((e) => str(e.text, limits.prose))
      .filter(Boolean)
      .slice(0, 1),
    toc: chapters.map((c) => ({title: str(c.title)})),
    url: str(found.url),
  };
  return dropEmpty(book);
}
