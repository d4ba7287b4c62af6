import { describe, expect, it } from 'vitest';
import { ownPageProblems, linkProblem } from './own-page-check.ts';
import { svgProblems } from '../node/brand-files.ts';

const FRONT = '---\ntitle: Test\nsummary: Een pagina.\n---\n\n';
const page = (body: string) => `${FRONT}Gewone tekst.\n\n${body}\n`;

describe('an own page is checked against an allow-list', () => {
  it('lets Markdown, links to other sites, handbook links, tables and a few elements through', () => {
    const ok = page([
      '## Kop', '', '- lijst met **vet** en [een site](https://www.onzeschool.nl/) en [mail](mailto:a@b.nl)',
      '', '| a | b |', '| - | - |', '| 1 | 2 |', '',
      '[Dialoog](/gereedschap/dialoog/) en [hier](#kop) en <abbr title="Professionele leergemeenschap">PLG</abbr>.',
      '', '<details><summary>Meer</summary>Tekst</details>', '',
      '<Figure title="Een tabel" description="Uitleg.">', '', '| x |', '| - |', '| 1 |', '', '</Figure>',
    ].join('\n'));
    expect(ownPageProblems(ok)).toEqual([]);
  });

  // Each hostile page: what it tries, and a word the message must contain.
  const hostile: [string, string, RegExp][] = [
    ['a script', '<script>alert(1)</script>', /<script> laadt of doet iets/],
    ['an outside image in Markdown', '![x](https://elders.nl/pixel.png)', /afbeelding/],
    ['a protocol-relative image', '![x](//elders.nl/pixel.png)', /afbeelding/],
    ['an <img> element', '<img src="https://elders.nl/a.png" alt="" />', /<img>/],
    ['an <img> without scheme', '<img src="//elders.nl/a.png" alt="" />', /<img>/],
    ['a <link>', '<link rel="stylesheet" href="https://elders.nl/a.css" />', /<link>/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://elders.nl" />', /<meta>/],
    ['an <object>', '<object data="https://elders.nl/a.swf"></object>', /<object>/],
    ['an <svg><image>', '<svg><image href="https://elders.nl/a.png" /></svg>', /<svg>/],
    ['an <iframe>', '<iframe src="https://elders.nl/"></iframe>', /<iframe>/],
    ['a javascript: link in Markdown', '[klik](javascript:alert(1))', /"javascript:"/],
    ['a javascript: link with spaces', '<a href=" jav&#x09;ascript:alert(1)">x</a>', /link/],
    ['a data: link', '[klik](data:text/html;base64,PHNjcmlwdD4=)', /"data:"/],
    ['an event handler', '<span onmouseover="alert(1)">x</span>', /onmouseover \(JavaScript\)/],
    ['an inline style', '<span style="background:url(https://elders.nl/a)">x</span>', /style/],
    ['an expression', 'Het is {new Date().getFullYear()}.', /tussen \{ \} is code/],
    ['a flow expression', '{process.exit(1)}', /tussen \{ \} is code/],
    ['an import', "import x from 'node:fs'", /import of export/],
    ['an export', 'export const a = 1', /import of export/],
    ['an attribute from code', '<span title={globalThis.x}>x</span>', /is code/],
    ['a spread attribute', '<span {...globalThis}>x</span>', /uit code/],
    ['a <base>', '<base href="https://elders.nl/" />', /<base>/],
    ['a form', '<form action="https://elders.nl/"><input name="a" /></form>', /<form>/],
    ['a reference-style javascript link', '[klik][a]\n\n[a]: javascript:alert(1)', /"javascript:"/],
    ['a protocol-relative link', '[klik](//elders.nl/)', /begint met "\/\/"/],
  ];
  for (const [what, body, message] of hostile) {
    it(`refuses ${what}, naming the line`, () => {
      const problems = ownPageProblems(page(body));
      expect(problems.length, what).toBeGreaterThan(0);
      expect(problems.join('\n')).toMatch(message);
      // The body starts on line 8 of the file (four lines of front-matter, a blank line, one text line, a blank line).
      expect(problems[0]).toMatch(what.startsWith('a reference-style') ? /^regel 10: / : /^regel 8: /);
    });
  }

  it('reports invalid MDX with its line and a hint', () => {
    const problems = ownPageProblems(page('Een <onaf element'));
    expect(problems[0]).toMatch(/^regel 8: geen geldige MDX \(.*\)\. Een < of \{ in gewone tekst schrijf je als \\< of \\\{$/);
  });

  it('lets links to other sites stay plain links', () => {
    for (const url of ['https://www.nro.nl/', 'http://a.nl', 'mailto:x@y.nl', 'tel:+31 38 123', '/stappen/', '#a']) {
      expect(linkProblem(url), url).toBeUndefined();
    }
  });
});

describe('an SVG logo cannot hide a reference behind escapes', () => {
  const hostileLogos: [string, string][] = [
    ['a CSS-escaped @import', '<svg><style>@\\69mport "https://elders.nl/a.css";</style></svg>'],
    ['a CSS-escaped url(', '<svg><style>rect{fill:u\\rl(https://elders.nl/a)}</style></svg>'],
    ['a hex-escaped url(', '<svg><style>rect{fill:\\75\\72\\6c(https://elders.nl/a)}</style></svg>'],
    ['a comment inside url', '<svg><style>rect{fill:u/**/rl(https://elders.nl/a)}</style></svg>'],
    ['a character reference in href', '<svg><image href="&#x68;ttps://elders.nl/a.png"/></svg>'],
    ['an entity-encoded javascript link', '<svg><a href="&#106;avascript:alert(1)"><rect/></a></svg>'],
    ['an animated href', '<svg><a><set attributeName="href" to="https://elders.nl"/></a></svg>'],
    ['a DOCTYPE with entities', '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>'],
  ];
  for (const [what, svg] of hostileLogos) {
    it(`refuses ${what}`, () => expect(svgProblems(svg).length, what).toBeGreaterThan(0));
  }
});
