/**
 * Prototype pollution, as a page (or a library on it) might cause: values on `Object.prototype`
 * under every name a book's fields or the elements read, and a check that nothing inherits them.
 */

/** Marker in every polluted value: it must never show up in a rendered widget. */
export const polluted = 'POLLUTED';
export const phishing = 'https://phishing.example/polluted';

/** Every field name of the format, at every depth, with a value of the kind an element would use. */
export const pollution: {[key: string]: unknown} = {
  // Book
  subtitle: polluted,
  authors: [polluted],
  cover: phishing,
  pages: 999,
  published: '1999',
  publisher: polluted,
  language: 'xx',
  isbn13: '9780306406157',
  isbn10: '0306406152',
  url: phishing,
  categories: [polluted],
  badges: [polluted],
  tagline: polluted,
  description: polluted,
  about: [polluted],
  highlights: [polluted],
  outcomes: [polluted],
  audience: [polluted],
  toc: [{title: polluted, number: 1}],
  faq: [{question: polluted, answer: polluted}],
  related: [phishing],
  links: [{href: phishing, kind: 'buy', label: polluted}],
  enrich: true,
  // Nested objects: author, cover, chapter, question, link; a list file.
  name: polluted,
  src: phishing,
  alt: polluted,
  width: 1,
  height: 1,
  summary: polluted,
  number: 7,
  question: polluted,
  answer: polluted,
  href: phishing,
  label: polluted,
  retailer: polluted,
  kind: 'buy',
  sponsored: true,
  books: [phishing],
};

/** Runs `body` with `Object.prototype` polluted, and always cleans up. */
export async function withPollution<T>(body: () => Promise<T> | T): Promise<T> {
  const added = Object.keys(pollution).filter((key) => !(key in Object.prototype));
  for (const key of added) {
    Object.defineProperty(Object.prototype, key, {value: pollution[key], configurable: true, writable: true, enumerable: true});
  }
  try {
    return await body();
  } finally {
    for (const key of added) delete (Object.prototype as {[key: string]: unknown})[key];
  }
}

/** Paths of the objects under `value` that have a prototype (arrays aside): each could inherit fields. */
export function inheritedObjects(value: unknown, path = '', seen = new Set<object>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) return value.flatMap((item, i) => inheritedObjects(item, `${path}[${i}]`, seen));
  const own = Object.getPrototypeOf(value) === null ? [] : [path || '(the book)'];
  return [...own, ...Object.entries(value).flatMap(([key, item]) => inheritedObjects(item, path ? `${path}.${key}` : key, seen))];
}
