/**
 * The page-wide settings a site sets before the script loads, in one place:
 * `window.BookWidgets = {affiliate: {amazon, bookshop, kobo …}, sources: {openlibrary, google}, country,
 * retailers}` (the site's own retailers, read with the catalogue: src/retailers/site-catalogue.ts).
 *
 * `window.BookWidgets` is not trusted as it comes: injected markup can clobber the name (a named
 * iframe, anchors), and a getter or Proxy can throw or answer differently each time. Only a plain
 * object is read, each value once, inside try/catch, and only string values are kept; anything else
 * is left out with a console warning, so a bad config never blanks a widget.
 */
import {rendering} from './render-inputs.js';
export interface PageConfig {
  /** Affiliate IDs for every widget that sets none of its own, by retailer: `"tag-20"` or `"us:tag-20 uk:tag-21"`. */
  affiliate: {[retailer: string]: string | undefined};
  /** The reader's country for their stores, where the site knows it better than the browser (`"de"`). */
  country?: string;
  /** Other base URLs for the ISBN sources (a proxy, a test server). */
  sources: {openlibrary?: string; google?: string};
}

const warned = new Set<string>();
/** One console warning per problem, naming the setting a site owner has to fix. */
export const ignore = (path: string, why: string) => {
  const message = `book-widgets: window.BookWidgets${path} is ignored: ${why}.`;
  if (!warned.has(message)) console.warn(message);
  warned.add(message);
};

/** An object literal or `Object.create(null)`: not a window, an element, a collection or a class instance. */
export const isPlain = (value: unknown): value is {[key: string]: unknown} => {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  // A cross-origin window passes (null prototype); reading from it throws, and that is caught below.
  return (proto === Object.prototype || proto === null) && Object.prototype.toString.call(value) === '[object Object]';
};

const notPlain = 'not a plain object (an element or frame named "BookWidgets"?)';

/** An own property only: what a page adds to Object.prototype is not the site's config. */
export const ownValue = (object: {[key: string]: unknown}, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;

/**
 * The string values of `keys` (all its own keys where not given) in `config[group]`, each read once;
 * others warned about and left out.
 */
function strings(config: {[key: string]: unknown}, group: string, keys?: string[]) {
  // No prototype: reading `.amazon` off it never finds a polluted Object.prototype's.
  const out: {[key: string]: string} = Object.create(null);
  const value = ownValue(config, group);
  if (value === undefined) return out;
  if (!isPlain(value)) ignore(`.${group}`, notPlain);
  else
    for (const key of keys ?? Object.keys(value)) {
      const item = ownValue(value, key);
      if (typeof item === 'string') out[key] = item;
      else if (item != null) ignore(`.${group}.${key}`, 'not a string');
    }
  return out;
}

/** Read when needed, not at load: the page may set it after the script, before widgets load. */
export function pageConfig(): PageConfig {
  // Adopting pre-rendered content: as the server had it, with no page configuration.
  if (rendering.inputs) return {affiliate: Object.create(null), sources: Object.create(null)};
  try {
    const config = (globalThis as {BookWidgets?: unknown}).BookWidgets;
    if (isPlain(config)) {
      const country = ownValue(config, 'country');
      if (country !== undefined && typeof country !== 'string') ignore('.country', 'not a string');
      return {
        // By retailer: the catalogue's (src/retailers/catalogue.ts) and the site's own (`retailers`).
        affiliate: strings(config, 'affiliate'),
        sources: strings(config, 'sources', ['openlibrary', 'google']),
        ...(typeof country === 'string' && {country}),
      };
    }
    if (config !== undefined) ignore('', notPlain);
  } catch (error) {
    ignore('', `it could not be read (${(error as Error)?.message ?? error})`);
  }
  return {affiliate: Object.create(null), sources: Object.create(null)};
}
