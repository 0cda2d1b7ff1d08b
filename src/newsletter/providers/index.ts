/** The newsletter services `<newsletter-signup provider>` knows, by name. */
import type {NewsletterProvider} from '../signup.js';
import {buttondown} from './buttondown.js';
import {custom} from './custom.js';
import {kit} from './kit.js';
import {mailchimp} from './mailchimp.js';

export const providers: {[name: string]: NewsletterProvider} = {custom, buttondown, kit, mailchimp};

/** `custom, buttondown, kit or mailchimp`: the names, for a message. */
export const providerList = () =>
  Object.keys(providers)
    .join(', ')
    .replace(/, (?=[^,]*$)/, ' or ');

/** The provider of this name; own names only, so `__proto__` or `constructor` is unknown, not "found". */
export const providerNamed = (name: string): NewsletterProvider | undefined =>
  Object.prototype.hasOwnProperty.call(providers, name) ? providers[name] : undefined;
