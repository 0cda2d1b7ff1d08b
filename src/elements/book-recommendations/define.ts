import {define} from '../../define.js';
import '../book-card/define.js';
import {BookRecommendations} from './book-recommendations.js';

define('book-recommendations', BookRecommendations);

export {BookRecommendations};
