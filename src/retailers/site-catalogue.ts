/**
 * The catalogue a page uses: the built-in retailers, with the site's own added or changed from
 * `window.BookWidgets.retailers`:
 *
 *   retailers: {
 *     myshop: {name: 'My Shop', stores: {us: 'https://myshop.example/isbn/{isbn13}'}},
 *     kobo: {name: 'Rakuten Kobo'},            // a built-in one, changed in part
 *   }
 *
 * Read with the same care as the rest of the page's config: each value is checked, and one that is
 * not right is left out with a console warning that names it; the rest of the catalogue stands.
 */
import {retailers, type Retailer} from './catalogue.js';
import {ignore, isPlain, ownValue} from '../config/page-config.js';
import {own} from '../format/schema.js';
import {rendering} from '../config/render-inputs.js';

/** `{isbn13}` and `{isbn10}` only, in an http(s) address once they are filled in. */
const template = (value: unknown, placeholders = /\{(?!isbn1[03]\})/) =>
  typeof value === 'string' && !placeholders.test(value) && isHttp(value.replace(/\{isbn1[03]\}/g, '9780000000002'))
    ? value
    : undefined;

const isHttp = (value: string) => {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

const country = /^[a-z]{2}$/;

/** Country → string, each checked by `check`; warned about and left out where it fails. */
function byCountry(value: unknown, path: string, check: (item: unknown) => string | undefined, what: string) {
  // No prototype: a store a page adds to Object.prototype (`us: 'https://evil…'`) is never one of these.
  const out: {[store: string]: string} = Object.create(null);
  if (!isPlain(value)) return (ignore(path, 'not a plain object of stores, like {us: "https://…{isbn13}"}'), out);
  for (const key of Object.keys(value)) {
    const item = check(ownValue(value, key));
    if (!country.test(key)) ignore(`${path}.${key}`, 'not a two-letter country code in lower case');
    else if (item === undefined) ignore(`${path}.${key}`, what);
    else out[key] = item;
  }
  return out;
}

/** One retailer as the site gives it, checked; a built-in one it names is the base. */
function siteRetailer(id: string, value: unknown, base: Retailer | undefined): Retailer | undefined {
  const path = `.retailers.${id}`;
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(id))
    return (ignore(path, 'a retailer is named in lower case letters, digits and -'), undefined);
  if (!isPlain(value)) return (ignore(path, 'not a plain object'), undefined);
  const retailer: Retailer = own({...(base ?? {name: id, stores: {}})});
  const name = ownValue(value, 'name');
  if (typeof name === 'string' && name.trim() && name.length <= 100) retailer.name = name.trim();
  else if (name !== undefined) ignore(`${path}.name`, 'not a name of 1 to 100 characters');
  const stores = ownValue(value, 'stores');
  if (stores !== undefined) {
    retailer.stores = byCountry(stores, `${path}.stores`, (t) => template(t), 'not an http(s) link with {isbn13} or {isbn10}');
    // The built-in fallbacks, and affiliate links made store by store, are links of the built-in stores.
    delete retailer.fallback;
    if (retailer.affiliate && 'stores' in retailer.affiliate) delete retailer.affiliate;
  }
  if (!Object.keys(retailer.stores).length) return (ignore(path, 'it has no store, like {us: "https://…{isbn13}"}'), undefined);
  for (const flag of ['search', 'everywhere'] as const) {
    const given = ownValue(value, flag);
    if (typeof given === 'boolean') retailer[flag] = given;
    else if (given !== undefined) ignore(`${path}.${flag}`, 'not true or false');
  }
  const also = ownValue(value, 'also');
  if (also !== undefined)
    retailer.also = byCountry(
      also,
      `${path}.also`,
      (s) => (typeof s === 'string' && country.test(s) ? s : undefined),
      'not a store',
    );
  const affiliate = ownValue(value, 'affiliate');
  if (affiliate !== undefined) {
    const param = isPlain(affiliate) ? ownValue(affiliate, 'param') : undefined;
    const wrap = isPlain(affiliate) ? template(ownValue(affiliate, 'wrap'), /\{(?!url\}|id\})/) : undefined;
    if (typeof param === 'string' && /^[\w.-]{1,40}$/.test(param)) retailer.affiliate = {param};
    else if (wrap && wrap.includes('{url}')) retailer.affiliate = {wrap};
    else ignore(`${path}.affiliate`, 'not {param: "name"} or {wrap: "https://…{id}…{url}"}');
  }
  return retailer;
}

/** A retailer whose every map has no prototype: nothing a page adds to Object.prototype is read as its data. */
const owned = (r: Retailer): Retailer =>
  own({
    ...r,
    stores: own(r.stores),
    ...(r.fallback && {fallback: own(r.fallback)}),
    ...(r.also && {also: own(r.also)}),
    ...(r.affiliate && {affiliate: own('stores' in r.affiliate ? {stores: own(r.affiliate.stores)} : r.affiliate)}),
  });

let read: {key: string; catalogue: {[id: string]: Retailer}} | undefined;

/**
 * The built-in catalogue and the site's retailers; read again when the page's `retailers` change
 * (a new object, or the same one changed: it is compared by its JSON).
 */
export function siteCatalogue(): {[id: string]: Retailer} {
  let given: unknown;
  let key: string;
  try {
    // Adopting pre-rendered content: the built-in catalogue, as the server had it.
    const config = rendering.inputs ? undefined : (globalThis as {BookWidgets?: unknown}).BookWidgets;
    given = isPlain(config) ? ownValue(config, 'retailers') : undefined;
    key = given === undefined ? '' : JSON.stringify(given);
  } catch {
    given = undefined; // pageConfig() says what is wrong with the config itself; the rest is below.
    key = '!';
  }
  if (read && read.key === key) return read.catalogue;
  const catalogue: {[id: string]: Retailer} = Object.create(null);
  for (const id of Object.keys(retailers)) catalogue[id] = owned(retailers[id]);
  try {
    if (isPlain(given))
      for (const id of Object.keys(given)) {
        const retailer = siteRetailer(
          id,
          ownValue(given, id),
          Object.prototype.hasOwnProperty.call(retailers, id) ? retailers[id] : undefined,
        );
        if (retailer) catalogue[id] = owned(retailer);
      }
    else if (given !== undefined) ignore('.retailers', 'not a plain object of retailers, like {myshop: {name, stores}}');
  } catch (error) {
    ignore('.retailers', `it could not be read (${(error as Error)?.message ?? error})`);
  }
  read = {key, catalogue};
  return catalogue;
}
