/** Chapter numbers, as only the table of contents shows them: with it, not in every widget's code. */
import {format, plainDigits} from '../../text/locale.js';

/** `01`, `02` … `10`: chapter numbers (whole, from 1) in two digits at least. */
export const formatChapterNumber = (value: number, lang?: string, padded = String(value).padStart(2, '0')) =>
  plainDigits(lang)
    ? padded
    : format('chapter', lang, () => new Intl.NumberFormat(lang, {minimumIntegerDigits: 2, useGrouping: false}), value, padded);
