// Download, copy and announce: the three ways the islands hand something to the
// reader, written once. Browser code (see src/lib/runtime-boundaries.test.ts).
import { h } from './dom.ts';

/** Saves `contents` as a file named `name` (a JSON export, a merged PDF). */
export function downloadFile(name: string, contents: Blob | string, type = 'application/json'): void {
  const url = URL.createObjectURL(typeof contents === 'string' ? new Blob([contents], { type }) : contents);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; a later revoke frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Copies text to the clipboard; false when the browser refuses (no clipboard API,
 * no permission, an insecure page). On false, select the text so Ctrl-C still works.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Says `text` in a live region; cleared first, so the same message twice is read out twice. */
export function announce(live: HTMLElement, text: string): void {
  live.textContent = '';
  setTimeout(() => (live.textContent = text), 50);
}
