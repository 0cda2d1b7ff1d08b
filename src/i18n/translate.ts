/**
 * Every element's words in the reader's language. English is written in each element (its
 * `…Strings` object, the shape every language follows) and costs nothing more; another language is
 * a pack, a plain object loaded when an element on the page first needs it (`./packs/`), or given
 * by the site (`registerTranslation`, `window.BookWidgets.translations`), whose strings win over
 * the built-in ones. An element's own attributes (`heading`, `button-label` …) win over both.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {formatNumber, languageOf} from '../text/intl.js';

/**
 * A message: text with `{name}` slots, or one text per plural category of `{count}` (CLDR's; a
 * category left out reads as `other`).
 */
export type Message = string | Plural;
export type Plural = {zero?: string; one?: string; two?: string; few?: string; many?: string; other: string};
/** One element's strings: messages, or names by key (formats, retailers …). */
export type Strings = {[key: string]: Message | {[name: string]: string}};
/** A language's strings for every element, by element (its namespace: `card`, `toc` …). */
export type Pack = {[namespace: string]: Partial<Strings> | undefined};

/** The languages with a built-in pack, each its own small file, loaded on first use. */
const builtIn: {[tag: string]: () => Promise<{pack: Pack}>} = {
  ar: () => import('./packs/ar.js'),
  de: () => import('./packs/de.js'),
  es: () => import('./packs/es.js'),
  fr: () => import('./packs/fr.js'),
  he: () => import('./packs/he.js'),
  hi: () => import('./packs/hi.js'),
  it: () => import('./packs/it.js'),
  ja: () => import('./packs/ja.js'),
  ko: () => import('./packs/ko.js'),
  nl: () => import('./packs/nl.js'),
  pl: () => import('./packs/pl.js'),
  // Brazilian Portuguese, for every Portuguese (no European Portuguese pack yet).
  pt: () => import('./packs/pt.js'),
  sv: () => import('./packs/sv.js'),
  tr: () => import('./packs/tr.js'),
  'zh-hans': () => import('./packs/zh-Hans.js'),
};

/** Built-in packs loaded (or failed: then English), and the site's, by lower-case tag. */
const loaded = new Map<string, Pack | Promise<void>>();
const site = new Map<string, Pack>();

const isPlain = (value: unknown): value is {[key: string]: unknown} => {
  const prototype = value && typeof value == 'object' && Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};
const textOnly = (value: unknown): boolean =>
  typeof value == 'string' || (isPlain(value) && Object.values(value).every((v) => typeof v == 'string'));

let seenConfig: unknown;
/**
 * `window.BookWidgets.translations`, `{de: {card: {by: 'von {authors}'}}}`, read when it changes
 * (a page may set it after our script): own plain objects of text only; anything else is left out,
 * with a warning, and never breaks a widget (the config may be clobbered markup or a trap).
 */
function readSiteTranslations() {
  try {
    const config = (globalThis as {BookWidgets?: unknown}).BookWidgets;
    const translations = isPlain(config) && Object.hasOwn(config, 'translations') ? config.translations : undefined;
    if (translations === seenConfig) return;
    seenConfig = translations;
    if (translations === undefined) return;
    if (!isPlain(translations)) throw 0;
    for (const [lang, pack] of Object.entries(translations)) {
      if (!isPlain(pack)) throw 0;
      const clean: Pack = {};
      for (const [namespace, strings] of Object.entries(pack)) {
        if (!isPlain(strings)) throw 0;
        clean[namespace] = Object.fromEntries(Object.entries(strings).filter(([, value]) => textOnly(value))) as Strings;
      }
      registerTranslation(lang, clean);
    }
  } catch {
    console.warn('book-widgets: window.BookWidgets.translations is ignored: give {language: {element: {key: "text"}}}.');
  }
}

/**
 * The pack that serves `lang`: the site's or a built-in one for the whole tag, else for its
 * language; Chinese by script (Simplified for zh, zh-CN, zh-SG; Traditional has no built-in pack).
 * `en` when none does: English, built in.
 */
export function packTag(lang: string) {
  readSiteTranslations();
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const language = tag.split('-')[0];
  const candidates = [tag];
  if (language == 'zh') candidates.push(/-(hant|tw|hk|mo)\b/.test(tag) ? 'zh-hant' : 'zh-hans');
  candidates.push(language);
  return candidates.find((t) => site.has(t) || t in builtIn) ?? 'en';
}

/** Resolves once `lang`'s built-in pack is here (or could not load): undefined when already so. */
export function whenLanguage(lang: string): Promise<void> | undefined {
  const tag = packTag(lang);
  const load = Object.hasOwn(builtIn, tag) && !loaded.has(tag) && builtIn[tag];
  if (load)
    loaded.set(
      tag,
      load().then(
        ({pack}) => void (loaded.set(tag, pack), merged.clear()),
        (error) => {
          // A missing file (a one-file embed uploaded alone, blocked, offline): English, said once.
          console.warn(`book-widgets: the ${tag} translation could not be loaded; showing English.`, error);
          loaded.set(tag, {});
        },
      ),
    );
  const state = loaded.get(tag);
  return state instanceof Promise ? state : undefined;
}

const merged = new Map<string, Strings>();

/** `english` with `lang`'s built-in, then the site's, strings of `namespace` over it. */
export function translated<T extends Strings>(lang: string, namespace: string, english: T): T {
  const tag = packTag(lang);
  const key = `${tag} ${namespace}`;
  let strings = merged.get(key);
  if (!strings) {
    strings = {...english};
    for (const pack of [loaded.get(tag), site.get(tag)]) {
      const own = pack instanceof Promise ? undefined : pack?.[namespace];
      for (const [name, value] of Object.entries(own ?? {})) {
        const base = english[name];
        // Names by key merge one by one; a message replaces the English one whole.
        strings[name] = base && typeof base == 'object' && !('other' in base) ? {...base, ...(value as object)} : value!;
      }
    }
    merged.set(key, strings);
  }
  return strings as T;
}

const rules = new Map<string, Intl.PluralRules>();
const plural = (tag: string, count: number) => {
  if (tag == 'en') return count == 1 ? 'one' : 'other'; // No Intl on an English page.
  if (!rules.has(tag)) rules.set(tag, new Intl.PluralRules(tag));
  return rules.get(tag)!.select(count);
};

/**
 * A message in `lang` with its slots filled: `{count}` (a number) picks the plural form and is
 * written in the reader's numerals; other values go in as they are.
 */
export function say(lang: string, message: Message, values: {[name: string]: string | number | undefined} = {}) {
  const count = values.count;
  const text =
    typeof message == 'string'
      ? message
      : ((message as {[category: string]: string})[plural(packTag(lang), Number(count))] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : typeof value == 'number' ? formatNumber(value, lang) : value;
  });
}

// The page's language, asked for as soon as this code runs: its pack comes while the elements' code
// and the book do, not after them.
if (typeof document != 'undefined') void whenLanguage(document.documentElement.lang || navigator.language || 'en');

/** Elements showing translated text, so that a new pack or a changed `lang` renders them again. */
const shown = new Set<ReactiveControllerHost & HTMLElement>();

/** Each element with its own packs loaded, then every one renders again. */
const renderAgain = async () => {
  await Promise.all([...shown].map((host) => whenLanguage(languageFor(host))));
  for (const host of shown) host.requestUpdate();
};

let watching = false;
/** A `lang` changed anywhere in the page (one observer, started with the first element). */
function watchLanguages() {
  if (watching || typeof MutationObserver == 'undefined') return;
  watching = true;
  new MutationObserver(renderAgain).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** The language of an element's text: its `lang`, else the nearest one above it, else the browser's. */
export const languageFor = (element: Element) => languageOf(element) || navigator.language || 'en';

/** Right-to-left scripts: an element in one of these languages, with no `dir` above it, is laid out so. */
const rtl = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)\b/i;

/** `rtl` when the element's language is written right to left and no `dir` above it says otherwise. */
export function directionFor(element: Element): 'rtl' | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof HTMLElement && node.dir) return undefined; // The page's own direction, inherited.
  }
  return rtl.test(languageFor(element)) ? 'rtl' : undefined;
}

/**
 * An element's translator: its language, its strings in that language, and its first render held
 * until that language's pack is here, so no reader sees English flash first.
 */
export class Translator implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    shown.add(this.host);
    watchLanguages();
  }

  hostDisconnected() {
    shown.delete(this.host);
  }

  private current?: string;

  // Found once per render, not once per string.
  hostUpdate() {
    this.current = languageFor(this.host);
  }

  hostUpdated() {
    this.current = undefined;
  }

  get lang() {
    return this.current ?? languageFor(this.host);
  }

  /** `english`, an element's strings under `namespace`, in this element's language. */
  strings<T extends Strings>(namespace: string, english: T): T {
    return translated(this.lang, namespace, english);
  }

  /** A message in this element's language, slots filled (see `say`). */
  say(message: Message, values?: {[name: string]: string | number | undefined}) {
    return say(this.lang, message, values);
  }

  /** Resolves when this element's language can be shown (undefined at once for English). */
  ready() {
    return whenLanguage(this.lang);
  }
}

/**
 * Adds or replaces a language's strings, all or some, for every element: `registerTranslation('de',
 * {card: {by: 'von {authors}'}})`. Elements on the page render again in it.
 */
export function registerTranslation(lang: string, pack: Pack) {
  const tag = lang.toLowerCase();
  const current = site.get(tag) ?? {};
  for (const [namespace, strings] of Object.entries(pack)) current[namespace] = {...current[namespace], ...strings};
  site.set(tag, current);
  merged.clear();
  void renderAgain();
}
