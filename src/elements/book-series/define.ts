import {define} from '../../define.js';
import '../book-card/define.js';
import {BookSeries} from './book-series.js';

define('book-series', BookSeries);

export {BookSeries};
