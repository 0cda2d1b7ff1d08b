import {define} from '../../define.js';
import {BookBuy} from './book-buy.js';

define('book-buy', BookBuy);

export {BookBuy};
