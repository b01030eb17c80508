import { sectionName, sectionUrl } from './section-url.ts';

/** The words the buttons say, in one language. */
export interface ShareStrings {
  copy: string;
  copied: string;
  failed: string;
  share: string;
  group: string;
}

/**
 * Copy and share buttons for section links. This runs in the page tools' same-origin frame (/tools/)
 * that a page loads only when a reader first hovers, focuses or presses one of its section links (a
 * CSS rule shows the lazy <iframe>), so pages run no JavaScript on load and carry no script of their
 * own, inline or not. From then on, activating a section link still goes to the section, and also
 * opens a small bar under its heading: "Copy link" (the section's full URL, confirmed in a live
 * region) and, where the Web Share API exists, "Share…" (the system share sheet).
 */
export function startSectionLinks(frame: Window = window): void {
  const host = hostWindow(frame);
  if (!host) return;
  const doc = host.document;
  const all = JSON.parse(frame.document.documentElement.dataset.strings ?? '{}') as Record<string, ShareStrings>;
  const strings = all[doc.documentElement.lang] ?? all.en;
  if (!strings) return;
  let bar: HTMLElement | undefined;
  let opener: HTMLAnchorElement | undefined;

  const close = () => {
    bar?.remove();
    bar = undefined;
  };

  const open = (anchor: HTMLAnchorElement) => {
    close();
    opener = anchor;
    const url = sectionUrl(host.location.href, anchor.hash);
    const target = doc.getElementById(decodeURIComponent(anchor.hash.slice(1)));
    const name = sectionName(target?.textContent ?? doc.title);
    bar = doc.createElement('div');
    bar.className = 'tp-share';
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', strings.group.replace('{section}', name));
    const status = doc.createElement('span');
    status.setAttribute('role', 'status');
    const copy = button(doc, strings.copy, async () => {
      try {
        await host.navigator.clipboard.writeText(url);
        status.textContent = strings.copied;
      } catch {
        status.textContent = strings.failed.replace('{url}', url);
      }
    });
    bar.append(copy);
    if (typeof host.navigator.share === 'function') {
      bar.append(
        button(doc, strings.share, () =>
          host.navigator.share({ title: `${name} – ${doc.title}`, url }).catch(() => undefined),
        ),
      );
    }
    bar.append(status);
    (anchor.closest('.tp-heading') ?? anchor.parentElement ?? anchor).after(bar);
    // After the link's own jump to its section, which takes focus away from whatever had it.
    host.setTimeout(() => copy.focus({ preventScroll: true }), 0);
  };

  doc.addEventListener('click', (event) => {
    const anchor = sectionLink(event.target);
    if (anchor) open(anchor);
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !bar?.contains(doc.activeElement)) return;
    close();
    opener?.focus();
  });
  // The first press both followed the link and loaded this frame, too late to hear the click: finish
  // what it asked for. That press is the section link of the section in the address that the finger is
  // still on, or whose section the jump has just put at the top of the screen.
  const pressed = justUsed(host);
  if (pressed) open(pressed);
}

/** The page that loaded this frame, if it is a page of the same site; otherwise nothing to enhance. */
function hostWindow(frame: Window): Window | undefined {
  try {
    return frame.parent !== frame && frame.parent.document ? frame.parent : undefined;
  } catch {
    return undefined;
  }
}

/** The section link that took the reader to the section now in the address, if it was just used. */
function justUsed(host: Window): HTMLAnchorElement | undefined {
  const doc = host.document;
  const id = decodeURIComponent(host.location.hash.slice(1));
  const section = id ? doc.getElementById(id) : null;
  const link = [...doc.querySelectorAll<HTMLAnchorElement>('a.tp-anchor')].find((a) => a.hash === host.location.hash);
  if (!section || !link) return undefined;
  const atTop = Math.abs(section.getBoundingClientRect().top) < 2;
  return link.matches(':hover, :active, :focus') || atTop ? link : undefined;
}

/** The section link an event target or the focused element is, or is inside. */
function sectionLink(node: unknown): HTMLAnchorElement | undefined {
  const el = node as Element | null;
  return (typeof el?.closest === 'function' ? el.closest<HTMLAnchorElement>('a.tp-anchor') : null) ?? undefined;
}

function button(doc: Document, label: string, onClick: () => unknown): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', () => void onClick());
  return b;
}
