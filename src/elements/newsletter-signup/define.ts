import {define} from '../../define.js';
import {NewsletterSignup} from './newsletter-signup.js';

define('newsletter-signup', NewsletterSignup);

export {NewsletterSignup};
