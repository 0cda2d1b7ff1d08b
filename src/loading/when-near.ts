/**
 * Calls back once when any of the given elements comes within 200 px of the viewport. One shared
 * IntersectionObserver serves every element on the page, so 1,000 cards cost one observer.
 */
type Watch = {targets: Element[]; callback: () => void};

const watches = new Map<Element, Set<Watch>>();
let observer: IntersectionObserver | undefined;

const stop = (watch: Watch) => {
  for (const target of watch.targets) {
    const set = watches.get(target);
    if (set?.delete(watch) && !set.size) {
      watches.delete(target);
      observer?.unobserve(target);
    }
  }
};

export function whenNear(targets: Element[], callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined' || !targets.length) {
    callback();
    return () => {};
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        for (const watch of [...(watches.get(entry.target) ?? [])]) {
          stop(watch);
          watch.callback();
        }
      }
    },
    {rootMargin: '200px'},
  );
  const watch = {targets, callback};
  for (const target of targets) {
    if (!watches.has(target)) watches.set(target, new Set());
    watches.get(target)!.add(watch);
    // Observing anew makes the observer report the target's current position to the new watch too.
    observer.unobserve(target);
    observer.observe(target);
  }
  return () => stop(watch);
}
