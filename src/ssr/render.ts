/// <reference types="node" />
/**
 * The server render (`book-widgets/ssr`, Node only): an element for a book as HTML with its content
 * in a declarative shadow root, the book written in the element so the browser never asks for it
 * again, fallback text for clients without declarative shadow DOM, and the page's head tags for
 * search engines and social previews. The same elements render here as in the browser, through
 * Lit's server renderer; the browser then adopts what was rendered (`book-widgets/hydrate.js`).
 */
import {render as renderTemplate} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {readFile} from 'node:fs/promises';
import {resolve as resolvePath} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {TemplateResult} from 'lit';
import '../all.js';
import {elements, type ElementTag} from '../registry.js';
import {parseBook, type Book} from '../format/book.js';
import {serverRender, whenLanguage} from '../i18n/translate.js';
import {needsScriptIn} from './needs-script.js';
import {bookJsonLd, faqJsonLd} from '../seo/json-ld.js';

/**
 * Relative URLs in a book with no known base stay relative (to the page the HTML goes in): they are
 * resolved against this stand-in while rendering, and the stand-in is taken out of the HTML after.
 */
const standIn = 'https://book-widgets.invalid/.page/';

export interface RenderOptions {
  /** The element to render (default `book-page`). */
  element?: ElementTag;
  /** Its attributes, as in HTML: `{layout: 'horizontal', 'structured-data': ''}`. */
  attributes?: {[name: string]: string};
  /** The language of its words (`de`, `pt-BR` …): written as its `lang`. Default: English. */
  lang?: string;
  /**
   * The URL the book's relative URLs (cover, related files) resolve against: where the book file is
   * served. Default: a URL source's own URL; else they stay relative, to the page the HTML goes in.
   */
  baseUrl?: string;
}

export interface HeadOptions {
  /** The page's own address: the canonical link and `og:url`. */
  pageUrl?: string;
  /** The URL the book's relative URLs resolve against (as for `render`); `og:image` needs it. */
  baseUrl?: string;
  /** The page's language (`og:locale`). */
  lang?: string;
}

/** An attribute's value or a text, safe in HTML. */
const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);

/** JSON inside `<script>`: no `<` at all, so nothing in a book can end the element or open a comment. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** URLs resolved against the stand-in, made relative again. */
const unStandIn = (html: string) => html.split(standIn).join('').split('https://book-widgets.invalid/').join('/');

/** A Lit template from HTML text (its strings marked as a template's, as `html` would). */
const template = (strings: string[], values: unknown[]): TemplateResult =>
  ({
    ['_$litType$' as string]: 1,
    strings: Object.assign([...strings], {raw: [...strings]}) as unknown as TemplateStringsArray,
    values,
  }) as unknown as TemplateResult;

const attributeName = /^[a-z][a-z0-9_.:-]*$/i;

/** Is `tag` one of our elements? Said with the list of them when not. */
function checkElement(tag: string): asserts tag is ElementTag {
  if (!Object.hasOwn(elements, tag))
    throw new Error(`"${tag}" is not a book-widgets element: use one of ${Object.keys(elements).join(', ')}.`);
}

/** What may be written as the element's light DOM for clients without declarative shadow DOM. */
function fallback(book: Book, tag: ElementTag) {
  if (tag === 'newsletter-signup' || tag === 'book-data') return '';
  const authors = book.authors?.map((a) => a.name).join(', ');
  const title = `<strong>${escape(book.title)}</strong>${book.subtitle ? `: ${escape(book.subtitle)}` : ''}`;
  const about = book.tagline ?? book.description;
  return `<p>${title}${authors ? ` — ${escape(authors)}` : ''}</p>${about ? `<p>${escape(about)}</p>` : ''}`;
}

/**
 * Renders `tag` for `book` (a parsed book, its references already in it) as HTML: the element with
 * its attributes, its declarative shadow root, fallback text, the book as inline JSON, and JSON-LD
 * where `structured-data` is set.
 */
async function renderParsed(book: Book | undefined, options: RenderOptions) {
  const tag = options.element ?? 'book-page';
  checkElement(tag);
  const attributes: {[name: string]: string} = {...options.attributes};
  if (options.lang && !('lang' in attributes)) attributes.lang = options.lang;
  for (const name of Object.keys(attributes)) {
    if (!attributeName.test(name)) throw new Error(`"${name}" is not an attribute name.`);
    if (/^(src|isbn|book)$/i.test(name) && book)
      throw new Error(`${name} is not for a rendered element: the book is written in it (give the book to render instead).`);
  }
  // The element's words: loaded before it renders, as the browser does before it shows them.
  await whenLanguage(attributes.lang ?? 'en');
  const opening = `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name.toLowerCase()}="${escape(String(value))}"`)
    .join('')}`;
  const result = book ? template([`${opening} .book=`, `></${tag}>`], [book]) : template([`${opening}></${tag}>`], []);
  // Synchronous, so that the language set for this render is this render's alone.
  serverRender.lang = attributes.lang;
  serverRender.needsScript = needsScriptIn;
  let html: string;
  try {
    html = collectResultSync(renderTemplate(result));
  } finally {
    serverRender.lang = undefined;
    serverRender.needsScript = undefined;
  }
  // The element stands alone in the page: the markers for hydrating an outer template go.
  html = html.replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
  // `shadowroot` is the attribute's old name, from before every engine took `shadowrootmode`.
  // Lit ends a template that ends in a binding with `<?>`, which the parser makes a comment of; written
  // as that comment, the same node, in valid HTML.
  html = html
    .replace(/<template shadowroot="open" shadowrootmode="open">/g, '<template shadowrootmode="open">')
    .replace(/<\?>/g, '<!--?-->');
  if (book) {
    const structured = 'structured-data' in attributes;
    const jsonLd = structured
      ? `<script type="application/ld+json">${scriptJson(tag === 'book-faq' ? faqJsonLd(book) : bookJsonLd(book))}</script>`
      : '';
    const light = `${fallback(book, tag)}<script type="application/json">${scriptJson(book)}</script>${jsonLd}`;
    const end = html.lastIndexOf(`</${tag}>`);
    html = html.slice(0, end) + light + html.slice(end);
  }
  return unStandIn(html);
}

/** Where a book came from: a file, a URL, or an object (with the base its relative URLs need). */
interface Origin {
  /** Reads a file the book refers to (a related book, a book of its series), by its URL. */
  read?: (url: URL) => Promise<unknown>;
  /** The book's own URL: a `file:` URL for a file, an http(s) one for a URL. */
  url?: URL;
}

async function readJson(url: URL): Promise<unknown> {
  let text: string;
  if (url.protocol === 'file:') {
    try {
      text = await readFile(url, 'utf8');
    } catch (error) {
      const code = (error as {code?: string}).code;
      throw new Error(`${url.pathname}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`}.`, {cause: error});
    }
  } else {
    const response = await fetch(url).catch((error: Error) => {
      throw new Error(`${url.href} could not be fetched: ${error.message}.`, {cause: error});
    });
    if (!response.ok) throw new Error(`${url.href} answered ${response.status} ${response.statusText}.`);
    text = await response.text();
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${url.protocol === 'file:' ? url.pathname : url.href} is not valid JSON: ${(error as Error).message}.`, {
      cause: error,
    });
  }
}

/**
 * The book parsed, with the files it refers to (related books, the books of its series) read and put
 * in it, so that the page shows them at once and asks for none of them. A reference is read from
 * beside the book's file (or URL), and its own relative URLs are resolved where it is served.
 */
async function parseWithReferences(json: unknown, origin: Origin, baseUrl: string | undefined): Promise<Book> {
  const base = baseUrl ?? (origin.url && /^https?:$/.test(origin.url.protocol) ? origin.url.href : standIn);
  const inline = async (reference: unknown, where: string): Promise<unknown> => {
    if (typeof reference !== 'string') return reference;
    if (!origin.url && !/^https?:\/\//i.test(reference))
      throw new Error(`${where} "${reference}" can only be read with the book's own URL: render the book from its file or URL.`);
    let from: URL;
    let served: string;
    try {
      from = new URL(reference, origin.url);
      served = new URL(reference, base).href;
    } catch {
      return reference; // Not a URL: the book's own check says so below.
    }
    try {
      return parseBook(await readJson(from), {baseUrl: served});
    } catch (error) {
      throw new Error(`${where} "${reference}": ${(error as Error).message}`, {cause: error});
    }
  };
  const data = json as {related?: unknown; series?: {books?: unknown}};
  let withReferences = json;
  if (data && typeof data === 'object') {
    const {related, series} = data;
    withReferences = {
      ...data,
      ...(Array.isArray(related) && {related: await Promise.all(related.map((r, i) => inline(r, `related[${i}]`)))}),
      ...(series &&
        typeof series === 'object' &&
        Array.isArray(series.books) && {
          series: {...series, books: await Promise.all(series.books.map((r, i) => inline(r, `series.books[${i}]`)))},
        }),
    };
  }
  return parseBook(withReferences, {baseUrl: base});
}

/** A book given as a file's path, an http(s) URL, or the book's object itself. */
export type BookInput = string | URL | object;

/** The book of `input`, parsed, and what it refers to read into it. */
export async function loadBookForRender(input: BookInput, baseUrl?: string): Promise<Book> {
  if (typeof input === 'object' && !(input instanceof URL)) return parseWithReferences(input, {}, baseUrl);
  const url = input instanceof URL || /^https?:\/\//i.test(input) ? new URL(input) : pathToFileURL(resolvePath(input));
  const json = await readJson(url);
  return parseWithReferences(json, {url}, baseUrl);
}

/**
 * An element for a book, as HTML to put in a page: `await renderElement('book.json', {element:
 * 'book-card', attributes: {layout: 'horizontal'}, lang: 'de'})`. Throws an `Error` whose message
 * says what is wrong with the book, the element or an attribute.
 */
export async function renderElement(input: BookInput | undefined, options: RenderOptions = {}): Promise<string> {
  const tag = options.element ?? 'book-page';
  checkElement(tag);
  if (input === undefined && tag !== 'newsletter-signup') throw new Error(`<${tag}> needs a book to render.`);
  const book = input === undefined ? undefined : await loadBookForRender(input, options.baseUrl);
  return renderParsed(book, options);
}

/** Meta tags for a book's page: title, description, canonical, Open Graph (`og:type=book`) and Twitter card. */
export async function renderHead(input: BookInput, options: HeadOptions = {}): Promise<string> {
  const book = await loadBookForRender(input, options.baseUrl);
  return headFor(book, options);
}

/** The `<head>` tags of a parsed book. */
export function headFor(book: Book, options: HeadOptions = {}): string {
  const title = book.subtitle ? `${book.title}: ${book.subtitle}` : book.title;
  const summary = (book.tagline ?? book.description ?? '').replace(/\s+/g, ' ').trim();
  // Search engines show about 160 characters: cut at a word, marked as cut.
  const description = summary.length > 160 ? `${summary.slice(0, 159).replace(/\s+\S*$/, '')}…` : summary;
  const cover = book.cover && !book.cover.src.startsWith('https://book-widgets.invalid/') ? book.cover : undefined;
  const isbn = book.isbn13 ?? book.isbn10;
  const tags: [string, string, string][] = [];
  const meta = (key: 'name' | 'property', name: string, content: string | number | undefined) =>
    content !== undefined && content !== '' && tags.push([key, name, String(content)]);
  meta('name', 'description', description);
  meta('property', 'og:type', 'book');
  meta('property', 'og:title', title);
  meta('property', 'og:description', description);
  meta('property', 'og:url', options.pageUrl);
  if (options.lang) meta('property', 'og:locale', options.lang.replace(/-/g, '_'));
  if (cover) {
    meta('property', 'og:image', cover.src);
    meta('property', 'og:image:width', cover.width);
    meta('property', 'og:image:height', cover.height);
    meta('property', 'og:image:alt', cover.alt);
  }
  meta('property', 'book:isbn', isbn);
  for (const author of book.authors ?? []) meta('property', 'book:author', author.url ?? author.name);
  meta('property', 'book:release_date', book.published);
  for (const category of book.categories ?? []) meta('property', 'book:tag', category);
  // A cover is portrait: the summary card shows it whole, the large-image card would crop it.
  meta('name', 'twitter:card', 'summary');
  meta('name', 'twitter:title', title);
  meta('name', 'twitter:description', description);
  if (cover) {
    meta('name', 'twitter:image', cover.src);
    meta('name', 'twitter:image:alt', cover.alt);
  }
  const lines = [`<title>${escape(title)}</title>`];
  if (options.pageUrl) lines.push(`<link rel="canonical" href="${escape(options.pageUrl)}">`);
  for (const [key, name, content] of tags) lines.push(`<meta ${key}="${name}" content="${escape(content)}">`);
  return unStandIn(lines.join('\n'));
}

export {elements};
export type {ElementTag};
