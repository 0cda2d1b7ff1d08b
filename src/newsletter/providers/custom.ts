/**
 * The site's own endpoint (the README's `custom` protocol): `POST action` with a JSON body
 * `{email, name?, consent?, tags?, source}`; any 2xx is success; otherwise `{"error": "…"}` is shown.
 */
import {errorMessage, type NewsletterProvider} from '../signup.js';

export const custom: NewsletterProvider = {
  request: ({email, name, consent, tags, source}, action) => ({
    url: action,
    init: {
      method: 'POST',
      headers: {'content-type': 'application/json', accept: 'application/json'},
      body: JSON.stringify({email, name, consent, tags: tags.length ? tags : undefined, source}),
    },
  }),
  read: async (response) => (response.ok ? {ok: true} : {ok: false, message: await errorMessage(response)}),
};
