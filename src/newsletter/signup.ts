/**
 * Sending a newsletter signup: what a signup is, what a provider turns it into, and the one
 * function that sends it with a timeout and tells apart the ways it can fail.
 */

export interface Signup {
  email: string;
  name?: string;
  consent?: boolean;
  tags: string[];
  /** The page the reader signed up on. */
  source: string;
}

/** A form a browser posts as it is: the URL, the names of its fields, and fields it carries hidden. */
export interface PlainForm {
  url: string;
  email: string;
  name?: string;
  /** The consent box's name and the value it sends when ticked. */
  consent?: [name: string, value: string];
  hidden?: [name: string, value: string][];
}

export type SignupResult =
  | {ok: true; /** The provider's answer could not be read: the reader should check their inbox. */ unconfirmed?: boolean}
  /** `message`: the service's own words, if it gave any; without them the form says it failed, in the reader's language. */
  | {ok: false; message?: string};

/**
 * A newsletter service: builds the request for a signup and reads the answer. Adding a service is
 * one module like those in ./providers, and a line in ./providers/index.ts.
 */
export interface NewsletterProvider {
  request(signup: Signup, action: string): {url: string; init: RequestInit};
  /**
   * The service takes a plain HTML form post (and answers with a page of its own): where it goes, and
   * its fields' names. A pre-rendered form then works without JavaScript. Unset: it needs JavaScript.
   */
  form?(action: string, tags: string[]): PlainForm;
  /** Reads a readable answer; an opaque (cross-origin, no-cors) one never reaches here. */
  read(response: Response): Promise<SignupResult>;
}

/** Built-in strings (namespace `signup`); a translation replaces these values. */
export const signupStrings = {
  timeout: 'The newsletter service did not answer. Please try again in a moment.',
  offline: 'You appear to be offline. Check your connection and try again.',
  network: 'Could not reach the newsletter service. Please try again.',
  failed: 'Sorry, that did not work. Please try again.',
};

/** `name=a&tag=x&tag=y`: an HTML form's body, the content type form-based services expect. */
export const formBody = (fields: [string, string | undefined][]) =>
  new URLSearchParams(fields.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== ''));

/**
 * The request a service's plain form makes, sent by script: the same fields by the same names, so a
 * service's form is written once (`form`) for both ways of sending it.
 */
export function postForm(form: PlainForm, {email, name, consent}: Signup, init: RequestInit = {}) {
  const fields: [string, string | undefined][] = [[form.email, email]];
  if (form.name) fields.push([form.name, name]);
  if (form.consent) fields.push([form.consent[0], consent ? form.consent[1] : undefined]);
  return {url: form.url, init: {...init, method: 'POST', body: formBody([...fields, ...(form.hidden ?? [])])}};
}

/** The JSON body's `error` (or `message`) field, if the answer has one (and is not huge). */
export async function errorMessage(response: Response): Promise<string | undefined> {
  try {
    const text = await response.text();
    const body = text.length < 100_000 ? JSON.parse(text) : undefined;
    const message = body?.error ?? body?.message;
    return typeof message === 'string' && message ? message : undefined;
  } catch {
    return undefined;
  }
}

/** A server's message as the reader sees it: one paragraph's worth at most. */
const maxMessage = 300;
const shortened = (message: string) => (message.length > maxMessage ? `${message.slice(0, maxMessage - 1)}…` : message);

/**
 * An answer that cannot be the signup service's own: an HTML page (a login, a broken route), or a
 * redirect that ended anywhere but at a JSON answer. Its 200 says nothing about the signup.
 */
const notTheService = (response: Response) => {
  const type = response.headers.get('content-type') ?? '';
  return /^text\/html/i.test(type) || (response.redirected && !/[/+]json\b/i.test(type));
};

export async function sendSignup(
  provider: NewsletterProvider,
  signup: Signup,
  action: string,
  timeout = 15_000,
  words = signupStrings,
): Promise<SignupResult> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return {ok: false, message: words.offline};
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const {url, init} = provider.request(signup, action);
    const response = await fetch(url, {...init, signal: controller.signal, credentials: 'omit'});
    if (response.type === 'opaque') return {ok: true, unconfirmed: true};
    if (notTheService(response)) {
      console.warn(
        `book-widgets: <newsletter-signup> got a web page from ${response.url}, not the signup service's answer: check its action.`,
      );
      return {ok: false, message: words.failed};
    }
    const result = await provider.read(response);
    return result.ok ? result : {ok: false, message: result.message ? shortened(result.message) : words.failed};
  } catch {
    return {
      ok: false,
      message: controller.signal.aborted ? words.timeout : navigator.onLine === false ? words.offline : words.network,
    };
  } finally {
    clearTimeout(timer);
  }
}
