import {expect} from '@open-wc/testing';
import {formatDate, formatList, formatNumber, formatYear, plainDigits} from './locale.js';
import {formatChapterNumber} from '../elements/book-toc/chapter-number.js';

// The languages locale.ts answers without Intl, and some of their regions: the shortcut may only
// save Intl's cost, never change the text, so its answers must be Intl's own.
const plain = 'af ca cs da de el en es et fi fr he hi id it lt ms nb nl no pl pt ro ru sk sl sv sw tr uk vi'.split(' ');
const regions = [
  '',
  '-US',
  '-GB',
  '-IN',
  '-DE',
  '-CH',
  '-AT',
  '-FR',
  '-CA',
  '-BE',
  '-ES',
  '-MX',
  '-419',
  '-BR',
  '-PT',
  '-RU',
  '-UA',
  '-IL',
  '-ZA',
  '-KE',
  '-MY',
  '-VN',
  '-TR',
];

describe('locale formatting', () => {
  it('answers the plain languages exactly as Intl does', () => {
    for (const lang of plain.flatMap((l) => regions.map((r) => l + r))) {
      expect(plainDigits(lang), lang).to.be.true;
      for (const n of [0, 7, 42, 386, 999]) {
        expect(formatNumber(n, lang), `${lang} ${n}`).to.equal(new Intl.NumberFormat(lang).format(n));
        const twoDigits = new Intl.NumberFormat(lang, {minimumIntegerDigits: 2, useGrouping: false}).format(n);
        expect(formatChapterNumber(n, lang), `${lang} chapter ${n}`).to.equal(twoDigits);
      }
      for (const year of ['1999', '2022-05-17', '2026']) {
        const intl = new Intl.DateTimeFormat(lang, {year: 'numeric', timeZone: 'UTC'}).format(
          new Date(Date.UTC(Number(year.slice(0, 4)), 0, 1)),
        );
        expect(formatYear(year, lang), `${lang} ${year}`).to.equal(intl);
      }
    }
  });

  it('leaves other languages, scripts, extensions and big numbers to Intl', () => {
    for (const lang of [
      'ar-EG',
      'fa',
      'bn',
      'th',
      'ja',
      'zh-CN',
      'ko',
      'hu',
      'lv',
      'mr',
      'en-u-nu-arab',
      'hi-Latn',
      'sr-Cyrl',
      'x',
    ]) {
      expect(plainDigits(lang), lang).to.be.false;
    }
    expect(formatNumber(386, 'fa')).to.equal(new Intl.NumberFormat('fa').format(386));
    expect(formatNumber(386, 'en-u-nu-arab')).to.equal('٣٨٦');
    expect(formatYear('2022', 'ja')).to.equal('2022年');
    expect(formatYear('2022', 'th')).to.equal(
      new Intl.DateTimeFormat('th', {year: 'numeric', timeZone: 'UTC'}).format(Date.UTC(2022, 0, 1)),
    );
    expect(formatNumber(1200, 'de')).to.equal('1.200');
    expect(formatNumber(1200, 'en')).to.equal('1,200');
    expect(formatNumber(2.5, 'de')).to.equal('2,5');
  });

  it('writes a release date as the reader’s language does: a day, a month or a year', () => {
    expect(formatDate('2027-03-12', 'en-GB')).to.equal('12 March 2027');
    expect(formatDate('2027-03-12', 'en-US')).to.equal('March 12, 2027');
    expect(formatDate('2027-03-12', 'de-DE')).to.equal('12. März 2027');
    expect(formatDate('2027-03-12', 'fr-CA')).to.equal('12 mars 2027');
    expect(formatDate('2027-03-12', 'ja-JP')).to.equal('2027年3月12日');
    expect(formatDate('2027-03', 'en-GB')).to.equal('March 2027');
    expect(formatDate('2027', 'en-GB')).to.equal('2027');
  });

  it('writes one author as the name, and lists more in the language', () => {
    expect(formatList(['Chip Huyen'], 'de')).to.equal('Chip Huyen');
    expect(formatList(['Ann', 'Bo', 'Cy'], 'en')).to.equal('Ann, Bo, and Cy');
    expect(formatList(['Ann', 'Bo'], 'de')).to.equal('Ann und Bo');
  });

  it("falls back to the reader's language when the page gives none", () => {
    expect(plainDigits(undefined)).to.equal(plainDigits(navigator.language));
  });
});
