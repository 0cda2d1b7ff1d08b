/** The newsletter services `<newsletter-signup provider>` knows, by name. */
import type {NewsletterProvider} from '../signup.js';
import {buttondown} from './buttondown.js';
import {custom} from './custom.js';
import {kit} from './kit.js';
import {mailchimp} from './mailchimp.js';

export const providers: {[name: string]: NewsletterProvider} = {custom, buttondown, kit, mailchimp};
