/**
 * Kit (formerly ConvertKit) forms: a form POST to `https://app.convertkit.com/forms/{formId}/subscriptions`
 * with `email_address` and `fields[first_name]`, asking for JSON, whose `status` says how it went.
 * `action` is the form ID or the full URL.
 */
import {formBody, type NewsletterProvider} from '../signup.js';

const endpoint = (action: string) =>
  /^https?:|^\//.test(action) ? action : `https://app.convertkit.com/forms/${encodeURIComponent(action)}/subscriptions`;

export const kit: NewsletterProvider = {
  // Kit's own HTML embed posts the same fields as a plain form.
  form: (action) => ({url: endpoint(action), email: 'email_address', name: 'fields[first_name]'}),
  request: ({email, name}, action) => ({
    url: endpoint(action),
    init: {
      method: 'POST',
      headers: {accept: 'application/json'},
      body: formBody([
        ['email_address', email],
        ['fields[first_name]', name],
      ]),
    },
  }),
  read: async (response) => {
    const body = await response.json().catch(() => undefined);
    if (response.ok && (body?.status === 'success' || body?.status === 'quarantined')) return {ok: true};
    const messages = body?.errors?.messages;
    return {ok: false, message: Array.isArray(messages) && messages.length ? messages.join(' ') : undefined};
  },
};
