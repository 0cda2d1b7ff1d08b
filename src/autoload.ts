/**
 * The script-tag entry, `dist/book-widgets.js`: small, and it loads each element's code (and the
 * code they share) from the chunks beside it, the first time the page uses that element. A page
 * with one card downloads the card's code, not the FAQ's or the newsletter form's.
 *
 * It finds our tags in the document now and as they are added later (a MutationObserver). For tags
 * inside another component's shadow root, call `discover(shadowRoot)`, exported by this module (or
 * import the element). A chunk that cannot be loaded (a missing file, a Content-Security-Policy that blocks
 * its origin, no connection) turns its elements into their error state, naming the file.
 */
import {elements, type ElementTag} from './registry.js';

/**
 * The chunks each element needs, its own first, relative to this file: the build writes them in
 * place of the string (rollup.config.mjs), so all are requested at once instead of one level of
 * imports after another.
 */
const chunks = '__BOOK_WIDGETS_CHUNKS__' as unknown as {[tag: string]: string[] | undefined};

const requested = new Set<string>();
const preloaded = new Set<string>();

/** Asks for the chunks of `key` (an element, or `isbn`) together, as module preloads; their URLs. */
function preload(key: string) {
  const files = (chunks[key] ?? []).map((file) => new URL(file, import.meta.url).href);
  for (const href of files) {
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  return files;
}

/**
 * A page with pre-rendered elements (their shadow root came in the HTML) first gets the code that
 * adopts it (hydration), before any element is defined; other pages never load it.
 */
let hydration: Promise<unknown> | undefined;

/** Asks for the files of `tag` together, then imports them (after hydration's, if any); a failure is shown. */
function load(tag: ElementTag) {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  const files = preload(tag);
  (hydration ?? Promise.resolve())
    .then((): Promise<unknown> => elements[tag]())
    .catch((error: unknown) => failed(tag, files, error));
}

/**
 * The element's code could not be loaded: its tag gets a stand-in that shows the page's fallback
 * content and an error naming the file, sets `state="error"` and fires `book-error`, so nothing is
 * left blank or loading forever. No Lit here: the shared code may be what failed.
 */
function failed(tag: string, files: string[], error: unknown) {
  const file = files[0] ?? String((error as Error)?.message ?? error);
  const message =
    `The code of <${tag}> could not be loaded from ${file}${files.length > 1 ? ` (or a file it needs: ${files.slice(1).join(', ')})` : ''}: ` +
    'keep every file of dist/ next to book-widgets.js, and allow their origin in script-src.';
  console.error(`book-widgets: ${message}`, error);
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        const root = this.attachShadow({mode: 'open'});
        const text = document.createElement('p');
        text.part.add('error');
        text.textContent = message;
        root.append(document.createElement('slot'), text);
        this.setAttribute('state', 'error');
        const detail = {error: {kind: 'network', message}};
        this.dispatchEvent(new CustomEvent('book-error', {detail, bubbles: true, composed: true}));
      }
    },
  );
}

const selector = Object.keys(elements).join(',');
const fetched = new Set<string>();
let near: IntersectionObserver | undefined;

/**
 * Starts fetching an element's file while its code loads, so that the element's own request finds
 * it on its way: at once for `loading="eager"`, and for a lazy one (the default) once it is near the
 * viewport, as the element itself would. Ten files at most; the rest wait for their elements.
 */
function prefetch(element: Element) {
  const src = element.getAttribute('src');
  // A book written in the page (a child <script type="application/json">) needs no request.
  if (!src || fetched.size >= 10 || element.querySelector(':scope > script[type="application/json"]')) return;
  if (element.getAttribute('loading') !== 'eager') {
    near ??= new IntersectionObserver(
      (entries) => {
        for (const {target, isIntersecting} of entries) {
          if (!isIntersecting) continue;
          near!.unobserve(target);
          // Its code came first: the element asks for its file itself.
          if (!customElements.get(target.localName)) fetchFile(target.getAttribute('src'));
        }
      },
      {rootMargin: '200px'},
    );
    near.observe(element);
  } else fetchFile(src);
}

/**
 * The files fetched here, by URL, for `load-book.ts` to take (each once, by the first element that
 * asks): a global, as this file shares no module with the chunks. Held read, not as a Response, so
 * an element whose code arrives after its file has its book within the same task, and draws it at
 * once rather than a skeleton first.
 */
type Prefetched = Pick<Response, 'ok' | 'status' | 'statusText' | 'text'>;
const prefetched = ((globalThis as {[key: symbol]: Map<string, Promise<Prefetched>>})[Symbol.for('book-widgets.prefetched')] ??=
  new Map());

function fetchFile(src: string | null) {
  let href: string;
  try {
    href = new URL(src!, document.baseURI).href;
  } catch {
    return; // Not a URL: the element itself will say so, once its code is here.
  }
  if (fetched.has(href) || fetched.size >= 10) return;
  fetched.add(href);
  const file = fetch(href, {headers: {accept: 'application/json'}}).then(async (response) => {
    const body = await response.text();
    return {ok: response.ok, status: response.status, statusText: response.statusText, text: async () => body};
  });
  file.catch(() => {}); // A failure is the element's to report, when it takes the file.
  prefetched.set(href, file);
  // Not taken in a minute (the element went, or changed its src): a later one asks anew.
  setTimeout(() => prefetched.get(href) === file && prefetched.delete(href), 60_000);
}

/** Loads the code of every one of our elements in `root` (a document, an element or a shadow root). */
export function discover(root: ParentNode) {
  const found = [...(root instanceof Element && root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
  // Should it fail to load, the elements draw their content anew (BookElement clears what was there).
  if (!hydration && found.some((element) => element.shadowRoot && !customElements.get(element.localName)))
    hydration = import('./ssr/hydrate.js').catch(() => {});
  for (const element of found) {
    if (customElements.get(element.localName)) continue;
    prefetch(element);
    // A book by ISBN: the look-up's code comes with the element's.
    if (element.hasAttribute('isbn') && !element.hasAttribute('src')) preload('isbn');
    load(element.localName as ElementTag);
  }
}

if (typeof document !== 'undefined') {
  discover(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    // Every element's code asked for: nothing left to find, and a busy page owes us no more work.
    if (requested.size === Object.keys(elements).length) observer.disconnect();
  });
  observer.observe(document, {childList: true, subtree: true});
}
