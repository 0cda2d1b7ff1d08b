/**
 * Google Books as a book source: the mapping of its first volume into the book file format (the
 * request is in ./source.ts). Pure: tested on recorded answers in test/fixtures. Loaded only when a
 * book is looked up by ISBN.
 */
import {dropEmpty, firstYearOrDate, list, ownOnly, str} from './source.js';
import {limits} from '../format/book.js';

interface VolumeInfo {
  title?: unknown;
  subtitle?: unknown;
  authors?: unknown[];
  publisher?: unknown;
  publishedDate?: unknown;
  description?: unknown;
  industryIdentifiers?: {type?: unknown; identifier?: unknown}[];
  pageCount?: unknown;
  categories?: unknown[];
  imageLinks?: {smallThumbnail?: unknown; thumbnail?: unknown};
  language?: unknown;
  infoLink?: unknown;
}

// Google's descriptions sometimes carry simple markup; the format is plain text. `[^<>]` keeps this
// linear: with `[^>]`, a text of many `<` and no `>` rescans the rest of the text from each `<`.
const plain = (text: string | undefined) =>
  text
    ?.replace(/<[^<>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim() || undefined;

/** The first volume of Google's answer, in the book format; undefined when none was found. */
export function fromGoogle(answer: unknown, isbn13: string): Record<string, unknown> | undefined {
  const volume = (ownOnly(answer) as {items?: {volumeInfo?: VolumeInfo}[]} | null)?.items?.[0]?.volumeInfo;
  if (!volume || !str(volume.title)) return undefined;
  const title = str(volume.title)!;
  const id = (type: string) => str(list(volume.industryIdentifiers).find((i) => i.type === type)?.identifier);
  const image = str(volume.imageLinks?.thumbnail) ?? str(volume.imageLinks?.smallThumbnail);
  return dropEmpty({
    title,
    subtitle: str(volume.subtitle),
    authors: list(volume.authors)
      .map((a) => str(a))
      .filter(Boolean)
      .slice(0, limits.authors),
    cover: image && {src: image.replace(/^http:/, 'https:'), alt: `Cover of ${title}`},
    pages: typeof volume.pageCount === 'number' && volume.pageCount > 0 ? Math.round(volume.pageCount) : undefined,
    published: firstYearOrDate(volume.publishedDate),
    publisher: str(volume.publisher),
    language: str(volume.language),
    isbn13: id('ISBN_13') ?? isbn13,
    isbn10: id('ISBN_10'),
    categories: list(volume.categories)
      .map((c) => str(c))
      .filter(Boolean)
      .slice(0, 5),
    description: str(plain(str(volume.description, Infinity)), limits.prose),
    url: str(volume.infoLink)?.replace(/^http:/, 'https:'),
  });
}
