/**
 * Books by ISBN: which source to ask, where it lives (overridable, for a proxy or a test), and what
 * the adapters share.
 */
import {limits} from '../format/book.js';
import {pageConfig} from '../config/page-config.js';
import {own} from '../format/schema.js';

export type SourceName = 'openlibrary' | 'google';

export const openLibraryBase = 'https://openlibrary.org';
export const googleBase = 'https://www.googleapis.com/books/v1';

/** Open Library's Books API request for an ISBN, or for several at once. */
export const openLibraryUrl = (isbn13: string | readonly string[], base = openLibraryBase) =>
  `${base}/api/books?bibkeys=${[isbn13]
    .flat()
    .map((isbn) => `ISBN:${isbn}`)
    .join(',')}&format=json&jscmd=data`;

/** Google Books' volume search for an ISBN. */
export const googleUrl = (isbn13: string, apiKey?: string, base = googleBase) =>
  `${base}/volumes?q=isbn:${isbn13}${apiKey ? `&key=${encodeURIComponent(apiKey)}` : ''}`;

/** `window.BookWidgets.sources = {openlibrary: 'https://proxy/…', google: '…'}`: other base URLs. */
export const sourceBase = (name: SourceName): string | undefined => pageConfig().sources[name];

/**
 * What the adapters take from an answer: non-empty text cut to `max` characters (a source's text may
 * be longer than the format allows), and lists that may be missing or hold nulls.
 */
export const str = (value: unknown, max: number = limits.text) =>
  typeof value === 'string' && value.trim() ? clip(value.trim(), max) : undefined;
export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
export const list = <T>(value: T[] | undefined): NonNullable<T>[] =>
  Array.isArray(value) ? value.filter((item): item is NonNullable<T> => item !== null && item !== undefined) : [];

/**
 * A source's answer with every object copied without a prototype: the adapters read fields by name,
 * and a field the page added to Object.prototype must not be read as the source's.
 */
export const ownOnly = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(ownOnly)
    : typeof value === 'object' && value
      ? own(Object.fromEntries(Object.entries(value).map(([key, item]) => [key, ownOnly(item)])))
      : value;

/** Leaves out fields the source did not have, so the parser sees only what is there. */
export const dropEmpty = (book: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(book).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length)));

const months: {[month: string]: string} = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/** `2022`, `2022-05-17`, `May 17, 2022`, `May 2022`, `c1999` … → `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function firstYearOrDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const iso = value.match(/^(\d{4})(-\d{2})?(-\d{2})?/);
  if (iso) return iso[0];
  const year = value.match(/(?<!\d)(1[5-9]\d{2}|2\d{3})(?!\d)/)?.[1];
  if (!year) return undefined;
  const month = months[value.slice(0, 3).toLowerCase()];
  const day = value.match(/\b(\d{1,2}),/)?.[1];
  return month ? (day ? `${year}-${month}-${day.padStart(2, '0')}` : `${year}-${month}`) : year;
}
