/**
 * The byte budget of an article page (brotli, quality 11), the target of issue 15: its visible main text
 * (the floor) × 1.4 + 2 KiB, with everything in — markup, inline styles, the chrome, the accessible
 * footnotes. One function, used by the browser test (tests/e2e/page-weight.test.ts) and `npm run bench`.
 */
export function articleBudget(floorBytes: number): number {
  return Math.round(floorBytes * 1.4 + 2048);
}
