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
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {TemplateResult} from 'lit';
import '../all.js';
import {elements, type ElementTag} from '../registry.js';
import {parseBook, type Book} from '../format/book.js';
import {whenLanguage} from '../i18n/translate.js';
import {rendering} from '../config/render-inputs.js';
import {today} from '../text/locale.js';
import {needsScriptIn} from './needs-script.js';
import {bookJsonLd, faqJsonLd} from '../seo/json-ld.js';

/**
 * Relative URLs in a book with no known base stay relative (to the page the HTML goes in): they are
 * resolved against this stand-in while rendering (deep, so that `../` stays inside it), and made
 * relative to it again after (`unStandIn`).
 */
const standInOrigin = 'https://book-widgets.invalid';
const standInPath = '/p/a/g/e/s/';
const standIn = standInOrigin + standInPath;

export interface RenderOptions {
  /** The element to render (default `book-page`). */
  element?: ElementTag;
  /** Its attributes, as in HTML: `{layout: 'horizontal', 'structured-data': ''}`. */
  attributes?: {[name: string]: string};
  /** The language of its words (`de`, `pt-BR` …): written as its `lang`. Default: English. */
  lang?: string;
  /**
   * The country of the reader's store the content is drawn for (prices, store links): `us`, `de` …
   * Default: the language's region (`pt-BR` → `br`), else `us`. The browser then shows the reader's.
   */
  country?: string;
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

/** URLs resolved against the stand-in, made relative to it again: `covers/a.svg`, `../b.json`. */
function unStandIn(text: string) {
  const base = standInPath.split('/').slice(1, -1);
  const relative = text.replace(/https:\/\/book-widgets\.invalid(\/[^\s"'<>\\]*)/g, (url, path: string) => {
    const parts = path.split('/').slice(1);
    let common = 0;
    while (common < base.length && common < parts.length - 1 && parts[common] === base[common]) common++;
    if (common === 0) return url; // Above the stand-in: no relative URL says where; found below.
    return '../'.repeat(base.length - common) + parts.slice(common).join('/') || './';
  });
  // Left only where a URL climbed above every page or was encoded inside another (a wrapped link).
  if (relative.includes('book-widgets.invalid'))
    throw new Error(
      'the book has relative URLs that need its address to be written here: give --base-url (baseUrl), the URL the book file is served at.',
    );
  return relative;
}

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
  const attributes = checkAttributes(tag, options.attributes ?? {}, Boolean(book));
  // The language is always written: the browser then adopts the content in the words it was drawn in,
  // whatever the page around it says.
  attributes.lang ??= options.lang ?? 'en';
  const lang = attributes.lang;
  const country = (options.country ?? lang.match(/-([a-z]{2})\b/i)?.[1] ?? 'us').toLowerCase();
  if (!/^[a-z]{2}$/.test(country)) throw new Error(`--country "${options.country}" is not a country code such as us, de or jp.`);
  // The element's words: loaded before it renders, as the browser does before it shows them.
  await whenLanguage(lang);
  const opening = `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
    .join('')}`;
  const result = book ? template([`${opening} .book=`, `></${tag}>`], [book]) : template([`${opening}></${tag}>`], []);
  // What the content is drawn with besides its attributes, written beside the book for the browser to
  // adopt it with the same. Synchronous, so that these inputs are this render's alone.
  const inputs = {lang, country, today: today(), needsScript: needsScriptIn};
  rendering.inputs = inputs;
  let html: string;
  try {
    html = collectResultSync(renderTemplate(result));
  } finally {
    rendering.inputs = undefined;
  }
  // The element stands alone in the page: the markers for hydrating an outer template go.
  html = html.replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
  // Lit writes both the old and the new name of the shadow root's attribute (`shadowroot`, from
  // before every engine took `shadowrootmode`): only the new one is kept. And Lit ends a template
  // that ends in a binding with `<?>`, which the parser makes a comment of: written as that comment,
  // the same node, in valid HTML.
  html = html
    .replace(/<template shadowroot="open" shadowrootmode="open">/g, '<template shadowrootmode="open">')
    .replace(/<\?>/g, '<!--?-->');
  if (book) {
    const structured = 'structured-data' in attributes;
    const jsonLd = structured
      ? `<script type="application/ld+json">${scriptJson(tag === 'book-faq' ? faqJsonLd(book) : bookJsonLd(book, inputs.today))}</script>`
      : '';
    const data = `<script type="application/json" data-country="${country}" data-today="${inputs.today}">${scriptJson(book)}</script>`;
    const light = `${fallback(book, tag)}${data}${jsonLd}`;
    const end = html.lastIndexOf(`</${tag}>`);
    html = html.slice(0, end) + light + html.slice(end);
  }
  return unStandIn(html);
}

/** Attributes every element has (HTML's own); the rest must be the element's. */
const globalAttributes = /^(lang|dir|id|class|style|title|hidden|part|slot|tabindex|data-[\w.:-]+|aria-[a-z]+)$/;

/** The attributes, named as HTML names them (lowercase, once each), each one the element knows. */
function checkAttributes(tag: ElementTag, given: {[name: string]: string}, hasBook: boolean) {
  const known = (customElements.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes;
  const attributes: {[name: string]: string} = {};
  for (const [given_name, value] of Object.entries(given)) {
    const name = given_name.toLowerCase();
    if (!attributeName.test(name)) throw new Error(`"${given_name}" is not an attribute name.`);
    if (name in attributes) throw new Error(`the attribute ${name} is given twice.`);
    if (hasBook && /^(src|isbn|base-url)$/.test(name))
      throw new Error(
        `${name} is not for a rendered element: the book is written in it, its URLs resolved (give the book, and --base-url, to render instead).`,
      );
    if (!known.includes(name) && !globalAttributes.test(name))
      throw new Error(`<${tag}> has no attribute ${name}: it takes ${known.filter((a) => a !== 'state').join(', ')}.`);
    attributes[name] = String(value);
  }
  return attributes;
}

/** Where a book came from: a file, a URL, or an object (with the base its relative URLs need). */
interface Origin {
  /** The book's own URL: a `file:` URL for a file, an http(s) one for a URL; none for an object. */
  url?: URL;
}

/** A file's name as its owner knows it: the path for a file, the URL for the rest. */
const shown = (url: URL) => (url.protocol === 'file:' ? fileURLToPath(url) : url.href);

/** Book files are small: one over this is not a book file. */
const maxBytes = 5_000_000;

/** A JSON file, and its final URL (after redirects: what its own references resolve against). */
async function readJson(url: URL): Promise<{json: unknown; url: URL}> {
  let text: string;
  if (url.protocol === 'file:') {
    try {
      text = await readFile(url, 'utf8');
    } catch (error) {
      const code = (error as {code?: string}).code;
      const problem =
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code})`;
      throw new Error(`${shown(url)}: ${problem}.`, {cause: error});
    }
  } else {
    const response = await fetch(url, {headers: {accept: 'application/json'}, signal: AbortSignal.timeout(15_000)}).catch(
      (error: Error) => {
        throw new Error(`${url.href} could not be fetched: ${(error.cause as Error)?.message ?? error.message}.`, {cause: error});
      },
    );
    if (!response.ok) throw new Error(`${url.href} answered ${response.status} ${response.statusText}.`);
    text = await response.text();
    if (response.url) url = new URL(response.url);
  }
  if (text.length > maxBytes) throw new Error(`${shown(url)} is ${text.length} characters long: not a book file.`);
  try {
    return {json: JSON.parse(text.replace(/^\uFEFF/, '')), url};
  } catch (error) {
    throw new Error(`${shown(url)} is not valid JSON: ${(error as Error).message}.`, {cause: error});
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
    // A book from the web names files on the web: never one of this machine's (`file:`).
    const local = (url?: URL) => url?.protocol === 'file:';
    if (local(from) && !local(origin.url))
      throw new Error(`${where} "${reference}": a book from the web cannot name a local file.`);
    if (!/^(https?|file):$/.test(from.protocol)) throw new Error(`${where} "${reference}": not an http(s) URL or a file.`);
    try {
      const read = await readJson(from);
      // Its own relative URLs are where it is served (after any redirect, for one read from the web).
      return parseBook(read.json, {baseUrl: local(from) ? served : read.url.href});
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
  if (typeof input === 'object' && !(input instanceof URL)) return parseWithReferences(input, {}, checkBase(baseUrl));
  const url = input instanceof URL || /^https?:\/\//i.test(input) ? new URL(input) : pathToFileURL(resolvePath(input));
  const read = await readJson(url);
  try {
    return await parseWithReferences(read.json, {url: read.url}, checkBase(baseUrl));
  } catch (error) {
    // Named by its file: a build renders many.
    throw new Error(`${shown(read.url)}: ${(error as Error).message}`, {cause: error});
  }
}

/** `--base-url` is where the book file is served: an absolute http(s) URL, said once if not. */
function checkBase(baseUrl: string | undefined) {
  if (baseUrl === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new Error(`--base-url "${baseUrl}" is not an absolute http(s) URL: give the URL the book file is served at.`);
  return url.href;
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
