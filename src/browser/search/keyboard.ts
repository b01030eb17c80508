/**
 * Keyboard use of the results: from the field, Down moves to the first result; Up and Down move
 * between result links (Up from the first returns to the field); Enter opens a link, as links do;
 * Escape in the results returns to the field, and Escape in the field clears the search.
 */
export function handleResultKeys(input: HTMLInputElement, results: HTMLElement, clear: () => void): void {
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      clear();
    }
  });
  results.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)].focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });
}
