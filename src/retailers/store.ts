/**
 * The reader's country, for their stores: from what the browser already says (the languages the
 * reader set, then the time zone), never from a request to an IP look-up. The page may fix it
 * (`window.BookWidgets.country`).
 */
import type {Retailer} from './catalogue.js';
import {pageConfig} from '../config/page-config.js';
import {BookElement} from '../elements/book-element/book-element.js';
import {rendering} from '../config/render-inputs.js';

/** Time zones of the countries whose stores the catalogue has, where the language says no region. */
const zones: {[zone: string]: string} = {
  'Europe/London': 'gb',
  'Europe/Dublin': 'ie',
  'Europe/Berlin': 'de',
  'Europe/Vienna': 'at',
  'Europe/Zurich': 'ch',
  'Europe/Paris': 'fr',
  'Europe/Brussels': 'be',
  'Europe/Amsterdam': 'nl',
  'Europe/Madrid': 'es',
  'Europe/Lisbon': 'pt',
  'Europe/Rome': 'it',
  'Europe/Stockholm': 'se',
  'Europe/Warsaw': 'pl',
  'Europe/Istanbul': 'tr',
  'Asia/Tokyo': 'jp',
  'Asia/Kolkata': 'in',
  'Asia/Calcutta': 'in',
  'Asia/Singapore': 'sg',
  'Asia/Dubai': 'ae',
  'Asia/Riyadh': 'sa',
  'Asia/Taipei': 'tw',
  'Africa/Cairo': 'eg',
  'America/Sao_Paulo': 'br',
  'America/Mexico_City': 'mx',
  'Pacific/Auckland': 'nz',
};

/** Written `uk` by many (an affiliate's "uk:tag-21"); ISO says `gb`. */
export const countryCode = (code: string) => ((c) => (c === 'uk' ? 'gb' : c))(code.trim().toLowerCase());

/**
 * The reader's country from their languages (`en-GB` → `gb`; the first that names a region), else
 * their time zone (Canadian, US and Australian zones by their prefix), else `us`.
 */
export function countryOf(languages: readonly string[], timeZone = ''): string {
  for (const language of languages) {
    // `en-GB`, `zh-Hant-TW`, `es-419` (a region by number is no country): the two-letter subtag.
    const region = language
      .split('-')
      .slice(1)
      .find((subtag) => /^[a-z]{2}$/i.test(subtag));
    if (region) return countryCode(region);
  }
  if (zones[timeZone]) return zones[timeZone];
  if (/^Australia\//.test(timeZone)) return 'au';
  if (/^America\/(Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina)$/.test(timeZone)) return 'ca';
  return 'us';
}

/**
 * This reader's country: the store they chose (see `chooseCountry`), else the one the page fixes
 * (`window.BookWidgets.country`), else as this browser says it.
 */
export const readerCountry = (fixed?: string) =>
  // Pre-rendered content is adopted with the server's country; the reader's comes with the next render.
  rendering.inputs
    ? (rendering.inputs.country ?? 'us')
    : (chosenCountry() ?? (fixed && /^[a-z]{2}$/i.test(fixed.trim()) ? countryCode(fixed) : (browserCountry ??= browserSays())));

/** The one thing stored, and only when the reader picks a store: their country, for this site. */
const storageKey = 'book-widgets.country';
/** The reader's choice as read from storage (`null`: none), read once and then kept up to date. */
let chosen: string | null | undefined;

/** The country the reader chose in a store picker, on this site (in this tab or another); else undefined. */
export function chosenCountry(): string | undefined {
  if (chosen === undefined) {
    try {
      const stored = localStorage.getItem(storageKey);
      chosen = stored && /^[a-z]{2}$/i.test(stored) ? countryCode(stored) : null;
    } catch {
      chosen = null; // Storage blocked (a sandboxed frame, cookies off): the choice lasts for this page.
    }
  }
  return chosen ?? undefined;
}

/**
 * The reader picks their store's country (undefined: back to what the page and browser say). It is
 * remembered for the site and reaches every widget of this page, and of the site's other open tabs,
 * through `book-store-change` on the window.
 */
export function chooseCountry(country: string | undefined) {
  chosen = country && /^[a-z]{2}$/i.test(country) ? countryCode(country) : null;
  try {
    if (chosen) localStorage.setItem(storageKey, chosen);
    else localStorage.removeItem(storageKey);
  } catch {
    // Not stored, but still this page's choice.
  }
  announce();
}

/** Every widget renders again, with links for the reader's store; then the page hears of it. */
const announce = () => {
  renderAgain(document);
  dispatchEvent(new CustomEvent('book-store-change', {detail: {country: readerCountry(pageConfig().country)}}));
};

// Widgets are found where they are, in the page and in every open shadow root, not kept in a list:
// this runs once per choice, and every card of a page costs nothing for it until then.
const renderAgain = (root: Document | ShadowRoot) => {
  for (const element of root.querySelectorAll('*'))
    if (element.shadowRoot) {
      if (element instanceof BookElement) element.requestUpdate();
      renderAgain(element.shadowRoot);
    }
};

// Another tab of the site chose a store: this one follows.
if (typeof window !== 'undefined')
  addEventListener('storage', (event) => {
    if (event.key !== storageKey && event.key !== null) return;
    chosen = undefined;
    announce();
  });

/** What the browser says, read once: every link of every card asks, and a time zone costs an Intl object. */
let browserCountry: string | undefined;
const browserSays = () =>
  countryOf(
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
    (() => {
      try {
        return Intl.DateTimeFormat().resolvedOptions().timeZone;
      } catch {
        return '';
      }
    })(),
  );

/** The retailer's store for a reader in `country`: theirs, the one that serves them, else its home store. */
export const storeOf = (retailer: Retailer, country: string) => {
  const code = countryCode(country);
  if (retailer.stores[code]) return code;
  const also = retailer.also?.[code];
  return also && retailer.stores[also] ? also : Object.keys(retailer.stores)[0];
};
