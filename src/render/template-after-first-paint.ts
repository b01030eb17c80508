import { afterFirstPaint } from '../browser/after-first-paint.ts';

/**
 * The source of a small inline script that, once the first screen is painted, puts the contents of
 * `<template id={templateId}>` into the page: scripts kept there are inert (neither fetched nor run)
 * until then. Why: a page's script file, fetched at once, finishes before the first paint on a fast
 * line, and Lighthouse's model then counts its round trip as holding the paint back; a page that is
 * painted without waiting for it should be measured that way. The waiting is `afterFirstPaint` itself
 * (src/browser/after-first-paint.ts), written out: an inline script imports nothing.
 */
export function templateAfterFirstPaint(templateId: string): string {
  const insert = `()=>{const t=document.getElementById(${JSON.stringify(templateId)});t&&document.body.append(t.content.cloneNode(!0))}`;
  return `(${afterFirstPaint.toString()})(${insert});`;
}
