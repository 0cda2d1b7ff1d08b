/**
 * Every element's words in the reader's language. English is written in each element (its
 * `…Strings` object, the shape every language follows) and costs nothing more; another language is
 * a pack, a plain object loaded when an element on the page first needs it (`./packs/`), or given
 * by the site (`registerTranslation`, `window.BookWidgets.translations`), whose strings win over
 * the built-in ones. An element's own attributes (`heading`, `button-label` …) win over both.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {formatNumber, languageOf} from '../text/intl.js';
import {rendering} from '../config/render-inputs.js';

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

/** `pt_BR` → `pt-br`: every tag compared in one form. */
const normalize = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();

/**
 * The tags whose strings serve `lang`, most general first: its language, Chinese by script (an
 * explicit Hans or Hant, else by region: Simplified but in Taiwan, Hong Kong and Macau), the whole tag.
 */
function chain(lang: string) {
  const tag = normalize(lang);
  const [language] = tag.split('-');
  const tags = [language];
  if (language == 'zh')
    tags.push(/-hant\b/.test(tag) || (!/-hans\b/.test(tag) && /-(tw|hk|mo)\b/.test(tag)) ? 'zh-hant' : 'zh-hans');
  if (!tags.includes(tag)) tags.push(tag);
  return tags;
}

/** The built-in pack that serves `lang`, if one does (own keys only: `constructor` is no language). */
const builtInTag = (lang: string) =>
  chain(lang)
    .reverse()
    .find((tag) => Object.hasOwn(builtIn, tag));

/** Built-in packs loaded (or failed, or late: then English), by tag. */
const loaded = new Map<string, Pack | Promise<void>>();
const late = new Set<string>();
/** The site's strings by tag: from `window.BookWidgets.translations`, and from `registerTranslation`. */
const configured = new Map<string, Pack>();
const registered = new Map<string, Pack>();
/** Goes up whenever strings arrive: an element drawn with an older set of strings draws again. */
let version = 0;

/**
 * The strings of `lang` for `namespace`: English, then the built-in pack, then the site's strings
 * for the language and for the whole tag; each kept only in the English string's shape, so that a
 * site's slip (a plural with no `other`, a list for a sentence) leaves that string English.
 */
const merged = new Map<string, Strings>();
export function translated<T extends Strings>(lang: string, namespace: string, english: T): T {
  readSiteTranslations();
  // Pre-rendered content is adopted in the words it was drawn in: the built-in ones (a server has no
  // site strings); the site's come with the next render.
  const site = !rendering.inputs;
  const key = `${version} ${normalize(lang)} ${namespace} ${site}`;
  let strings = merged.get(key);
  if (!strings) {
    if (merged.size > 500) merged.clear();
    strings = {...english};
    const builtin = builtInTag(lang);
    const layers = [
      builtin ? loaded.get(builtin) : undefined,
      ...(site ? chain(lang).flatMap((tag) => [configured.get(tag), registered.get(tag)]) : []),
    ];
    for (const pack of layers) {
      const own = pack instanceof Promise ? undefined : pack?.[namespace];
      for (const [name, value] of Object.entries(own ?? {})) {
        if (!Object.hasOwn(english, name)) continue;
        const base = english[name];
        if (typeof base == 'string') {
          if (typeof value == 'string') strings[name] = value;
        } else if (value && typeof value == 'object') {
          // A plural needs its `other`; names merge one by one.
          if (!('other' in base))
            strings[name] = {...(strings[name] as {[name: string]: string}), ...(value as {[name: string]: string})};
          else if (typeof (value as Plural).other == 'string') strings[name] = value;
        }
      }
    }
    merged.set(key, strings);
  }
  return strings as T;
}

/** Resolves once the built-in pack for `lang` is here (or failed): undefined when it already is. */
export function whenLanguage(lang: string): Promise<void> | undefined {
  const tag = builtInTag(lang);
  if (!tag) return undefined;
  if (!loaded.has(tag)) {
    const done = () => (version++, renderAgain());
    loaded.set(
      tag,
      builtIn[tag]().then(
        ({pack}) => void (loaded.set(tag, pack), done()),
        (error) => {
          // A missing file (a one-file embed uploaded alone, blocked, offline): English, said once.
          console.warn(`book-widgets: the ${tag} translation could not be loaded; showing English.`, error);
          loaded.set(tag, {});
          done();
        },
      ),
    );
    // A slow network: English after 3 s, the language when it comes (not on a server, which waits).
    if (typeof document != 'undefined') setTimeout(() => loaded.get(tag) instanceof Promise && (late.add(tag), done()), 3000);
  }
  const state = loaded.get(tag);
  return state instanceof Promise ? state : undefined;
}

/** Whether `lang`'s words can be shown now: English, a pack here, or one too late to wait for. */
const languageReady = (lang: string) => {
  const tag = builtInTag(lang);
  return !tag || !(loaded.get(tag) instanceof Promise) || late.has(tag);
};

const pluralRules = new Map<string, Intl.PluralRules | undefined>();
/** The plural category of `count` in `lang`: English's without Intl; `other` where Intl knows no such language. */
function plural(lang: string, count: number) {
  const translatedTo = chain(lang).some((t) => Object.hasOwn(builtIn, t) || configured.has(t) || registered.has(t));
  if (!translatedTo) return count == 1 ? 'one' : 'other'; // English: no Intl on an English page.
  const tag = normalize(lang);
  if (!pluralRules.has(tag)) {
    try {
      pluralRules.set(tag, new Intl.PluralRules(tag));
    } catch {
      pluralRules.set(tag, undefined); // `x-pirate`: the site's own tag, no rules known.
    }
  }
  return pluralRules.get(tag)?.select(count) ?? 'other';
}

/**
 * A message in `lang` with its slots filled: `{count}` (a number) picks the plural form and is
 * written in the reader's numerals; other values go in as they are.
 */
export function say(lang: string, message: Message, values: {[name: string]: string | number | undefined} = {}) {
  const count = values.count;
  const forms = message as {[category: string]: string};
  const text = typeof message == 'string' ? message : (forms[plural(lang, Number(count))] ?? message.other ?? '');
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : typeof value == 'number' ? formatNumber(value, lang) : value;
  });
}

const isPlain = (value: unknown): value is {[key: string]: unknown} =>
  Object.prototype.toString.call(value) == '[object Object]' && [Object.prototype, null].includes(Object.getPrototypeOf(value));

let seenConfig: unknown;
let seenJson: string | undefined;
/**
 * `window.BookWidgets.translations`, `{de: {card: {by: 'von {authors}'}}}`, read when it changes (a
 * page may set it after our script), as plain data: a copy through JSON, so a getter, a Proxy or a
 * frame answers once. Each string that is not text, or a plural of texts, is left out with a warning;
 * the others still count. Nothing here can break a widget.
 */
function readSiteTranslations() {
  let translations: unknown;
  let json: string | undefined;
  try {
    const config = (globalThis as {BookWidgets?: unknown}).BookWidgets;
    translations = isPlain(config) && Object.hasOwn(config, 'translations') ? config.translations : undefined;
    if (translations === seenConfig) return;
    json = JSON.stringify(translations);
  } catch {
    json = 'unreadable';
  }
  seenConfig = translations;
  if (json === seenJson) return;
  seenJson = json;
  configured.clear();
  version++;
  const skipped: string[] = [];
  const data: unknown = json === undefined || json == 'unreadable' ? (json && skipped.push(''), {}) : JSON.parse(json);
  if (!isPlain(data)) skipped.push('');
  else
    for (const [lang, pack] of Object.entries(data)) {
      if (!isPlain(pack)) {
        skipped.push(`.${lang}`);
        continue;
      }
      const clean: Pack = {};
      for (const [namespace, strings] of Object.entries(pack)) {
        if (!isPlain(strings)) {
          skipped.push(`.${lang}.${namespace}`);
          continue;
        }
        const kept: Strings = Object.create(null);
        for (const [key, value] of Object.entries(strings)) {
          const text = typeof value == 'string' || (isPlain(value) && Object.values(value).every((v) => typeof v == 'string'));
          if (text) kept[key] = value as Message;
          else skipped.push(`.${lang}.${namespace}.${key}`);
        }
        clean[namespace] = kept;
      }
      configured.set(normalize(lang), {...configured.get(normalize(lang)), ...clean});
    }
  if (skipped.length)
    console.warn(
      `book-widgets: window.BookWidgets.translations${skipped[0] ? ` ${skipped.join(', ')}` : ''} left out: ` +
        'give {language: {element: {key: "text"}}}.',
    );
  renderAgain();
}

/** Elements showing translated text, and what they last showed it in (language, strings' version). */
const shown = new Map<ReactiveControllerHost & HTMLElement, string>();
const drawnWith = (host: Element) => `${version} ${normalize(languageFor(host))}`;

let queued = false;
/**
 * Once per task, however many changes asked: each shown element whose language or strings changed
 * since it was drawn draws again, its pack loaded first.
 */
function renderAgain() {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    for (const [host, drawn] of shown) {
      const lang = languageFor(host);
      void whenLanguage(lang);
      if (drawnWith(host) !== drawn) host.requestUpdate();
    }
  });
}

let watching = false;
/** A `lang` or `dir` changed anywhere in the page, or the browser's language: one observer for all. */
function watchLanguages() {
  if (watching || typeof MutationObserver == 'undefined') return;
  watching = true;
  new MutationObserver(renderAgain).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
  addEventListener('languagechange', renderAgain);
}

/** The language of an element's text: its `lang`, else the nearest one above it, else the browser's. */
export const languageFor = (element: Element) =>
  (languageOf(element) || rendering.inputs?.lang || globalThis.navigator?.language || 'en').replace(/_/g, '-');

/** Right-to-left scripts: an element in one of these languages, with no `dir` nearer, is laid out so. */
const rtl = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)(-|$)/i;

/**
 * `rtl` when the element's language is written right to left, unless a `dir` says otherwise on the
 * way up to where that language was set (a page's `dir` for its own language does not decide for
 * an element in another one).
 */
export function directionFor(element: Element): 'rtl' | undefined {
  // One walk up: the nearer of a `dir` and a `lang` decides (no second walk for the language).
  let lang: string | null | undefined;
  for (let node: Node | null = element; node && !lang; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if ((node as Element).getAttribute?.('dir')) return undefined;
    lang = (node as Element).getAttribute?.('lang');
  }
  return rtl.test(normalize(lang || rendering.inputs?.lang || globalThis.navigator?.language || 'en')) ? 'rtl' : undefined;
}

// The page's language, asked for as soon as this code runs: its pack comes while the elements' code
// and the book do, not after them.
if (typeof document != 'undefined') void whenLanguage(document.documentElement.lang || navigator.language || 'en');

/**
 * An element's translator: its language, its strings in that language, and whether they are here
 * yet (until they are, an element shows its skeleton: no reader sees English first).
 */
export class Translator implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    watchLanguages();
    // Moved under another `lang`: drawn again if that changes its words.
    if ((this.host as {hasUpdated?: boolean}).hasUpdated) renderAgain();
    shown.set(this.host, '');
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
    if (shown.has(this.host)) shown.set(this.host, drawnWith(this.host));
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

  /** Whether this element's words are here; if not, they are on their way and it draws again then. */
  get ready() {
    void whenLanguage(this.lang);
    return languageReady(this.lang);
  }
}

/**
 * Adds or replaces a language's strings, all or some, for every element: `registerTranslation('de',
 * {card: {by: 'von {authors}'}})`. Elements on the page render again in it.
 */
export function registerTranslation(lang: string, pack: Pack) {
  const tag = normalize(lang);
  const current = registered.get(tag) ?? {};
  for (const [namespace, strings] of Object.entries(pack)) current[namespace] = {...current[namespace], ...strings};
  registered.set(tag, current);
  version++;
  renderAgain();
}
