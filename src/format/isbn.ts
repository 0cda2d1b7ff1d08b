/** ISBNs: normalising what people type, checking check digits, and converting between the two forms. */
import {BookDataError} from './book.js';

const digitsOf = (isbn: string) => [...isbn].map((c) => (c === 'X' ? 10 : Number(c)));

const valid10 = (isbn: string) =>
  /^\d{9}[\dX]$/.test(isbn) && digitsOf(isbn).reduce((sum, d, i) => sum + d * (10 - i), 0) % 11 === 0;

const valid13 = (isbn: string) =>
  /^\d{13}$/.test(isbn) && digitsOf(isbn).reduce((sum, d, i) => sum + d * (i % 2 ? 3 : 1), 0) % 10 === 0;

/** ISBN-13 of a 978-prefixed book → its ISBN-10 (with its mod-11 check digit), else undefined. */
export function isbn13to10(isbn13: string): string | undefined {
  if (!/^978\d{10}$/.test(isbn13)) return undefined;
  const body = isbn13.slice(3, 12);
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return body + (check === 10 ? 'X' : String(check));
}

/** ISBN-10 → ISBN-13 (978 prefix, new check digit). */
export function isbn10to13(isbn10: string): string {
  const body = `978${isbn10.slice(0, 9)}`;
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (i % 2 ? 3 : 1), 0);
  return body + String((10 - (sum % 10)) % 10);
}

/**
 * `978-1-0981-0796-3`, `1098107969`, ` isbn 109810796 9 ` … → the ISBN-13. Throws a `BookDataError`
 * naming the ISBN when it is not one (wrong length, characters or check digit).
 */
export function normalizeIsbn(input: string): string {
  const isbn = input
    .toUpperCase()
    .replace(/^\s*ISBN(-1[03])?:?/, '')
    .replace(/[\s-]/g, '');
  if (valid13(isbn)) return isbn;
  if (valid10(isbn)) return isbn10to13(isbn);
  const problem = /^(\d{13}|\d{9}[\dX])$/.test(isbn) ? 'its check digit is wrong' : 'an ISBN has 10 or 13 digits';
  throw new BookDataError([{path: 'isbn', message: `"${input.slice(0, 40)}" is not a valid ISBN: ${problem}`}], 'ISBN');
}
