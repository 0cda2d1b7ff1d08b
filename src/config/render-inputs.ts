/**
 * What a pre-rendered element's content was drawn with, beyond its attributes: set while a server
 * renders (`book-widgets/ssr`), and while the browser adopts what it rendered (hydration), so that
 * both draw the same nodes; unset otherwise. The browser then draws the element again with the
 * reader's own store, date, the page's configuration and its translations.
 */
export interface RenderInputs {
  /** The render's language: on a server an element inside another has no ancestors to take it from. */
  lang?: string;
  /** The reader's store's country the server took. */
  country?: string;
  /** Today's date where the server rendered, `YYYY-MM-DD`: what "Pre-order" was decided by. */
  today?: string;
  /** What a form that needs JavaScript says without it: words only a server writes. */
  needsScript?: (lang: string) => string;
}

/**
 * The inputs in force, if any. While set, the page's own configuration (`window.BookWidgets`: IDs,
 * retailers, translations) and a store the reader chose are left out: a server has neither.
 */
export const rendering: {inputs?: RenderInputs} = {};
