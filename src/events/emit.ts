/**
 * Fires one of our events: bubbling and composed, so a page hears it from inside any shadow root.
 * Returns false when a listener cancelled a cancelable one.
 */
export const emit = (target: EventTarget, type: string, detail: object, cancelable = false) =>
  target.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true, cancelable}));
