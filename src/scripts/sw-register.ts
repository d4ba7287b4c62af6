// The one script every page loads (budget: 1 kB gzip). Base.astro puts it in
// <head> as a classic, blocking script, so the reader's own theme is on the page
// before its first paint, without an inline script (the CSP forbids those).
// src/lib/node/site-script.ts bundles and minifies it into /_astro/site.<hash>.js.
//
// 1. Theme: the stored choice ("light" or "dark") as <html data-theme>; without
//    one, CSS follows prefers-color-scheme (src/styles/global.css). The toggle in
//    the header (hidden without JavaScript) stores the reader's choice.
// 2. Offline: registers the service worker (<base>sw.js, scripts/service-worker.ts).
//    When a new build's worker is waiting, the page offers "Nieuwe versie
//    beschikbaar: herladen"; the click lets the new worker take over and reloads.
// 3. No layout shift: before the first paint it marks <html data-js>, so that what
//    the scripts show is in place from the start (global.css), and
//    <html data-search-query> when the search page opens with a query (search.css).
import { reveal } from '../lib/client/dom.ts';

const root = document.documentElement;
// JavaScript is on: CSS shows the parts marked data-js-show from the first paint,
// where the scripts would otherwise show them later and move the page (the toggle
// below, the islands' controls).
root.dataset.js = '';
// Opened with a query (the header's search field leads to /zoeken/?q=…): the search
// page keeps room for the results that are on their way (src/styles/search.css).
if (/[?&]q=[^&]/.test(location.search)) root.dataset.searchQuery = '';
const KEY = 'samen-leren-thema';
const data = (document.currentScript as HTMLScriptElement | null)?.dataset ?? {};

let choice: string | null = null;
try {
  choice = localStorage.getItem(KEY);
} catch {
  // Storage blocked: follow the system.
}
if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;

const systemDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset.theme ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';

document.addEventListener('DOMContentLoaded', () => {
  const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!toggle) return;
  const show = () => toggle.setAttribute('aria-pressed', String(isDark()));
  toggle.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Not remembered, but switched.
    }
    show();
  });
  systemDark.addEventListener('change', show);
  show();
  reveal(toggle);
});

const sw = navigator.serviceWorker;
if (data.sw && sw) {
  let reloading = false;
  sw.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  addEventListener('load', () => {
    sw.register(data.sw!, { scope: data.scope! }).then((reg) => {
      const offer = (worker: ServiceWorker | null) => {
        const notice = document.querySelector<HTMLElement>('[data-update]');
        // The first worker replaces nothing: no notice.
        if (!worker || !sw.controller || !notice) return;
        notice.hidden = false;
        notice.querySelector('button')!.onclick = () => {
          reloading = true;
          worker.postMessage({ type: 'SKIP_WAITING' });
        };
      };
      offer(reg.waiting);
      reg.onupdatefound = () => {
        const worker = reg.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offer(worker);
        });
      };
      // A page left open for days: look for a new build when the reader comes back.
      document.addEventListener('visibilitychange', () => {
        if (!document.hidden) reg.update().catch(() => {});
      });
    }, () => {});
  });
}

export {};
