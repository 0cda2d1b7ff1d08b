/** <newsletter-signup> under abuse, against the demo's real endpoint: nothing doubled, nothing lost. */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {uniqueKey} from './test-book.js';
import '../src/all.js';

const stored = async () =>
  (await (await fetch(`/fake/subscribers?${uniqueKey()}`, {cache: 'no-store'})).text())
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).email as string);

describe('newsletter form under abuse', () => {
  it('50 rapid submits send one signup, which the endpoint stores once', async () => {
    const email = `rapid.${uniqueKey()}@example.com`;
    const el = await fixture(html`<newsletter-signup action="/api/subscribe"></newsletter-signup>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
    input.value = email;
    const form = el.shadowRoot!.querySelector('form')!;
    const button = el.shadowRoot!.querySelector('button')!;
    let submits = 0;
    el.addEventListener('newsletter-submit', () => submits++);
    for (let i = 0; i < 50; i++) i % 2 ? form.requestSubmit() : button.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=message]')!.textContent !== '', 'no answer');
    expect(submits).to.equal(1);
    expect((await stored()).filter((e) => e === email)).to.deep.equal([email]);
  });

  it('the same reader signing up twice (other case, spaces) is one line and two successes', async () => {
    const email = `twice.${uniqueKey()}@example.com`;
    for (const typed of [email, `  ${email.toUpperCase()}  `]) {
      const el = await fixture(html`<newsletter-signup action="/api/subscribe"></newsletter-signup>`);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!.value = typed;
      el.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part=message]')!.textContent === 'Thanks! You are subscribed.');
    }
    expect((await stored()).filter((e) => e.toLowerCase() === email)).to.have.length(1);
  });

  it('an email of 10,000 characters or with header-injection text never leaves the browser', async () => {
    const before = (await stored()).length;
    for (const typed of [`${'a'.repeat(10_000)}@example.com`, 'a@b.co\r\nBcc: everyone@example.com', 'a@b.co%0ABcc:x@y.z']) {
      const el = await fixture(html`<newsletter-signup action="/api/subscribe"></newsletter-signup>`);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!.value = typed;
      el.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('#email-error')!.textContent !== '');
    }
    expect((await stored()).length).to.equal(before);
  });
});
