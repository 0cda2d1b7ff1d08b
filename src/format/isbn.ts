/** ISBN helpers: the two forms of a book number and their check digits. */

/** ISBN-13 of a 978-prefixed book → its ISBN-10 (with its mod-11 check digit), else undefined. */
export function isbn13to10(isbn13: string): string | undefined {
  if (!/^978\d{10}$/.test(isbn13)) return undefined;
  const body = isbn13.slice(3, 12);
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return body + (check === 10 ? 'X' : String(check));
}
