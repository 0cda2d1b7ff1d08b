/**
 * Kit (formerly ConvertKit) forms: a form POST to `https://app.convertkit.com/forms/{formId}/subscriptions`
 * with `email_address` and `fields[first_name]`, asking for JSON, whose `status` says how it went.
 * `action` is the form ID or the full URL.
 */
import {formBody, type NewsletterProvider} from '../signup.js';

export const kit: NewsletterProvider = {
  request: ({email, name}, action) => ({
    url: /^https?:|^\//.test(action) ? action : `https://app.convertkit.com/forms/${encodeURIComponent(action)}/subscriptions`,
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
