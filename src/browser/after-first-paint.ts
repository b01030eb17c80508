/**
 * Runs `task` once the page's first screen has been painted, so that whatever `task` starts downloading
 * cannot compete with the first screen's own bytes on a slow line. The browser's own first-contentful-paint
 * entry says when that was (it arrives once the frame is on screen, which a busy machine can delay past the
 * frame itself); where a browser does not report paints, the frame after the first stands in. A page opened
 * in a background tab paints when it is shown, and `task` waits for that too.
 */
export function afterFirstPaint(task: () => void): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(task, 0)));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(task, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
}
