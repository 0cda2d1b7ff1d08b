/**
 * The book file format (format 2, documented in the README; every format-1 file is a format-2 file):
 * its types, its parser and its JSON Schema, all from the field definitions below.
 */
import {
  boolean,
  either,
  integer,
  lazy,
  list,
  number,
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
  /** A short biography, plain text. */
  bio?: string;
  photo?: Cover;
  links?: BookLink[];
}

/** An image: the cover, an author's photo. */
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
  /** Where it goes. Without it, the link is built for the reader's store from `retailer` and the ISBN. */
  href?: string;
  label?: string;
  /** `amazon`, `bookshop`, `publisher` or any other name; lower case. */
  retailer?: string;
  kind: LinkKind;
}

/** A price in one currency: `amount` in its units (12.99), `currency` an ISO 4217 code (`USD`). */
export interface Price {
  amount: number;
  currency: string;
}

export type EditionStatus = 'available' | 'preorder' | 'out-of-print';

/** One edition: a format with its own ISBN, pages or length, date, prices and links. */
export interface Edition {
  /** `hardcover`, `paperback`, `ebook`, `audiobook`, or another format's name; lower case. */
  format: string;
  isbn13?: string;
  isbn10?: string;
  pages?: number;
  /** An audiobook's length, ISO 8601: `PT11H32M`. */
  duration?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a date still to come means a pre-order. */
  published?: string;
  /** One per currency (a file may give one price as an object). */
  price?: Price[];
  status?: EditionStatus;
  links?: BookLink[];
}

/** The series a book belongs to, with its books in reading order. */
export interface Series {
  name: string;
  /** This book's place in the reading order: 1, 2, 2.5 … */
  position?: number;
  /** The series' books in reading order: URLs of book files, or books written inline. */
  books?: (string | Book)[];
  url?: string;
}

/** An endorsement or a review quote: only what the file says. */
export interface Praise {
  quote: string;
  by: string;
  /** Who they are: "Author of …", "Editor, …". */
  role?: string;
  /** Where it was said: a publication's name. */
  source?: string;
  url?: string;
}

/** "Read a sample": a link to one, or an excerpt shown on the page. */
export type Sample = {href: string; label?: string} | {title?: string; text: string};

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
  /** Format 2: the book's editions. A book without them is one edition, of its top-level fields. */
  editions?: Edition[];
  series?: Series;
  praise?: Praise[];
  sample?: Sample;
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
  editions: 30,
  prices: 30,
  praise: 100,
} as const;

const prose = () => text({max: limits.prose});
const strings = (max: number = limits.items, item = text()) => list(item, max);
const isbnDigits = (s: string) => s.replace(/[\s-]/g, '').toUpperCase();

const image: Field<Cover> = shorthand(
  url({image: true}),
  record({src: url({image: true}), alt: text(), width: integer({min: 1}), height: integer({min: 1})}, ['src']),
  (src) => own({src}),
);
const cover = image;

const chapter = record({title: text({nonEmpty: true}), summary: prose(), number: integer()}, ['title']);

/** A link: its `href`, or a `retailer` of the catalogue to build it from the ISBN for the reader's store. */
const link: Field<BookLink> = (() => {
  const raw = record(
    {href: url(), label: text(), retailer: text(), kind: oneOf(['buy', 'preview', 'info'] as const)},
    [],
    ['href', 'retailer'],
  );
  return {
    read: (value, path, ctx) => {
      const read = raw.read(value, path, ctx);
      if (read?.retailer !== undefined) read.retailer = read.retailer.toLowerCase();
      return read && own({...read, kind: read.kind ?? 'buy'});
    },
    describe: raw.describe,
  };
})();
const links = list(link, limits.links);

const author: Field<Author> = shorthand(
  text({nonEmpty: true}),
  record({name: text({nonEmpty: true}), url: url(), bio: prose(), photo: image, links}, ['name']),
  (name) => own({name}),
);

const date = pattern(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date like "2022" or "2022-05-17"');
const isbn13 = pattern(/^97[89]\d{10}$/, 'a 13-digit ISBN', isbnDigits);
const isbn10 = pattern(/^\d{9}[\dX]$/, 'a 10-character ISBN', isbnDigits);

/** ISO 4217: the codes this JavaScript engine knows (every engine since 2022), else the codes' shape. */
const currencies = (() => {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return undefined;
  }
})();
const currency = pattern(/^[A-Z]{3}$/, 'a currency code (ISO 4217) like "USD" or "EUR"', (code) => {
  code = code.trim().toUpperCase();
  return !currencies || currencies.includes(code) ? code : '';
});
const price = record({amount: number(), currency}, ['amount', 'currency']);
/** One price, or one per currency: read as a list either way. */
const prices: Field<Price[]> = either(
  Array.isArray,
  list(price, limits.prices),
  (() => {
    const one: Field<Price[]> = {
      read: (value, path, ctx) => ((p) => p && [p])(price.read(value, path, ctx)),
      describe: price.describe,
    };
    return one;
  })(),
);

const edition: Field<Edition> = (() => {
  const raw = record(
    {
      format: text({nonEmpty: true}),
      isbn13,
      isbn10,
      pages: integer({min: 1}),
      duration: pattern(
        /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
        'an ISO 8601 duration like "PT11H32M"',
      ),
      published: date,
      price: prices,
      status: oneOf(['available', 'preorder', 'out-of-print'] as const),
      links,
    },
    ['format'],
  );
  return {
    read: (value, path, ctx) => {
      const read = raw.read(value, path, ctx);
      return read && own({...read, format: read.format.trim().toLowerCase()});
    },
    describe: raw.describe,
  };
})();

const sample: Field<Sample> = either(
  (v) => typeof v === 'object' && v !== null && Object.prototype.hasOwnProperty.call(v, 'href'),
  record({href: url(), label: text()}, ['href']),
  record({title: text(), text: text({nonEmpty: true, max: limits.prose})}, ['text']),
);

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
    published: date,
    publisher: text(),
    language: pattern(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag like "en" or "pt-BR"'),
    isbn13,
    isbn10,
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
    links,
    enrich: boolean(),
    editions: list(edition, limits.editions),
    series: record({name: text({nonEmpty: true}), position: number(), books: list(bookOrUrl, limits.related), url: url()}, [
      'name',
    ]),
    praise: list(
      record(
        {quote: text({nonEmpty: true, max: limits.prose}), by: text({nonEmpty: true}), role: text(), source: text(), url: url()},
        ['quote', 'by'],
      ),
      limits.praise,
    ),
    sample,
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
    const before = ctx.issues.length;
    // A link by retailer alone is built from an ISBN: its edition's, else the book's.
    const isbnFor = (edition?: Edition) =>
      edition?.isbn13 ?? edition?.isbn10 ?? book.isbn13 ?? book.isbn10 ?? book.editions?.find((e) => e.isbn13 ?? e.isbn10);
    const unbuildable = (links: BookLink[] | undefined, at: string, edition?: Edition) =>
      links?.forEach((link, i) => {
        if (!link.href && !isbnFor(edition))
          ctx.issues.push({
            path: `${at}links[${i}]`,
            message: `a link by "retailer" alone is built from an ISBN: give the ${edition ? 'edition' : 'book'} an isbn13, or the link an href`,
          });
      });
    unbuildable(book.links, path ? `${path}.` : '');
    book.editions?.forEach((edition, i) => unbuildable(edition.links, `${path ? `${path}.` : ''}editions[${i}].`, edition));
    if (ctx.issues.length > before) return undefined;
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
