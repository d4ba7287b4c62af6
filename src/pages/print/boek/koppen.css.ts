// The running headers of the print book, generated from the book map: one named
// page per chapter with its title in the top-right margin box (Chromium supports
// named pages and @page margin boxes, but not string-set). A static file, so the
// book page needs no inline style.
import { siteContext } from '../../../lib/node/context.ts';
import { chapterId, runningHeadCss, runningHeadTitle } from '../../../lib/shared/print.ts';
import { t } from '../../../lib/node/ui.ts';

export function GET(): Response {
  const book = siteContext().book;
  const labels = { step: t('step'), tool: t('tool') };
  const css = runningHeadCss(t('siteTitle'), book.order.map((e) => ({ id: chapterId(e.path), title: runningHeadTitle(e, labels) })));
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
