/**
 * Kit (formerly ConvertKit) forms: a form POST to `https://app.convertkit.com/forms/{formId}/subscriptions`
 * with `email_address` and `fields[first_name]`, asking for JSON, whose `status` says how it went.
 * `action` is the form ID or the full URL.
 */
import {postForm, type NewsletterProvider, type PlainForm} from '../signup.js';

const endpoint = (action: string) =>
  /^https?:|^\//.test(action) ? action : `https://app.convertkit.com/forms/${encodeURIComponent(action)}/subscriptions`;

// Kit's own HTML embed posts the same fields as a plain form.
const form = (action: string): PlainForm => ({url: endpoint(action), email: 'email_address', name: 'fields[first_name]'});

export const kit: NewsletterProvider = {
  form,
  request: (signup, action) => postForm(form(action), signup, {headers: {accept: 'application/json'}}),
  read: async (response) => {
    const body = await response.json().catch(() => undefined);
    if (response.ok && (body?.status === 'success' || body?.status === 'quarantined')) return {ok: true};
    const messages = body?.errors?.messages;
    return {ok: false, message: Array.isArray(messages) && messages.length ? messages.join(' ') : undefined};
  },
};
