import {ContextRoot} from '@lit/context';

const contextRootKey = Symbol.for('book-widgets/context-root');

/**
 * Registers a custom element without ever throwing: quiet when this class is already registered,
 * a warning when another copy of the library holds the tag, and nothing at all where
 * `customElements` does not exist (server rendering).
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  attachContextRoot();
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`book-widgets: <${tag}> is already defined by another copy of the library; keeping the first one.`);
  }
}

/**
 * Holds widgets' requests for a book until their <book-data> is defined, so the order in which
 * elements upgrade never matters. One per page, shared by every copy of the library.
 */
function attachContextRoot() {
  const global = globalThis as {[contextRootKey]?: true};
  if (global[contextRootKey] || typeof document === 'undefined') return;
  global[contextRootKey] = true;
  new ContextRoot().attach(document.documentElement);
}
