/** What the status line says after a copy, in the page's language. */
export interface CopyMessages {
  copied: string;
  failed: string;
}

/**
 * Copies the text of the element named by a copy button to the clipboard of the page the button is
 * on, and says so in that page's status line (a live region, so screen readers announce it). If the
 * browser refuses (no permission, or the press is too long ago), the text is selected instead and the
 * status line says how to copy it by hand.
 */
export async function copyText(doc: Document, targetId: string, messages: CopyMessages): Promise<void> {
  const target = doc.getElementById(targetId);
  if (!target) return;
  const status = target.closest('section')?.querySelector<HTMLElement>('[role="status"]');
  const text = (target.textContent ?? '').replace(/\s+/g, ' ').trim();
  const view = doc.defaultView;
  let message = messages.copied;
  try {
    if (!view?.navigator.clipboard) throw new Error('no clipboard');
    await view.navigator.clipboard.writeText(text);
  } catch {
    view?.getSelection()?.selectAllChildren(target);
    message = messages.failed;
  }
  if (status) {
    // Emptied first, so pressing the same button twice is announced twice.
    status.textContent = '';
    view?.setTimeout(() => (status.textContent = message), 50);
  }
}
