/** Numbers and dates in the reader's language: the element's `lang`, else the nearest one above it. */

/** The language that applies to an element, also across shadow roots; the browser's as a last resort. */
export function languageOf(element: Element): string | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof HTMLElement && node.lang) return node.lang;
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
export const plainDigits = (lang?: string) => plainNumerals.test(lang ?? navigator.language);

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

/** `2022` or `2022-05-17` → the year in the reader's numerals. */
export const formatYear = (published: string, lang?: string, year = published.slice(0, 4)) =>
  /^[1-9]\d{3}/.test(published) && plainDigits(lang)
    ? year
    : format(
        'year',
        lang,
        () => new Intl.DateTimeFormat(lang, {year: 'numeric', timeZone: 'UTC'}),
        new Date(Date.UTC(+year, 0, 1)),
        year,
      );

/** Today's date where the reader is, `YYYY-MM-DD`: a book out today is no pre-order in any time zone. */
export const today = (now = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** An edition to pre-order: marked so, or published after `now` (today where the reader is). */
export const isPreorder = ({status, published}: {status?: string; published?: string}, now = today()) =>
  status === 'preorder' || Boolean(published && published > now);

/** `2027-03-12` → "12 March 2027" (or "March 12, 2027" …), `2027-03` → "March 2027", `2027` → the year. */
export const formatDate = (date: string, lang?: string) => {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return formatYear(date, lang);
  return format(
    day ? 'day' : 'month',
    lang,
    () => new Intl.DateTimeFormat(lang, {year: 'numeric', month: 'long', ...(day && {day: 'numeric'}), timeZone: 'UTC'}),
    new Date(Date.UTC(year, month - 1, day || 1)),
    date,
  );
};

/** `Ann, Bo and Cy` in the reader's language; one name is just the name. */
export const formatList = (items: string[], lang?: string) =>
  items.length == 1
    ? items[0]
    : format('list', lang, () => new Intl.ListFormat(lang, {type: 'conjunction'}), items, items.join(', '));
