/**
 * The reader's language and the Intl formatters every element shares (the newsletter form too):
 * the element's `lang`, else the nearest one above it, else the browser's.
 */

/**
 * The language that applies to an element: its `lang`, else the nearest one above it, also across
 * shadow roots. By attribute, not `instanceof HTMLElement`: it also runs on a server (no DOM there).
 */
export const languageOf = (element: Element) => nearest(element, 'lang');

/** The nearest non-empty `name` attribute on `element` or above it, across shadow roots. */
export function nearest(element: Element, name: string): string | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    const value = (node as Element).getAttribute?.(name);
    if (value) return value;
  }
  return undefined;
}

/**
 * Languages whose numerals are ASCII digits, ungrouped below 1,000, and whose year is its four digits
 * (any region; not with a script or `-u-` extension). For them the text is known without Intl, whose
 * first use costs a page 15–25 ms of main thread (ICU's data). `locale.test.ts` checks each against Intl.
 */
const plainNumerals =
  /^(af|ca|cs|da|de|el|en|es|et|fi|fr|he|hi|id|it|lt|ms|nb|nl|no|pl|pt|ro|ru|sk|sl|sv|sw|tr|uk|vi)(-([a-z]{2}|\d{3}))?$/i;

/** Whether `lang` (or, without one, the reader's own language) writes small numbers as plain digits. */
export const plainDigits = (lang?: string) => plainNumerals.test(lang ?? globalThis.navigator?.language ?? 'en');

type Formatter = {format(value: never): string};

// Making an Intl formatter costs far more than using one: 1,000 cards share one per language and kind.
const formatters = new Map<string, Formatter | undefined>();

/** `value` formatted by the Intl formatter `make` returns for `lang`, else `fallback`. */
export function format(kind: string, lang: string | undefined, make: () => Formatter, value: unknown, fallback: string): string {
  const key = `${kind} ${lang ?? ''}`;
  if (!formatters.has(key)) {
    try {
      formatters.set(key, make());
    } catch {
      formatters.set(key, undefined); // An invalid lang attribute must not break the widget.
    }
  }
  return formatters.get(key)?.format(value as never) ?? fallback;
}

export const formatNumber = (value: number, lang?: string) =>
  value >= 0 && value < 1000 && value % 1 == 0 && plainDigits(lang)
    ? String(value)
    : format('number', lang, () => new Intl.NumberFormat(lang), value, String(value));
