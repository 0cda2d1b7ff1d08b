/** Numbers and dates in the reader's language: the element's `lang`, else the nearest one above it. */
import {format, plainDigits} from './intl.js';
import {rendering} from '../config/render-inputs.js';

export {format, formatNumber, languageOf, plainDigits} from './intl.js';

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
export const today = (now?: Date): string =>
  // Pre-rendered content is adopted with the server's date (what "Pre-order" was decided by).
  (!now && rendering.inputs?.today) ||
  `${(now ??= new Date()).getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

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
