import {define} from '../../define.js';
import {BookAbout} from './book-about.js';

define('book-about', BookAbout);

export {BookAbout};
