/**
 * A generator of malformed and adversarial book data, for the hardening tests: wrong types in every
 * field, missing required fields, markup and script in every string, hostile URLs in every URL
 * field, unicode edge cases, deep nesting and very large input.
 */

import {limits} from '../src/format/book.js';

export interface HostileCase {
  name: string;
  data: unknown;
  /** A field path the error must name; absent when the data is valid and should render. */
  path?: string;
}

export const canary = '__bookWidgetsCanary';
const payloads = [
  `<img src=x onerror="window.${canary}=1">`,
  `<script>window.${canary}=1</script>`,
  `"><svg onload="window.${canary}=1">`,
  `{{constructor.constructor('window.${canary}=1')()}}`,
  `\${window.${canary}=1}`,
];
export const hostileUrls = [
  'javascript:window.__bookWidgetsCanary=1',
  ' javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
];

const base = {
  title: 'A Book',
  subtitle: 'Sub',
  authors: ['Ann', {name: 'Bo', url: 'https://bo.example'}],
  cover: {src: 'https://covers.example/c.png', alt: 'c', width: 600, height: 900},
  pages: 100,
  published: '2020',
  publisher: 'P',
  language: 'en',
  isbn13: '9781098107963',
  categories: ['C'],
  badges: ['New'],
  tagline: 'T',
  description: 'D',
  about: ['A'],
  highlights: ['H'],
  outcomes: ['O'],
  audience: ['W'],
  toc: [{title: 'One', summary: 'S'}],
  faq: [{question: 'Q?', answer: 'A'}],
  related: [{title: 'R', authors: ['X']}],
  links: [{href: 'https://shop.example/b', retailer: 'amazon'}],
};

/** A value of the wrong JSON type for each field. */
const wrongTypes: [string, unknown, string][] = [
  ['title', 42, 'title'],
  ['subtitle', ['x'], 'subtitle'],
  ['authors', 'Ann', 'authors'],
  ['authors', [{name: 3}], 'authors[0].name'],
  ['cover', 7, 'cover'],
  ['cover', {src: 'https://x.example/c.png', width: '600'}, 'cover.width'],
  ['pages', '388', 'pages'],
  ['pages', 3.5, 'pages'],
  ['published', 2022, 'published'],
  ['isbn13', 9781098107963, 'isbn13'],
  ['categories', {a: 1}, 'categories'],
  ['badges', [null], 'badges[0]'],
  ['description', {html: '<b>'}, 'description'],
  ['about', 'one paragraph', 'about'],
  ['toc', {title: 'x'}, 'toc'],
  ['toc', [{title: 'ok'}, {summary: 'no title'}], 'toc[1].title'],
  ['toc', [{title: 'x', number: '1'}], 'toc[0].number'],
  ['faq', [{question: 'q'}], 'faq[0].answer'],
  ['related', [5], 'related[0]'],
  ['links', [{label: 'no href'}], 'links[0]'],
  ['links', [{href: 'https://x.example', kind: 'steal'}], 'links[0].kind'],
  ['enrich', 'yes', 'enrich'],
  ['editions', {format: 'ebook'}, 'editions'],
  ['editions', [{format: 7}], 'editions[0].format'],
  ['editions', [{format: 'ebook', price: {amount: Infinity, currency: 'EUR'}}], 'editions[0].price.amount'],
  ['editions', [{format: 'ebook', price: {amount: 5, currency: '<b>'}}], 'editions[0].price.currency'],
  ['series', 'Saga', 'series'],
  ['praise', [{quote: {html: '<i>'}, by: 'x'}], 'praise[0].quote'],
  ['sample', 'read me', 'sample'],
];

/** Where URLs go in a book, as functions that put one there. */
const urlFields: [string, (url: string) => object][] = [
  ['url', (url) => ({url})],
  ['cover', (url) => ({cover: url})],
  ['cover.src', (url) => ({cover: {src: url}})],
  ['authors[0].url', (url) => ({authors: [{name: 'A', url}]})],
  ['links[0].href', (url) => ({links: [{href: url}]})],
  ['related[0]', (url) => ({related: [url]})],
  ['editions[0].links[0].href', (url) => ({editions: [{format: 'ebook', links: [{href: url}]}]})],
  ['authors[0].photo', (url) => ({authors: [{name: 'A', photo: url}]})],
  ['authors[0].links[0].href', (url) => ({authors: [{name: 'A', links: [{href: url}]}]})],
  ['series.url', (url) => ({series: {name: 'S', url}})],
  ['praise[0].url', (url) => ({praise: [{quote: 'Q', by: 'B', url}]})],
  ['sample.href', (url) => ({sample: {href: url}})],
];

const nested = (depth: number): object => {
  let book: object = {title: 'deepest'};
  for (let i = 0; i < depth; i++) book = {title: `level ${i}`, related: [book]};
  return book;
};

export function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  cases.push({name: 'an empty object', data: {}, path: 'title'});
  cases.push({name: 'an array', data: [base], path: ''});
  cases.push({name: 'null', data: null, path: ''});
  cases.push({name: 'a number', data: 42, path: ''});
  cases.push({name: 'a string', data: '{"title": "x"}', path: ''});
  for (const [field, value, path] of wrongTypes) {
    cases.push({
      name: `${field} of the wrong type (${JSON.stringify(value).slice(0, 20)})`,
      data: {...base, [field]: value},
      path,
    });
  }
  // Markup and script in every string field, and in strings inside lists and objects.
  payloads.forEach((payload, i) => {
    cases.push({
      name: `markup payload ${i + 1} in every string`,
      data: {
        ...base,
        title: payload,
        subtitle: payload,
        authors: [payload, {name: payload}],
        cover: {src: 'https://covers.example/c.png', alt: payload},
        publisher: payload,
        categories: [payload],
        badges: [payload],
        tagline: payload,
        description: payload,
        about: [payload],
        highlights: [payload],
        outcomes: [payload],
        audience: [payload],
        toc: [{title: payload, summary: payload}],
        faq: [{question: payload, answer: payload}],
        related: [{title: payload}],
        links: [{href: 'https://shop.example/b', label: payload}],
      },
    });
  });
  for (const [path, put] of urlFields) {
    for (const url of hostileUrls) {
      // Images may be data:image/…, so an SVG data URL is a valid cover or author photo.
      const allowed = url.startsWith('data:image/') && (path.startsWith('cover') || path.endsWith('.photo'));
      cases.push({
        name: `${JSON.stringify(url).slice(0, 24)} in ${path}`,
        data: {...base, ...put(url)},
        path: allowed ? undefined : path,
      });
    }
  }
  cases.push({name: 'a protocol-relative URL', data: {...base, url: '//elsewhere.example/book'}});
  cases.push({
    name: 'unicode edge cases',
    data: {
      ...base,
      title: 'كتاب التصميم \u202Egnp.exe\u202C',
      subtitle: 'Z\u0351\u0336a\u0362l\u0335g\u0334o\u0358 and e\u0301\u0301\u0301',
      authors: ['👩🏽‍💻 Ada', 'zero\u200Bwidth\u200Djoin', 'nul\u0000byte'],
      tagline: '\uFEFFBOM inside',
      toc: [{title: '章 一', summary: '𝕌𝕟𝕚𝕔𝕠𝕕𝕖'}],
    },
  });
  cases.push({name: 'deeply nested related books (200 levels)', data: nested(200)});
  cases.push({name: 'pathologically nested related books (20,000 levels)', data: nested(20_000), path: ''});
  cases.push({
    name: 'a list over its limit (toc of 20,001)',
    data: {title: 'T', toc: Array.from({length: 20_001}, (_, i) => ({title: `C${i}`}))},
    path: 'toc',
  });
  return cases;
}

const many = <T>(n: number, item: (i: number) => T) => Array.from({length: n}, (_, i) => item(i));

/** Books at the format's caps (`limits`) or with a huge table of contents: they must render and stay usable. */
export const largeBooks = {
  description: (n: number = limits.prose) => ({...base, description: 'word '.repeat(n / 5)}),
  chapters: () => ({
    ...base,
    toc: many(10_000, (i) => ({title: `Chapter ${i + 1}`, summary: `Summary of chapter ${i + 1}. `.repeat(3)})),
  }),
  faq: (n: number = limits.questions) => ({...base, faq: many(n, (i) => ({question: `Question ${i}?`, answer: `Answer ${i}.`}))}),
  authors: (n: number = limits.authors) => ({...base, authors: many(n, (i) => `Author ${i}`)}),
  about: (n: number = limits.paragraphs) => ({...base, about: many(n, (i) => `Paragraph ${i}. `.repeat(50))}),
  highlights: (n: number = limits.items) => ({...base, highlights: many(n, (i) => `Topic ${i}`)}),
  links: (n: number = limits.links) => ({
    ...base,
    links: many(n, (i) => ({href: `https://shop.example/${i}`, label: `Store ${i}`})),
  }),
};

/** Whole files that are not a book: bodies to serve as-is. */
export const brokenFiles: [string, string, string][] = [
  ['an array', '[{"title": "x"}]', 'expected an object, got a list'],
  ['a number', '42', 'expected an object, got number'],
  ['null', 'null', 'expected an object, got null'],
  ['empty', '', 'is not valid JSON'],
  ['truncated', '{"title": "Half a bo', 'is not valid JSON'],
  ['HTML', '<!doctype html><title>Not found</title>', 'is an HTML page, not JSON'],
];
