// Loading a page of the built site for a PDF, and making it fit for paper
// before it is printed (scripts/pdf.ts calls both for every PDF).
import type { HTTPResponse, Page } from 'puppeteer-core';

/**
 * Makes a loaded page fit for paper before it is printed. Links: a link to a part
 * of the same page becomes a link inside the PDF; a link to another page of the
 * site goes to the public address when it is known (publicBase), and is plain
 * text otherwise; never to the local server the page was loaded from. Forms:
 * nothing ticked or filled in, whatever the page's defaults.
 */
export async function prepareForPaper(page: Page, options: { publicBase?: string; base: string; sitePath: string }): Promise<void> {
  await page.evaluate(({ publicBase, base, sitePath }) => {
    for (const a of document.querySelectorAll<HTMLAnchorElement | SVGAElement>('a[href], a[*|href]')) {
      const attr = a.hasAttribute('href') ? 'href' : 'xlink:href';
      const raw = a.getAttribute(attr) ?? '';
      let url: URL;
      try {
        url = new URL(raw, location.href);
      } catch {
        continue;
      }
      if (url.origin !== location.origin) continue; // another website, mailto:, …
      const inSite = url.pathname.startsWith(base);
      const site = inSite ? `/${url.pathname.slice(base.length)}` : undefined;
      if (site === sitePath && url.hash.length > 1) {
        a.setAttribute(attr, url.hash);
      } else if (publicBase && site !== undefined) {
        a.setAttribute(attr, publicBase + site.slice(1) + url.search + url.hash);
        a.setAttribute('data-site-link', ''); // a page of the handbook: its title is enough, no address after it
      } else {
        // Plain text: no longer a link, so it must not look like one either.
        a.removeAttribute(attr);
        a.style.color = 'inherit';
        a.style.textDecoration = 'none';
      }
    }
    const style = document.createElement('style');
    style.textContent = 'a[data-site-link]::after { content: none !important; }';
    document.head.append(style);
    for (const input of document.querySelectorAll('input')) {
      if (input.type === 'radio' || input.type === 'checkbox') {
        input.checked = false;
        input.removeAttribute('checked');
      } else if (input.type !== 'hidden') {
        input.value = '';
        input.removeAttribute('value');
      }
    }
    for (const area of document.querySelectorAll('textarea')) area.value = '';
  }, options);
}

/** Loads a page for printing; a missing page or a missing style sheet is an error that names it. */
export async function openForPrint(page: Page, url: string, timeout: number): Promise<string> {
  const broken: string[] = [];
  const onResponse = (r: HTTPResponse) => {
    if (r.status() >= 400) broken.push(`${r.url()} (${r.status()})`);
  };
  page.on('response', onResponse);
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout });
    if (!response || !response.ok()) throw new Error(`de pagina ${url} gaf ${response ? `status ${response.status()}` : 'geen antwoord'}`);
    if (broken.length) throw new Error(`de pagina laadt bestanden die niet bestaan: ${broken.join(', ')}`);
    return await page.$eval('meta[name="description"]', (m) => m.getAttribute('content') ?? '').catch(() => '');
  } finally {
    page.off('response', onResponse);
  }
}
