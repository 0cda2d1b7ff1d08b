/**
 * Prices and lengths in the reader's language, and the price a reader in a country is shown: the
 * one in their currency where the file has it. Only `<book-buy>` shows them, so they load with it.
 */
import type {Price} from '../../format/book.js';
import {format} from '../../text/locale.js';

/** The currencies of the countries the catalogue's stores serve; others see the file's first price. */
const currencies: {[currency: string]: string} = {
  USD: 'us',
  GBP: 'gb',
  EUR: 'de fr it es nl be at ie pt fi lu gr sk si ee lv lt mt cy hr',
  CAD: 'ca',
  AUD: 'au',
  NZD: 'nz',
  JPY: 'jp',
  INR: 'in',
  SEK: 'se',
  PLN: 'pl',
  BRL: 'br',
  MXN: 'mx',
  TRY: 'tr',
  AED: 'ae',
  SAR: 'sa',
  SGD: 'sg',
  EGP: 'eg',
  CHF: 'ch',
  TWD: 'tw',
};

/** The currency of a country's shops (`de` → `EUR`), where the catalogue knows it. */
export const currencyOf = (country: string) =>
  Object.keys(currencies).find((currency) => currencies[currency].split(' ').includes(country));

/** The price a reader in `country` is shown: in their currency, else the first the file gives. */
export const priceFor = (prices: Price[] | undefined, country: string) =>
  prices?.find((price) => price.currency === currencyOf(country)) ?? prices?.[0];

/** `$65.99`, `65,99 €`, `￥5,940`: as the reader's language writes that currency. */
export const formatPrice = ({amount, currency}: Price, lang?: string) =>
  format(
    `price ${currency}`,
    lang,
    () => new Intl.NumberFormat(lang, {style: 'currency', currency}),
    amount,
    `${amount} ${currency}`,
  );

/** `PT11H32M` → "11 hr, 32 min" (as the reader's language abbreviates hours and minutes). */
export function formatDuration(duration: string, lang?: string) {
  const [, days, hours, minutes] = duration.match(/^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?/) ?? [];
  const total = Number(days ?? 0) * 24 + Number(hours ?? 0);
  const unit = (value: number, name: string) =>
    format(
      name,
      lang,
      () => new Intl.NumberFormat(lang, {style: 'unit', unit: name, unitDisplay: 'short'}),
      value,
      `${value} ${name}`,
    );
  const parts = [total && unit(total, 'hour'), Number(minutes) && unit(Number(minutes), 'minute')].filter(Boolean);
  return parts.join(' ') || duration;
}
