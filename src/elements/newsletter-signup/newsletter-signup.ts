import {LitElement, html, nothing, type PropertyDeclarations} from 'lit';
import {sharedStyles} from '../../styles/shared-styles.js';
import {heading} from '../../templates/heading.js';
import {emit} from '../../events/events.js';
import {providerList, providerNamed} from '../../newsletter/providers/index.js';
import {sendSignup, signupStrings, type PlainForm, type Signup} from '../../newsletter/signup.js';
import {newsletterSignupStyles} from './newsletter-signup.styles.js';
import {directionFor, Translator} from '../../i18n/translate.js';
import {rendering} from '../../config/render-inputs.js';

/** Built-in strings (namespace `newsletter`); a translation replaces these values. */
export const newsletterSignupStrings = {
  heading: 'Get new chapters and notes by email',
  button: 'Subscribe',
  sending: 'Subscribing…',
  email: 'Email address',
  name: 'First name',
  optional: '(optional)',
  success: 'Thanks! You are subscribed.',
  unconfirmed: 'Almost done: check your inbox to confirm your subscription.',
  emailMissing: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  consentMissing: 'Tick the box to agree before subscribing.',
};

/** For the site owner, who sets the attributes, in English; and the bots' trap, which no reader sees. */
const setupStrings = {
  noAction: 'This form has no action: set action="…" to the address that receives signups.',
  unknownProvider: (name: string, known: string) => `Unknown provider "${name}": use ${known}.`,
  trap: 'Leave this field empty',
};

// Deliberately plain: a reader's address with spaces, line breaks or no dot in the domain is a typo.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Status = 'idle' | 'sending' | 'success' | 'error';

/**
 * A newsletter signup form that works with the site's own endpoint or with Buttondown, Kit or
 * Mailchimp, under a strict Content-Security-Policy, without iframes.
 *
 * @summary An accessible newsletter signup form.
 * @csspart form - The form.
 * @csspart heading - The heading.
 * @csspart text - The text under the heading.
 * @csspart label - Each field's label.
 * @csspart input - Each text field.
 * @csspart consent - The consent checkbox's label.
 * @csspart button - The submit button.
 * @csspart message - The success message.
 * @csspart error - Each error message (a field's, or the form's).
 * @csspart no-script - Pre-rendered, read without JavaScript, for a service that needs it: says so.
 * @cssprop --book-color-accent - The button.
 * @fires {CustomEvent<NewsletterDetail>} newsletter-submit - A valid signup is being sent; `detail` is `{email}`.
 * @fires {CustomEvent<NewsletterDetail>} newsletter-success - The service accepted it; `detail` is `{email}`.
 * @fires {CustomEvent<NewsletterErrorDetail>} newsletter-error - It failed; `detail` is `{email, message}`. The typed email is kept.
 * @tag newsletter-signup
 */
export class NewsletterSignup extends LitElement {
  static override styles = [sharedStyles, newsletterSignupStyles];

  static override properties: PropertyDeclarations = {
    action: {},
    provider: {},
    heading: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    text: {},
    buttonLabel: {attribute: 'button-label'},
    nameField: {attribute: 'name-field', type: Boolean},
    consent: {},
    tags: {},
    successMessage: {attribute: 'success-message'},
    theme: {reflect: true},
    timeout: {attribute: false},
    status: {state: true},
    message: {state: true},
    fieldErrors: {state: true},
  };

  /** Where signups go: a URL, or what the provider takes instead (a username, a form ID: see the README). */
  action?: string;

  /** `custom` (default): the site's own JSON endpoint; or the name of a newsletter service (the README lists them). */
  provider = 'custom';

  heading?: string;

  /** Level of the heading, 1–6 (default 2). */
  headingLevel = 2;

  /** A sentence under the heading. */
  text?: string;

  buttonLabel?: string;

  /** Asks for a first name too. */
  nameField = false;

  /** Consent text; when set, the reader must tick its box to subscribe. */
  consent?: string;

  /** Comma-separated tags sent with the signup (where the service supports them). */
  tags?: string;

  successMessage?: string;

  theme?: 'light' | 'dark' | 'auto';

  /** Milliseconds before a request that hangs ends in an error. */
  timeout = 15_000;

  private status: Status = 'idle';
  private message = '';
  private fieldErrors: {email?: string; consent?: string} = {};

  /** The tags to send, from `tags`. */
  private get tagList() {
    return (this.tags ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
  }

  /** The service's plain form, where it takes one: what the form posts without JavaScript. */
  private get plainForm(): PlainForm | undefined {
    return this.action ? providerNamed(this.provider)?.form?.(this.action, this.tagList) : undefined;
  }

  /** The fields' names: the service's where the form posts to it plainly, else ours. */
  private fieldNames(plain = this.plainForm) {
    return {email: plain?.email ?? 'email', name: plain?.name ?? 'name', consent: plain?.consent ?? ['consent', 'on']};
  }

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (this.status === 'sending') return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const names = this.fieldNames();
    const email = String(data.get(names.email) ?? '').trim();
    const consent = data.get(names.consent[0]) !== null;
    const words = this.words;
    const fieldErrors = {
      email: !email ? words.emailMissing : email.length > 254 || !emailPattern.test(email) ? words.emailInvalid : undefined,
      consent: this.consent && !consent ? words.consentMissing : undefined,
    };
    this.fieldErrors = fieldErrors;
    this.message = '';
    if (fieldErrors.email || fieldErrors.consent) {
      this.status = 'idle';
      await this.updateComplete;
      form.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
      return;
    }
    // A filled trap field is a bot: look successful, send nothing.
    if (data.get('bw-trap')) return this.finish('success', words.success, email, false);

    const provider = providerNamed(this.provider);
    if (!this.action || !provider) {
      const problem = !this.action ? setupStrings.noAction : setupStrings.unknownProvider(this.provider, providerList());
      return this.finish('error', problem, email);
    }

    const signup: Signup = {
      email,
      name: String(data.get(names.name) ?? '').trim() || undefined,
      consent: this.consent ? consent : undefined,
      tags: this.tagList,
      source: location.href,
    };
    this.status = 'sending';
    emit(this, 'newsletter-submit', {email});
    const result = await sendSignup(
      provider,
      signup,
      this.action,
      this.timeout,
      this.translator.strings('signup', signupStrings),
    );
    if (result.ok) {
      const text = result.unconfirmed ? words.unconfirmed : (this.successMessage ?? words.success);
      this.finish('success', text, email);
    } else {
      this.finish('error', result.message ?? this.translator.strings('signup', signupStrings).failed, email);
    }
  }

  private async finish(status: Status, message: string, email: string, announce = true) {
    this.status = status;
    this.message = message;
    await this.updateComplete;
    if (status === 'success') this.renderRoot.querySelector<HTMLElement>('[part=message]')?.focus();
    if (!announce) return;
    if (status === 'success') emit(this, 'newsletter-success', {email});
    else emit(this, 'newsletter-error', {email, message});
  }

  /** Clears a field's error as soon as the reader fixes it. */
  private onInput(event: Event) {
    const input = event.target as HTMLInputElement;
    const field = input.type === 'checkbox' ? 'consent' : input.type === 'email' ? 'email' : undefined;
    if (!field) return;
    if (!this.fieldErrors[field]) return;
    const fixed = field === 'consent' ? input.checked : emailPattern.test(input.value.trim());
    if (fixed) this.fieldErrors = {...this.fieldErrors, [field]: undefined};
  }

  /** The language of the form's words; until they are here, the form keeps its place unseen. */
  private readonly translator = new Translator(this);

  private get words() {
    return this.translator.strings('newsletter', newsletterSignupStrings);
  }

  override render() {
    const words = this.words;
    const sending = this.status === 'sending';
    const done = this.status === 'success';
    const {email: emailError, consent: consentError} = this.fieldErrors;
    const plain = this.plainForm;
    const names = this.fieldNames(plain);
    // Pre-rendered and read without JavaScript: a service's plain form posts as it is; the site's
    // own endpoint takes JSON, so that form says it needs JavaScript (the server writes why).
    return html`<form
      part="form"
      class="form ${done ? 'done' : ''} ${this.translator.ready ? '' : 'waiting'} ${plain ? '' : 'needs-script'}"
      dir=${directionFor(this) ?? nothing}
      action=${plain?.url ?? nothing}
      method="post"
      novalidate
      aria-busy=${sending ? 'true' : 'false'}
      @submit=${this.onSubmit}
      @input=${this.onInput}
    >
      <div class="intro">
        ${heading(this.headingLevel, this.heading ?? words.heading)}
        ${this.text ? html`<p part="text" class="text">${this.text}</p>` : nothing}
      </div>
      <div class="fields ${this.nameField ? 'with-name' : ''}" ?hidden=${done}>
        ${
          this.nameField
            ? html`<label class="field">
                <span part="label" class="label">${words.name} <span class="optional">${words.optional}</span></span>
                <input part="input" class="input" name=${names.name} type="text" autocomplete="given-name" maxlength="100" />
              </label>`
            : nothing
        }
        <label class="field">
          <span part="label" class="label">${words.email}</span>
          <input
            part="input"
            class="input"
            name=${names.email}
            type="email"
            inputmode="email"
            autocomplete="email"
            required
            maxlength="320"
            aria-invalid=${emailError ? 'true' : 'false'}
            aria-describedby="email-error"
          />
        </label>
        <button part="button" class="button" type="submit" ?disabled=${sending}>
          ${sending ? words.sending : (this.buttonLabel ?? words.button)}
        </button>
      </div>
      <p part="error" class="field-error" id="email-error" ?hidden=${done}>${emailError ?? ''}</p>
      ${
        this.consent
          ? html`<label part="consent" class="consent" ?hidden=${done}>
                <input
                  type="checkbox"
                  name=${names.consent[0]}
                  value=${names.consent[1]}
                  required
                  aria-invalid=${consentError ? 'true' : 'false'}
                  aria-describedby="consent-error"
                />
                <span>${this.consent}</span>
              </label>
              <p part="error" class="field-error" id="consent-error" ?hidden=${done}>${consentError ?? ''}</p>`
          : nothing
      }
      ${(plain?.hidden ?? []).map(([name, value]) => html`<input type="hidden" name=${name} value=${value} />`)}
      <p part="no-script" class="no-script">${rendering.inputs?.needsScript?.(this.translator.lang) ?? ''}</p>
      <label class="trap" aria-hidden="true">
        ${setupStrings.trap}
        <input name="bw-trap" type="text" tabindex="-1" autocomplete="off" />
      </label>
      <p part="message" class="message" role="status" tabindex="-1">${done ? this.message : ''}</p>
      <p part="error" class="form-error" role="alert">${this.status === 'error' ? this.message : ''}</p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'newsletter-signup': NewsletterSignup;
  }
}
