/**
 * The syntax that gives a heading a fixed id, written at the end of the heading as an MDX comment:
 *
 *   ## ¿Debo seguir declarando impuestos? {/* #should-i-still-file-my-taxes *\/}
 *
 * Why: a section's id is its shareable address, so it must not change when the heading's words do, and
 * a translation's headings must keep their twin's ids so a reader switching language lands on the same
 * section. A heading without the marker gets Astro's slug of its text.
 */
export const headingIdMarker = /^\s*\/\*\s*#([A-Za-z0-9][A-Za-z0-9-]*)\s*\*\/\s*$/;

/** The id a heading's trailing MDX expression names, or undefined when it is not an id marker. */
export function headingIdOf(expression: string): string | undefined {
  return headingIdMarker.exec(expression)?.[1];
}

/** True when an MDX expression looks like an attempt at an id marker (so a typo can be reported). */
export function looksLikeHeadingId(expression: string): boolean {
  return /^\s*\/\*\s*#/.test(expression);
}
