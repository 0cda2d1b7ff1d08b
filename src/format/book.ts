/**
 * The book file format (format 1, documented in the README): its types, its parser and its JSON Schema, all
 * from the field definitions below.
 */
import {
  boolean,
  either,
  integer,
  lazy,
  list,
  oneOf,
  own,
  pattern,
  readDocument,
  record,
  shorthand,
  text,
  url,
  type Field,
  type FieldType,
  type Flat,
  type Issue,
} from './schema.js';

export type {Issue};

export interface Author {
  name: string;
  url?: string;
}

export interface Cover {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
}

export interface Chapter {
  /** Always set after parsing: missing numbers continue from the previous chapter. */
  number: number;
  title: string;
  summary?: string;
}

export interface Question {
  question: string;
  answer: string;
}

export type LinkKind = 'buy' | 'preview' | 'info';

export interface BookLink {
  href: string;
  label?: string;
  /** `amazon`, `bookshop`, `publisher` or any other name; lower case. */
  retailer?: string;
  kind: LinkKind;
}

/** A book after parsing: shorthands expanded, URLs absolute, chapters numbered. */
export interface Book {
  title: string;
  subtitle?: string;
  authors?: Author[];
  cover?: Cover;
  pages?: number;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published?: string;
  publisher?: string;
  language?: string;
  isbn13?: string;
  isbn10?: string;
  /** The book's own web page. */
  url?: string;
  categories?: string[];
  badges?: string[];
  tagline?: string;
  description?: string;
  about?: string[];
  highlights?: string[];
  outcomes?: string[];
  audience?: string[];
  toc?: Chapter[];
  faq?: Question[];
  /** Absolute URLs of other book files, or books written inline. */
  related?: (string | Book)[];
  links?: BookLink[];
  enrich?: boolean;
}

/** A list file for `<book-recommendations src>`. */
export interface BookList {
  title?: string;
  books: (string | Book)[];
}

/**
 * How much one file may hold: ten times what a real book needs, so that no file can freeze a page or
 * make it send a flood of requests. Over a cap, the file is refused with the field's path and the cap.
 */
export const limits = {
  /** Characters of a short text (titles, names, labels, list items). */
  text: 1_000,
  /** Characters of a long text (description, a paragraph, a summary, an answer). */
  prose: 20_000,
  authors: 50,
  tags: 30,
  paragraphs: 100,
  items: 100,
  chapters: 20_000,
  questions: 200,
  related: 100,
  links: 30,
} as const;

const prose = () => text({max: limits.prose});
const strings = (max: number = limits.items, item = text()) => list(item, max);
const isbnDigits = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();

const author: Field<Author> = shorthand(
  text({nonEmpty: true}),
  record({name: text({nonEmpty: true}), url: url()}, ['name']),
  (name) => own({name}),
);

const cover: Field<Cover> = shorthand(
  url({image: true}),
  record({src: url({image: true}), alt: text(), width: integer({min: 1}), height: integer({min: 1})}, ['src']),
  (src) => own({src}),
);

const chapter = record({title: text({nonEmpty: true}), summary: prose(), number: integer()}, ['title']);

const link: Field<BookLink> = (() => {
  const raw = record({href: url(), label: text(), retailer: text(), kind: oneOf(['buy', 'preview', 'info'] as const)}, ['href']);
  return {
    read: (value, path, ctx) => {
      const read = raw.read(value, path, ctx);
      return read && own({...read, retailer: read.retailer?.toLowerCase(), kind: read.kind ?? 'buy'});
    },
    describe: raw.describe,
  };
})();

const bookRef = '#/$defs/book';
/** Another book: the URL of its file, or the book written inline (related books, a list's books). */
const bookOrUrl = either(
  (v) => typeof v === 'string',
  url(),
  lazy(() => bookField, bookRef),
);

const bookFields = record(
  {
    title: text({nonEmpty: true}),
    subtitle: text(),
    authors: list(author, limits.authors),
    cover,
    pages: integer({min: 1}),
    published: pattern(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date like "2022" or "2022-05-17"'),
    publisher: text(),
    language: pattern(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag like "en" or "pt-BR"'),
    isbn13: pattern(/^97[89]\d{10}$/, 'a 13-digit ISBN', isbnDigits),
    isbn10: pattern(/^\d{9}[\dX]$/, 'a 10-character ISBN', isbnDigits),
    url: url(),
    categories: strings(limits.tags),
    badges: strings(limits.tags),
    tagline: text(),
    description: prose(),
    about: strings(limits.paragraphs, prose()),
    highlights: strings(),
    outcomes: strings(),
    audience: strings(),
    toc: list(chapter, limits.chapters),
    faq: list(
      record({question: text({nonEmpty: true}), answer: text({nonEmpty: true, max: limits.prose})}, ['question', 'answer']),
      limits.questions,
    ),
    related: list(bookOrUrl, limits.related),
    links: list(link, limits.links),
    enrich: boolean(),
  },
  ['title'],
);

/** Exactly the same type (optional or not, readonly or not), not merely assignable either way. */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Holds<T extends true> = T;
type Read = FieldType<typeof bookFields>;
/**
 * `Book` says exactly what the field definitions read (a chapter's `number`, optional in the file, is
 * always set after reading): a field in one and not the other, or of another type, fails `tsc`.
 */
export type BookMatchesItsFields = [
  Holds<Same<Omit<Book, 'toc'>, Omit<Read, 'toc'>>>,
  Holds<Same<Flat<Omit<Chapter, 'number'> & {number?: number}>, NonNullable<Read['toc']>[number]>>,
];

/** The book, as the parser reads it (and ./json-schema.ts describes it). */
export const bookField: Field<Book> = {
  read(value, path, ctx) {
    const book = bookFields.read(value, path, ctx);
    if (!book) return undefined;
    const {toc, ...rest} = book;
    let previous = 0;
    // Every object the parser returns has no prototype: `record` makes them so, and so does this copy.
    return own(toc ? {...rest, toc: toc.map((c) => own({...c, number: (previous = c.number ?? previous + 1)}))} : rest);
  },
  describe: bookFields.describe,
};

/** The list file, as the parser reads it. */
export const listField: Field<BookList> = record(
  {
    title: text(),
    books: list(bookOrUrl, limits.related),
  },
  ['books'],
);

/** `toc[3].title: expected a string; …`: the problems as one line a site owner can act on. */
export const describeIssues = (issues: Issue[]) => issues.map((i) => `${i.path || 'the file'}: ${i.message}`).join('; ');

/** Invalid book data: every problem found, each with the path of its field. */
export class BookDataError extends Error {
  override name = 'BookDataError';
  readonly kind = 'invalid';
  constructor(
    readonly issues: Issue[],
    what = 'book data',
  ) {
    super(`Invalid ${what}: ${describeIssues(issues)}`);
  }
}

export interface ParseOptions {
  /** URL that relative URLs are resolved against: the file's own URL. Default: the page's base URL. */
  baseUrl?: string;
}

const parseWith = <T>(field: Field<T>, what: string, json: unknown, options: ParseOptions): T => {
  const baseUrl = options.baseUrl ?? (typeof document === 'undefined' ? 'http://localhost/' : document.baseURI);
  const {value, issues} = readDocument(field, json, baseUrl);
  if (value === undefined) throw new BookDataError(issues, what);
  return value;
};

/** Books this parser made: passing one back in (a `.book` handed down) costs nothing. */
const parsedBooks = new WeakSet<object>();

/** Checks and normalises a book file's JSON value. Throws a `BookDataError` listing every problem. */
export const parseBook = (json: unknown, options: ParseOptions = {}): Book => {
  if (typeof json === 'object' && json && parsedBooks.has(json)) return json as Book;
  const book = parseWith(bookField, 'book data', json, options);
  parsedBooks.add(book);
  return book;
};

/** Checks and normalises a list file (`{"title", "books": [...]}`). */
export const parseBookList = (json: unknown, options: ParseOptions = {}): BookList =>
  parseWith(listField, 'book list', json, options);
