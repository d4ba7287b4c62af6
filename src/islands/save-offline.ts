// "Bewaar alles voor onderweg" (src/components/SaveOffline.astro): fetches every
// PDF through the service worker, whose CacheFirst route for pdf/ keeps each one
// (src/scripts/sw.ts), and shows how far it is. A PDF already kept is not fetched again.
function start(): void {
  const root = document.querySelector<HTMLElement>('[data-save-offline]');
  if (!root || !('serviceWorker' in navigator) || !('caches' in window)) return;
  const files = JSON.parse(root.dataset.files ?? '[]') as string[];
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Record<'saving' | 'saved' | 'failed' | 'unavailable', string>;
  const button = root.querySelector<HTMLButtonElement>('[data-save-button]')!;
  const progress = root.querySelector('progress')!;
  const status = root.querySelector<HTMLElement>('[data-save-status]')!;
  const say = (text: string, done: number) =>
    (status.textContent = text.replace('{done}', String(done)).replace('{total}', String(files.length)));

  button.addEventListener('click', async () => {
    if (!navigator.serviceWorker.controller) {
      say(texts.unavailable, 0);
      return;
    }
    button.disabled = true;
    progress.hidden = false;
    let done = 0;
    try {
      for (const file of files) {
        if (!(await caches.match(file))) {
          const response = await fetch(file);
          if (!response.ok) throw new Error(`${file}: ${response.status}`);
          await response.arrayBuffer();
        }
        progress.value = ++done;
        say(texts.saving, done);
      }
      say(texts.saved, done);
    } catch {
      say(texts.failed, done);
    } finally {
      button.disabled = false;
    }
  });
  root.hidden = false;
}

start();

export {};
