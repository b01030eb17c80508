import { copyText, type CopyMessages } from './copy-text.ts';

/** The name of the hidden frame that copy-button forms submit to (see CiteThisPage.astro). */
export const toolsFrameName = 'tp-tools';

/**
 * Runs in the page-tools helper (/tools/), which a page's hidden frame loads when the reader first
 * presses one of its copy buttons: carries out that press (named in the query string), then takes
 * over the page's copy forms so later presses copy at once, without loading anything.
 * Why a frame: pages load no script until a reader asks for one, and HTML alone cannot run a script
 * on a click; it can send a form to a frame, and a same-origin frame may act on its parent page.
 */
export function startPageTools(win: Window = window): void {
  const host = win.parent;
  if (host === win) return;
  const doc = host.document;
  const all = JSON.parse(win.document.querySelector('main')?.dataset.messages ?? '{}') as Record<string, CopyMessages>;
  const messages = all[doc.documentElement.lang] ?? Object.values(all)[0];
  for (const form of doc.querySelectorAll<HTMLFormElement>(`form[target="${toolsFrameName}"]`)) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const button = event.submitter as HTMLButtonElement | null;
      if (button?.name === 'copy') void copyText(doc, button.value, messages);
    });
  }
  const first = new URLSearchParams(win.location.search).get('copy');
  if (first) void copyText(doc, first, messages);
}
