/**
 * schema.org data for search engines: a `<script type="application/ld+json">` in the element's light
 * DOM, written once per book and page however many elements show that book, moved to another
 * element when its holder goes, removed with the last one. Written through a Trusted Types policy
 * named `book-widgets`, so it works on pages that require Trusted Types for scripts. Loaded only by
 * pages that ask for it (./structured-data.ts).
 */
import type {Book, Edition} from '../format/book.js';
import {isPreorder, today as localToday} from '../text/locale.js';

type Json = {[key: string]: unknown};

interface Entry {
  json: string;
  holders: Element[];
  script?: HTMLScriptElement;
}

const entries = new Map<string, Entry>();
const policyKey = Symbol.for('book-widgets/trusted-types-policy');

/** One policy per page, shared by every copy of the library (a second createPolicy would throw). */
function toScript(json: string): string | undefined {
  const global = globalThis as {
    [policyKey]?: {createScript(s: string): string} | null;
    trustedTypes?: {createPolicy(name: string, rules: object): {createScript(s: string): string}};
  };
  if (global[policyKey] === undefined) {
    try {
      global[policyKey] = global.trustedTypes?.createPolicy('book-widgets', {createScript: (s: string) => s}) ?? null;
    } catch {
      global[policyKey] = null; // The page's CSP does not allow our policy: fall back to plain text.
    }
  }
  return global[policyKey] ? global[policyKey]!.createScript(json) : json;
}

/** The `@type` of a JSON-LD text, if it is one. */
const typeOf = (json: string | null) => {
  try {
    return (JSON.parse(json ?? '') as Json)['@type'];
  } catch {
    return undefined;
  }
};

/** The holder's script of this data's type written by a server render (book-widgets/ssr), if any. */
const serverWritten = (holder: Element, json: string) =>
  [...holder.children].find(
    (child): child is HTMLScriptElement =>
      child.localName == 'script' &&
      (child as HTMLScriptElement).type == 'application/ld+json' &&
      typeOf(child.textContent) === typeOf(json),
  );

function write(entry: Entry) {
  const holder = entry.holders[0];
  if (!holder) return;
  // Written by the server render: kept when the same, else replaced, never doubled.
  const written = serverWritten(holder, entry.json);
  if (written?.textContent === entry.json) {
    entry.script = written;
    return;
  }
  written?.remove();
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  try {
    script.textContent = toScript(entry.json) as string;
  } catch (error) {
    console.warn('book-widgets: structured data not written:', (error as Error).message);
    return;
  }
  holder.append(script);
  entry.script = script;
}

function release(key: string, holder: Element) {
  const entry = entries.get(key);
  if (!entry) return;
  const wasWriter = entry.holders[0] === holder;
  entry.holders = entry.holders.filter((h) => h !== holder);
  if (!wasWriter) return;
  entry.script?.remove();
  entry.script = undefined;
  if (entry.holders.length) write(entry);
  else entries.delete(key);
}

function claim(key: string, data: Json, holder: Element) {
  const entry = entries.get(key);
  if (entry) {
    if (!entry.holders.includes(holder)) entry.holders.push(holder);
    // Another element pre-rendered with the same book wrote it too: once per page.
    serverWritten(holder, entry.json)?.remove();
    return;
  }
  // `<` escaped: the JSON can never end the script element, whatever the book's text says.
  const created: Entry = {json: JSON.stringify(data).replace(/</g, '\\u003c'), holders: [holder]};
  entries.set(key, created);
  write(created);
}

const identity = (book: Book) => book.isbn13 ?? book.url ?? `${book.title}|${book.authors?.map((a) => a.name).join()}`;

/** schema.org's book formats, by the format names of the book file. */
const bookFormats: {[format: string]: string} = {
  hardcover: 'Hardcover',
  paperback: 'Paperback',
  ebook: 'EBook',
  audiobook: 'AudiobookFormat',
  'graphic novel': 'GraphicNovel',
};

/** `PreOrder` for an edition so marked or with a date still to come; `Discontinued` out of print. */
const availability = (edition: Edition, today: string) =>
  `https://schema.org/${
    edition.status === 'out-of-print' ? 'Discontinued' : isPreorder(edition, today) ? 'PreOrder' : 'InStock'
  }`;

/** One edition as a `workExample`: its format, ISBN, pages or length, date and offers. */
function editionJsonLd(edition: Edition, today: string): Json {
  const isbn = edition.isbn13 ?? edition.isbn10;
  const format = bookFormats[edition.format];
  return {
    '@type': edition.format === 'audiobook' ? 'Audiobook' : 'Book',
    ...(format && {bookFormat: `https://schema.org/${format}`}),
    ...(isbn && {isbn}),
    ...(edition.pages && {numberOfPages: edition.pages}),
    ...(edition.duration && edition.format === 'audiobook' && {duration: edition.duration}),
    ...(edition.published && {datePublished: edition.published}),
    ...(edition.price?.length && {
      offers: edition.price.map((price) => ({
        '@type': 'Offer',
        price: price.amount,
        priceCurrency: price.currency,
        availability: availability(edition, today),
      })),
    }),
  };
}

/**
 * schema.org `Book` for a book: its editions as `workExample`s with their offers, its authors with
 * their bios and photos, the series it is part of. Praise is left out: it is the publisher's own
 * choice of quotes, which search engines do not take as reviews.
 */
export function bookJsonLd(book: Book, today = localToday()): Json {
  const isbn = book.isbn13 ?? book.isbn10;
  return {
    '@context': 'https://schema.org',
    '@type': 'Book',
    name: book.title,
    ...(book.subtitle && {alternativeHeadline: book.subtitle}),
    ...(book.authors?.length && {
      author: book.authors.map((a) => ({
        '@type': 'Person',
        name: a.name,
        ...(a.url && {url: a.url}),
        ...(a.bio && {description: a.bio}),
        ...(a.photo && {image: a.photo.src}),
      })),
    }),
    ...(isbn && {isbn}),
    ...(book.pages && {numberOfPages: book.pages}),
    ...(book.published && {datePublished: book.published}),
    ...(book.publisher && {publisher: {'@type': 'Organization', name: book.publisher}}),
    ...(book.cover && {image: book.cover.src}),
    ...(book.language && {inLanguage: book.language}),
    ...(book.url && {url: book.url}),
    ...(book.description && {description: book.description}),
    ...(book.editions?.length && {workExample: book.editions.map((edition) => editionJsonLd(edition, today))}),
    ...(book.series && {
      isPartOf: {'@type': 'BookSeries', name: book.series.name, ...(book.series.url && {url: book.series.url})},
      ...(book.series.position !== undefined && {position: book.series.position}),
    }),
  };
}

/** schema.org `FAQPage` for a book's questions. */
export const faqJsonLd = (book: Book): Json => ({
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  mainEntity: (book.faq ?? []).map((q) => ({
    '@type': 'Question',
    name: q.question,
    acceptedAnswer: {'@type': 'Answer', text: q.answer},
  })),
});

/**
 * Brings `holder`'s data in step: what it holds now (`held`, a key) is released unless it is still
 * what it should hold (`book`'s data of this type, or nothing); returns the key it holds after.
 */
export function sync(holder: Element, type: 'Book' | 'FAQPage', book: Book | undefined, held: string | undefined) {
  const wanted = book && (type === 'Book' || book.faq?.length) ? `${type} ${identity(book)}` : undefined;
  if (wanted === held) return held;
  if (held) release(held, holder);
  if (book && wanted) claim(wanted, type === 'Book' ? bookJsonLd(book) : faqJsonLd(book), holder);
  return wanted;
}
