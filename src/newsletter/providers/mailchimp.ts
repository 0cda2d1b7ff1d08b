/**
 * Mailchimp embedded forms: a form POST to the list's `…list-manage.com/subscribe/post?u=…&id=…` URL
 * (the `action` of Mailchimp's own embed code) with `EMAIL`, `FNAME`, `CONSENT` (a merge field: add one
 * with that tag to keep the answer) and `tags`. No JSONP, which a Content-Security-Policy blocks:
 * Mailchimp does not let other sites read its answer, so the reader is asked to check their inbox.
 */
import {postForm, type NewsletterProvider, type PlainForm} from '../signup.js';

// Mailchimp's embedded form is a plain form to the same URL.
const form = (action: string, tags: string[]): PlainForm => ({
  url: action,
  email: 'EMAIL',
  name: 'FNAME',
  consent: ['CONSENT', 'yes'],
  hidden: tags.length ? [['tags', tags.join(',')]] : [],
});

export const mailchimp: NewsletterProvider = {
  form,
  request: (signup, action) => postForm(form(action, signup.tags), signup, {mode: 'no-cors'}),
  read: async (response) => (response.ok ? {ok: true} : {ok: false}),
};
