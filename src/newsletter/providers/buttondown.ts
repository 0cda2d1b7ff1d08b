/**
 * Buttondown's embed form: a form POST to `…/api/emails/embed-subscribe/{username}` with `email`,
 * `embed=1` and a `tag` per tag. `action` is the username or the full URL. Buttondown does not let
 * other sites read its answer, so the request goes out `no-cors` and the reader is asked to check
 * their inbox.
 */
import {postForm, type NewsletterProvider, type PlainForm} from '../signup.js';

const endpoint = (action: string) =>
  /^https?:|^\//.test(action) ? action : `https://buttondown.com/api/emails/embed-subscribe/${encodeURIComponent(action)}`;

// Buttondown's own embed is a plain form: its thank-you page answers it.
const form = (action: string, tags: string[]): PlainForm => ({
  url: endpoint(action),
  email: 'email',
  hidden: [['embed', '1'], ...tags.map((tag): [string, string] => ['tag', tag])],
});

export const buttondown: NewsletterProvider = {
  form,
  request: (signup, action) => postForm(form(action, signup.tags), signup, {mode: 'no-cors'}),
  read: async (response) => (response.ok ? {ok: true} : {ok: false}),
};
