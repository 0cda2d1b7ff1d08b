import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {uniqueKey} from '../../../test/test-book.js';
import type {NewsletterSignup} from './newsletter-signup.js';
import {buttondown} from '../../newsletter/providers/buttondown.js';
import {kit} from '../../newsletter/providers/kit.js';
import './define.js';

interface Recorded {
  method: string;
  contentType: string;
  accept: string;
  query: string;
  body: string;
}
const recorded = async (key: string): Promise<Recorded[]> => (await fetch(`/fake/recorded/${key}`)).json();
const $ = <T extends HTMLElement = HTMLElement>(el: NewsletterSignup, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const email = (el: NewsletterSignup) => $<HTMLInputElement>(el, 'input[type=email]');
const submit = (el: NewsletterSignup) => $<HTMLButtonElement>(el, 'button[type=submit]').click();
const fill = async (el: NewsletterSignup, value: string) => {
  email(el).value = value;
  email(el).dispatchEvent(new Event('input', {bubbles: true, composed: true}));
};
const fields = (body: string) => [...new URLSearchParams(body)];

describe('<newsletter-signup>', () => {
  it('has a labelled email field, an optional name, a consent box and a submit button', async () => {
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup
        action="/api/subscribe"
        heading="Stay in the loop"
        text="One email a month."
        button-label="Sign me up"
        name-field
        consent="I agree to receive emails."
      ></newsletter-signup>`,
    );
    expect($(el, 'h2').textContent).to.equal('Stay in the loop');
    expect($(el, '[part=text]').textContent).to.equal('One email a month.');
    const input = email(el);
    expect([input.type, input.autocomplete, input.required]).to.deep.equal(['email', 'email', true]);
    expect($<HTMLInputElement>(el, 'input[autocomplete=given-name]').autocomplete).to.equal('given-name');
    expect($(el, '[part=consent]').textContent).to.contain('I agree to receive emails.');
    expect($(el, 'button').textContent!.trim()).to.equal('Sign me up');
    await expect(el).to.be.accessible();
  });

  it('checks the email before sending, with the message tied to the field', async () => {
    const key = uniqueKey();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/fake/record/${key}/x"></newsletter-signup>`);
    submit(el);
    await el.updateComplete;
    const input = email(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, `#${input.getAttribute('aria-describedby')}`).textContent).to.equal('Enter your email address.');
    await waitUntil(() => el.shadowRoot!.activeElement === input, 'focus not moved to the field');
    await expect(el).to.be.accessible();
    for (const bad of [
      'reader@example',
      'a b@example.com',
      'a@b.c\r\nBcc: x@evil.example',
      `${'x'.repeat(10_000)}@example.com`,
    ]) {
      await fill(el, bad);
      submit(el);
      await el.updateComplete;
      expect($(el, '#email-error').textContent, bad.slice(0, 30)).to.equal('Enter an email address like name@example.com.');
    }
    await fill(el, 'reader@example.com');
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid'), 'cleared once fixed').to.equal('false');
    expect(await recorded(key)).to.deep.equal([]);
  });

  it('requires the consent box when there is one', async () => {
    const key = uniqueKey();
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup consent="Yes, email me." action="/fake/record/${key}/x"></newsletter-signup>`,
    );
    await fill(el, 'reader@example.com');
    submit(el);
    await el.updateComplete;
    const box = $<HTMLInputElement>(el, 'input[type=checkbox]');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#consent-error').textContent).to.equal('Tick the box to agree before subscribing.');
    expect(await recorded(key)).to.deep.equal([]);
    box.click();
    submit(el);
    await waitUntil(async () => (await recorded(key)).length === 1);
    expect(JSON.parse((await recorded(key))[0].body).consent).to.equal(true);
  });

  it('sends the custom protocol, shows sending, then success with focus and events', async () => {
    const key = uniqueKey();
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup
        name-field
        tags="ml, books"
        success-message="Welcome aboard!"
        action="/fake/record/${key}/delay/300/status/201?body=%7B%7D"
      ></newsletter-signup>`,
    );
    const events: string[] = [];
    for (const type of ['newsletter-submit', 'newsletter-success', 'newsletter-error']) {
      el.addEventListener(type, (e) => events.push(`${type} ${(e as CustomEvent).detail.email}`));
    }
    $<HTMLInputElement>(el, 'input[autocomplete=given-name]').value = ' Ada ';
    await fill(el, ' Reader@Example.com ');
    submit(el);
    await el.updateComplete;
    const button = $<HTMLButtonElement>(el, 'button');
    expect(button.disabled).to.be.true;
    expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    submit(el);
    $<HTMLFormElement>(el, 'form').requestSubmit();
    const message = $(el, '[part=message]');
    await waitUntil(() => message.textContent === 'Welcome aboard!', 'no success message');
    expect(message.getAttribute('role')).to.equal('status');
    await waitUntil(() => el.shadowRoot!.activeElement === message, 'focus not on the message');
    expect(events).to.deep.equal(['newsletter-submit Reader@Example.com', 'newsletter-success Reader@Example.com']);
    const requests = await recorded(key);
    expect(requests, 'one request however often it was submitted').to.have.length(1);
    expect(requests[0].method).to.equal('POST');
    expect(requests[0].contentType).to.equal('application/json');
    expect(JSON.parse(requests[0].body)).to.deep.equal({
      email: 'Reader@Example.com',
      name: 'Ada',
      tags: ['ml', 'books'],
      source: location.href,
    });
    await expect(el).to.be.accessible();
  });

  it('shows the server’s error in an alert and keeps the email', async () => {
    const body = encodeURIComponent(JSON.stringify({error: 'This address is on a block list.'}));
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup action="/fake/status/400?body=${body}"></newsletter-signup>`,
    );
    await fill(el, 'reader@example.com');
    setTimeout(() => submit(el));
    const {detail} = await oneEvent(el, 'newsletter-error');
    expect(detail).to.deep.equal({email: 'reader@example.com', message: 'This address is on a block list.'});
    await el.updateComplete;
    const alert = $(el, '[role=alert]');
    expect(alert.textContent).to.equal('This address is on a block list.');
    expect(email(el).value).to.equal('reader@example.com');
    expect($<HTMLButtonElement>(el, 'button').disabled).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('takes any 2xx as success, even without a JSON body', async () => {
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup action="/fake/type/text%2Fplain/x?body=OK"></newsletter-signup>`,
    );
    await fill(el, 'reader@example.com');
    setTimeout(() => submit(el));
    await oneEvent(el, 'newsletter-success');
  });

  it('takes a redirect to an HTML page, or an HTML 200, as a failure, telling the site owner why', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      // A login page or a broken route that answers 200 with HTML: the signup did not happen.
      const login = encodeURIComponent('/fake/type/text%2Fhtml/login?body=<!doctype html><title>Log in</title>');
      for (const action of [`/fake/redirect/${login}`, '/fake/type/text%2Fhtml/x?body=<!doctype html><p>Not found</p>']) {
        const el = await fixture<NewsletterSignup>(html`<newsletter-signup action=${action}></newsletter-signup>`);
        await fill(el, 'reader@example.com');
        setTimeout(() => submit(el));
        const {detail} = await oneEvent(el, 'newsletter-error');
        expect(detail.message, action).to.equal('Sorry, that did not work. Please try again.');
        expect(email(el).value).to.equal('reader@example.com');
      }
    } finally {
      console.warn = warn;
    }
    expect(warnings[0]).to.match(/got a web page from http:.*\/login\?.* not the signup service's answer: check its action/);
    expect(warnings[1]).to.match(/got a web page from http:.*\/fake\/type\/text%2Fhtml\/x\?/);
    // A redirect that ends at the JSON answer the protocol defines is still a success.
    const json = encodeURIComponent('/fake/x?body={"ok":true}');
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/fake/redirect/${json}"></newsletter-signup>`);
    await fill(el, 'reader@example.com');
    setTimeout(() => submit(el));
    await oneEvent(el, 'newsletter-success');
  });

  it('shows at most 300 characters of a server’s error message', async () => {
    const body = encodeURIComponent(JSON.stringify({error: `Blocked. ${'x'.repeat(5_000)}`}));
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup action="/fake/status/400?body=${body}"></newsletter-signup>`,
    );
    await fill(el, 'reader@example.com');
    setTimeout(() => submit(el));
    const {detail} = await oneEvent(el, 'newsletter-error');
    expect(detail.message).to.have.length(300);
    expect(detail.message).to.match(/^Blocked\. x+…$/);
    await el.updateComplete;
    expect($(el, '[role=alert]').textContent).to.equal(detail.message);
  });

  it('ends a request that hangs in an error', async () => {
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup action="/fake/hang/x" .timeout=${300}></newsletter-signup>`,
    );
    await fill(el, 'reader@example.com');
    setTimeout(() => submit(el));
    const {detail} = await oneEvent(el, 'newsletter-error');
    expect(detail.message).to.equal('The newsletter service did not answer. Please try again in a moment.');
  });

  it('says so when the reader is offline', async () => {
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/api/subscribe"></newsletter-signup>`);
    Object.defineProperty(navigator, 'onLine', {configurable: true, get: () => false});
    try {
      await fill(el, 'reader@example.com');
      setTimeout(() => submit(el));
      const {detail} = await oneEvent(el, 'newsletter-error');
      expect(detail.message).to.equal('You appear to be offline. Check your connection and try again.');
    } finally {
      delete (navigator as {onLine?: boolean}).onLine;
    }
  });

  it('has a honeypot people, screen readers and autofill leave alone; a filled one sends nothing', async () => {
    const key = uniqueKey();
    const el = await fixture<NewsletterSignup>(html`<newsletter-signup action="/fake/record/${key}/x"></newsletter-signup>`);
    const trap = $<HTMLInputElement>(el, 'input[name=bw-trap]');
    expect([trap.tabIndex, trap.autocomplete]).to.deep.equal([-1, 'off']);
    expect(trap.closest('[aria-hidden=true]')).to.exist;
    expect(getComputedStyle(trap.closest('label')!).display).not.to.equal('none');
    const box = trap.closest('label')!.getBoundingClientRect();
    expect([box.width, box.height], 'clipped to a pixel').to.deep.equal([1, 1]);
    expect(getComputedStyle(trap.closest('label')!).clipPath).to.equal('inset(50%)');
    trap.value = 'https://spam.example';
    await fill(el, 'bot@example.com');
    let events = 0;
    el.addEventListener('newsletter-submit', () => events++);
    submit(el);
    await waitUntil(() => $(el, '[part=message]').textContent !== '');
    expect(await recorded(key)).to.deep.equal([]);
    expect(events).to.equal(0);
  });

  it('can be used from the keyboard alone', async () => {
    const key = uniqueKey();
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup action="/fake/record/${key}/x?body=%7B%7D"></newsletter-signup>`,
    );
    email(el).focus();
    await sendKeys({type: 'keys@example.com'});
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button'));
    await sendKeys({press: 'Enter'});
    await waitUntil(() => $(el, '[part=message]').textContent === 'Thanks! You are subscribed.');
    expect(JSON.parse((await recorded(key))[0].body).email).to.equal('keys@example.com');
  });

  it('is one row when wide and stacked when narrow', async () => {
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup style="width: 800px" action="/api/subscribe"></newsletter-signup>`,
    );
    const box = (s: string) => $(el, s).getBoundingClientRect();
    expect(box('button').left, 'beside the field').to.be.above(box('input[type=email]').right);
    expect(Math.round(box('button').bottom)).to.equal(Math.round(box('input[type=email]').bottom));
    el.style.width = '320px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(box('button').top, 'under the field').to.be.above(box('input[type=email]').bottom);
  });
});

describe('newsletter providers', () => {
  const signUp = async (provider: string, action: string, extra = {}) => {
    const el = await fixture<NewsletterSignup>(
      html`<newsletter-signup
        provider=${provider}
        action=${action}
        name-field
        consent="OK"
        tags="ml,books"
        .timeout=${3000}
      ></newsletter-signup>`,
    );
    Object.assign(el, extra);
    $<HTMLInputElement>(el, 'input[autocomplete=given-name]').value = 'Ada';
    $<HTMLInputElement>(el, 'input[type=checkbox]').checked = true;
    await fill(el, 'ada@example.com');
    const done = Promise.race([oneEvent(el, 'newsletter-success'), oneEvent(el, 'newsletter-error')]);
    submit(el);
    return {event: await done, el};
  };

  it('buttondown: a form POST with email, embed=1 and a tag per tag', async () => {
    const key = uniqueKey();
    const {event} = await signUp('buttondown', `/fake/record/${key}/x?body=ok`);
    expect(event.type).to.equal('newsletter-success');
    const [request] = await recorded(key);
    expect(request.method).to.equal('POST');
    expect(request.contentType).to.equal('application/x-www-form-urlencoded;charset=UTF-8');
    expect(fields(request.body)).to.deep.equal([
      ['email', 'ada@example.com'],
      ['embed', '1'],
      ['tag', 'ml'],
      ['tag', 'books'],
    ]);
    const tags: string[] = [];
    expect(buttondown.request({email: 'a@b.co', tags, source: ''}, 'bookish').url).to.equal(
      'https://buttondown.com/api/emails/embed-subscribe/bookish',
    );
  });

  it('kit: a form POST with email_address and fields[first_name], reading {status}', async () => {
    const key = uniqueKey();
    const ok = encodeURIComponent(JSON.stringify({status: 'success', subscription: {}}));
    const {event} = await signUp('kit', `/fake/record/${key}/x?body=${ok}`);
    expect(event.type).to.equal('newsletter-success');
    const [request] = await recorded(key);
    expect([request.method, request.contentType, request.accept]).to.deep.equal([
      'POST',
      'application/x-www-form-urlencoded;charset=UTF-8',
      'application/json',
    ]);
    expect(fields(request.body)).to.deep.equal([
      ['email_address', 'ada@example.com'],
      ['fields[first_name]', 'Ada'],
    ]);
    const failed = encodeURIComponent(JSON.stringify({status: 'failed', errors: {messages: ['Email address is invalid']}}));
    const second = await signUp('kit', `/fake/status/422?body=${failed}`);
    expect((second.event as CustomEvent).detail.message).to.equal('Email address is invalid');
    expect(kit.request({email: 'a@b.co', tags: [], source: ''}, '123456').url).to.equal(
      'https://app.convertkit.com/forms/123456/subscriptions',
    );
  });

  it('mailchimp: a form POST to the list URL with EMAIL, FNAME, CONSENT and tags, no JSONP', async () => {
    const key = uniqueKey();
    const {event} = await signUp('mailchimp', `/fake/record/${key}/subscribe/post?u=abc&id=def&body=ok`);
    expect(event.type).to.equal('newsletter-success');
    const [request] = await recorded(key);
    expect(request.method).to.equal('POST');
    expect(request.query).to.contain('u=abc&id=def');
    expect(request.contentType).to.equal('application/x-www-form-urlencoded;charset=UTF-8');
    expect(fields(request.body)).to.deep.equal([
      ['EMAIL', 'ada@example.com'],
      ['FNAME', 'Ada'],
      ['CONSENT', 'yes'],
      ['tags', 'ml,books'],
    ]);
    expect(document.querySelectorAll('script[src*="list-manage"]')).to.have.length(0);
  });

  it('asks the reader to check their inbox where the answer cannot be read across origins', async () => {
    const key = uniqueKey();
    const otherOrigin = `${location.protocol}//127.0.0.1:${location.port}/fake/record/${key}/subscribe/post?u=a&id=b&body=ok`;
    const {event, el} = await signUp('mailchimp', otherOrigin);
    expect(event.type).to.equal('newsletter-success');
    await el.updateComplete;
    expect($(el, '[part=message]').textContent).to.equal('Almost done: check your inbox to confirm your subscription.');
    expect(await recorded(key)).to.have.length(1);
  });

  it('says which setting is missing', async () => {
    const {event} = await signUp('custom', '');
    expect((event as CustomEvent).detail.message).to.contain('set action="…"');
    const unknown = await signUp('substack', '/x');
    expect((unknown.event as CustomEvent).detail.message).to.equal(
      'Unknown provider "substack": use custom, buttondown, kit or mailchimp.',
    );
    // Names every object inherits are not providers either.
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const inherited = await signUp(name, '/x');
      expect((inherited.event as CustomEvent).detail.message).to.equal(
        `Unknown provider "${name}": use custom, buttondown, kit or mailchimp.`,
      );
    }
  });
});
