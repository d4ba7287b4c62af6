// Every page works under the strict Content-Security-Policy that README.md ("Zelf hosten")
// tells schools to send: the browser reports no violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import { builtPages, DIST } from '../helpers/dist.ts';
import { CSP } from '../../src/lib/csp.ts';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(DIST, '/', { 'Content-Security-Policy': CSP })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('under a strict CSP', () => {
  it('the policy is strict: no unsafe-inline, no unsafe-eval, no other hosts', () => {
    expect(CSP).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
  });

  it.each(builtPages())('%s reports no CSP violation', async (p) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    const response = await page.goto(server.url + p.slice(1), { waitUntil: 'networkidle0' });
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    // Interact where there is something to interact with, so lazy code runs too.
    if (await page.$('input[type="radio"]')) await page.click('input[type="radio"]');
    await new Promise((r) => setTimeout(r, 100));
    expect(violations).toEqual([]);
    await page.close();
  });

  it('a violation would be caught (the check works)', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(e.violatedDirective));
    });
    await page.goto(`${server.url}`, { waitUntil: 'networkidle0' });
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.x = 1';
      document.body.append(s);
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(violations.join()).toContain('script-src');
    await page.close();
  });
});
