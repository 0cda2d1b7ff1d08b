/**
 * Mailchimp embedded forms: a form POST to the list's `…list-manage.com/subscribe/post?u=…&id=…` URL
 * (the `action` of Mailchimp's own embed code) with `EMAIL`, `FNAME`, `CONSENT` (a merge field: add one
 * with that tag to keep the answer) and `tags`. No JSONP, which a Content-Security-Policy blocks:
 * Mailchimp does not let other sites read its answer, so the reader is asked to check their inbox.
 */
import {formBody, type NewsletterProvider} from '../signup.js';

export const mailchimp: NewsletterProvider = {
  // Mailchimp's embedded form is a plain form to the same URL.
  form: (action, tags) => ({
    url: action,
    email: 'EMAIL',
    name: 'FNAME',
    consent: ['CONSENT', 'yes'],
    hidden: tags.length ? [['tags', tags.join(',')]] : [],
  }),
  request: ({email, name, consent, tags}, action) => ({
    url: action,
    init: {
      method: 'POST',
      mode: 'no-cors',
      body: formBody([
        ['EMAIL', email],
        ['FNAME', name],
        ['CONSENT', consent ? 'yes' : undefined],
        ['tags', tags.join(',')],
      ]),
    },
  }),
  read: async (response) => (response.ok ? {ok: true} : {ok: false}),
};
