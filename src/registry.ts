/**
 * Every element of the library: its tag, and the module that defines it (and exports its class).
 * The one list of elements: the script-tag entry (`all.ts`), the package's `exports` (checked by
 * `npm test`), `npm run size` and the test suites read it. Adding an element is its folder
 * (`element.ts`, `define.ts`, its test), a line here and its class in `index.ts`.
 */
export const elements = {
  'book-data': () => import('./elements/book-data/define.js'),
  'book-card': () => import('./elements/book-card/define.js'),
  'book-about': () => import('./elements/book-about/define.js'),
  'book-toc': () => import('./elements/book-toc/define.js'),
  'book-faq': () => import('./elements/book-faq/define.js'),
  'book-praise': () => import('./elements/book-praise/define.js'),
  'book-author': () => import('./elements/book-author/define.js'),
  'book-series': () => import('./elements/book-series/define.js'),
  'book-buy': () => import('./elements/book-buy/define.js'),
  'book-recommendations': () => import('./elements/book-recommendations/define.js'),
  'book-page': () => import('./elements/book-page/define.js'),
  'newsletter-signup': () => import('./elements/newsletter-signup/define.js'),
};

export type ElementTag = keyof typeof elements;
