// Runs before anything else on the hostile page: prototype "extensions" of the kind old libraries
// add, some of them shaped like book fields, and an error log.
Array.prototype.evil = function () {
  return 'evil';
};
Object.defineProperty(Object.prototype, 'url', {value: 'javascript:window.__pwned=1', writable: true, configurable: true});
Object.defineProperty(Object.prototype, 'label', {value: 'POLLUTED', writable: true, configurable: true});
Object.defineProperty(Object.prototype, 'alt', {value: 'POLLUTED', writable: true, configurable: true});
window.errors = [];
addEventListener('error', (e) => window.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
