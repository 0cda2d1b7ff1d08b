/**
 * The page-wide settings a site sets before the script loads, in one place:
 * `window.BookWidgets = {affiliate: {amazon, bookshop}, sources: {openlibrary, google}}`.
 */
export interface PageConfig {
  /** Affiliate IDs for every widget that sets none of its own. */
  affiliate?: {amazon?: string; bookshop?: string};
  /** Other base URLs for the ISBN sources (a proxy, a test server). */
  sources?: {[source: string]: string | undefined};
}

/** Read when needed, not at load: the page may set it after the script, before widgets load. */
export const pageConfig = (): PageConfig => (globalThis as {BookWidgets?: PageConfig}).BookWidgets ?? {};
