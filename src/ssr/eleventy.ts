/// <reference types="node" />
/**
 * An Eleventy (3) plugin: shortcodes that put an element for a book in a page at build time, its
 * content in the HTML (`book-widgets/ssr`), and the page's head tags; and the script tag's files
 * copied to the site, so that the elements come alive in the browser.
 *
 *   import bookWidgets from 'book-widgets/eleventy';
 *   export default (config) => config.addPlugin(bookWidgets, {baseUrl: 'https://example.com/'});
 *
 *   {% book "books/dmls.json", "book-card", {layout: "horizontal"} %}   (Nunjucks)
 *   {% book "books/dmls.json" "book-page" %}                             (Liquid)
 *   {% bookHead "books/dmls.json" %}
 */
import {fileURLToPath} from 'node:url';
import {join, relative, resolve} from 'node:path';
import {renderElement, renderHead} from './render.js';
import type {ElementTag} from '../registry.js';

export interface EleventyOptions {
  /**
   * The site's address (`https://example.com/`): books' relative URLs (covers, related files) are
   * then absolute, and the head tags' canonical and `og:image` are written. Without it they stay
   * relative to the page.
   */
  baseUrl?: string;
  /** The language of the elements' words, when a page's data gives no `lang`. Default: English. */
  lang?: string;
  /** Where the script's files go in the site (default `book-widgets/`: `/book-widgets/book-widgets.js`); `false`: not copied. */
  scriptDir?: string | false;
}

/** What Eleventy gives a plugin: the calls this one makes. */
interface EleventyConfig {
  addAsyncShortcode(
    name: string,
    shortcode: (this: {page?: {url?: string; inputPath?: string}; ctx?: {lang?: string}}, ...args: never[]) => Promise<string>,
  ): void;
  addPassthroughCopy(copy: {[from: string]: string}): void;
  dir?: {input?: string};
}

export default function bookWidgets(config: EleventyConfig, options: EleventyOptions = {}) {
  const dist = fileURLToPath(new URL('..', import.meta.url));
  const scriptDir = options.scriptDir ?? 'book-widgets';
  if (scriptDir !== false) {
    config.addPassthroughCopy({[join(dist, 'book-widgets.js')]: `${scriptDir}/book-widgets.js`});
    config.addPassthroughCopy({[join(dist, 'chunks')]: `${scriptDir}/chunks`});
  }
  /** A book file named in a template: from the project's folder, served at the same path under the site. */
  const where = (file: string) => {
    const path = resolve(file);
    const served = relative(process.cwd(), path).split('\\').join('/');
    const baseUrl = options.baseUrl ? new URL(served, options.baseUrl).href : undefined;
    return {path, baseUrl};
  };
  config.addAsyncShortcode(
    'book',
    async function (file: string, element: ElementTag = 'book-page', attributes: {[name: string]: unknown} = {}) {
      const {path, baseUrl} = where(file);
      const {lang = this.ctx?.lang ?? options.lang, ...rest} = attributes;
      const given = Object.fromEntries(Object.entries(rest).map(([name, value]) => [name, value === true ? '' : String(value)]));
      return renderElement(path, {element, attributes: given, lang: lang as string | undefined, baseUrl});
    },
  );
  config.addAsyncShortcode('bookHead', async function (file: string) {
    const {path, baseUrl} = where(file);
    const pageUrl = options.baseUrl && this.page?.url ? new URL(this.page.url, options.baseUrl).href : undefined;
    return renderHead(path, {baseUrl, pageUrl, lang: this.ctx?.lang ?? options.lang});
  });
}
