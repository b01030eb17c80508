/**
 * Runs `task` once the page's first screen has been painted: the frame after the first one, so that
 * whatever `task` starts downloading cannot compete with the first screen's own bytes on a slow line.
 * A page opened in a background tab paints when it is shown, and `task` waits for that too.
 */
export function afterFirstPaint(task: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(task, 0)));
}
