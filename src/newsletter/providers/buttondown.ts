/**
 * Buttondown's embed form: a form POST to `…/api/emails/embed-subscribe/{username}` with `email`,
 * `embed=1` and a `tag` per tag. `action` is the username or the full URL. Buttondown does not let
 * other sites read its answer, so the request goes out `no-cors` and the reader is asked to check
 * their inbox.
 */
import {formBody, type NewsletterProvider} from '../signup.js';

export const buttondown: NewsletterProvider = {
  request: ({email, tags}, action) => ({
    url: /^https?:|^\//.test(action) ? action : `https://buttondown.com/api/emails/embed-subscribe/${encodeURIComponent(action)}`,
    init: {
      method: 'POST',
      mode: 'no-cors',
      body: formBody([['email', email], ['embed', '1'], ...tags.map((tag): [string, string] => ['tag', tag])]),
    },
  }),
  read: async (response) => (response.ok ? {ok: true} : {ok: false}),
};
