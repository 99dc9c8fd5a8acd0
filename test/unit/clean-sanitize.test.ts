import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sanitizeBody, type DomElement } from '../../functions/core/clean/dom.js';
import { stripInert } from '../../functions/core/clean/prestrip.js';
import { unsafeHtmlFindings } from '../fixtures/render/html-check.js';
import { hostileString, makeRandom } from '../fixtures/render/xml-check.js';

const BASE = 'https://news.example/world/story.html';

function body(html: string): DomElement {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return (document as unknown as { body: DomElement }).body;
}

describe('sanitizeBody', () => {
  it('keeps paragraphs, headings, lists, quotes, links and images, renaming h1, b and i', () => {
    expect(
      sanitizeBody(
        body('<h1>Top</h1><p>A <b>bold</b> and <i>slanted</i> <a href="/next">link</a>.</p><ul><li>one</li></ul><blockquote>q</blockquote><figure><img src="pics/a.jpg" alt="A &quot;big&quot; one"><figcaption>cap</figcaption></figure>'),
        BASE,
      ),
    ).toBe(
      '<h2>Top</h2><p>A <strong>bold</strong> and <em>slanted</em> <a href="https://news.example/next">link</a>.</p><ul><li>one</li></ul><blockquote>q</blockquote><figure><img src="https://news.example/world/pics/a.jpg" alt="A &quot;big&quot; one" /></figure>',
    );
  });

  it('drops scripts, styles, frames and forms with their content, and every attribute but href/src/alt', () => {
    const out = sanitizeBody(
      body('<p onclick="x()" style="color:red" class="c">t<script>alert(1)</script><style>p{}</style></p><iframe src="https://x.example/">f</iframe><svg><text>s</text></svg><button>Share</button><noscript>n</noscript>'),
      BASE,
    );
    expect(out).toBe('<p>t</p>');
  });

  it('removes javascript:, data: and protocol-less junk URLs', () => {
    const out = sanitizeBody(body('<p><a href="javascript:alert(1)">a</a> <a href=" JaVa\tScRiPt:alert(1)">b</a> <img src="data:image/png;base64,AAAA"><img src="javascript:x"></p>'), BASE);
    expect(out).toBe('<p><a>a</a> <a>b</a> </p>');
  });

  it('keeps a table whole but unwraps rows and cells whose table was cut away', () => {
    const { document } = parseHTML('<!doctype html><html><body><table><tr><td id="cell"><p>Lead paragraph.</p><table><tr><th>Team</th><td>12</td></tr></table></td></tr></table></body></html>');
    const cell = document.getElementById('cell') as unknown as DomElement;
    const out = sanitizeBody(cell, BASE);
    expect(out.startsWith('<p>Lead paragraph.</p>')).toBe(true);
    expect(out).toContain('<table><tr><th>Team</th><td>12</td></tr></table>');
    expect(sanitizeBody(body('<tr><td><p>Stray row.</p></td></tr>'), BASE)).toBe('<p>Stray row.</p>');
  });

  it('escapes text, so markup in text stays text', () => {
    expect(sanitizeBody(body('<p>5 &lt; 6 &amp;&amp; &lt;script&gt;</p>'), BASE)).toBe('<p>5 &lt; 6 &amp;&amp; &lt;script&gt;</p>');
  });

  it('drops empty blocks and chrome images, keeps an image-only paragraph', () => {
    expect(sanitizeBody(body('<p> </p><p><br></p><ul><li></li></ul><p><img src="/logo.png"></p><p><img src="/photo.jpg"></p>'), BASE)).toBe(
      '<p><img src="https://news.example/photo.jpg" /></p>',
    );
  });

  it('never leaves a block inside a paragraph', () => {
    expect(sanitizeBody(body('<p>lead<h2>Head</h2>tail</p>'), BASE)).toBe('<p>lead</p><h2>Head</h2>tail');
  });

  it('property: random hostile markup comes out with only allowed elements, attributes and URLs', () => {
    const random = makeRandom(77);
    const tags = ['<p>', '</p>', '<a href="', '">', '</a>', '<img src="', '" onerror="alert(1)">', '<div style="x">', '</div>', '<svg onload=alert(1)>', '<math>', '<table>', '<td>', '<b>', '<object data="x">', '<embed src=javascript:x>', '<form action="javascript:x"><input>', '<iframe srcdoc="<script>x</script>">', '<script>', '</script>', '<h1>', '<!--', '-->'];
    for (let i = 0; i < 800; i++) {
      let html = '';
      const n = 1 + Math.floor(random() * 10);
      for (let j = 0; j < n; j++) html += random() < 0.5 ? tags[Math.floor(random() * tags.length)] : hostileString(random, 3);
      const out = sanitizeBody(body(stripInert(html)), BASE);
      expect(unsafeHtmlFindings(out), `${JSON.stringify(html)} -> ${JSON.stringify(out)}`).toEqual([]);
      expect(out, JSON.stringify(html)).not.toMatch(/<script|<iframe/i);
    }
  });
});

describe('stripInert', () => {
  it('removes comments, scripts, styles, svg, noscript and templates, keeping JSON-LD', () => {
    const html =
      '<head><script>var a = "<p>not text</p>";</script><style>p { color: red }</style>' +
      '<script type="application/ld+json">{"headline":"H"}</script></head>' +
      '<body><!-- <p>gone</p> --><p>one</p><svg><svg><path/></svg><text>x</text></svg><noscript><img src="t.gif"></noscript>' +
      '<template><p>t</p></template><p>two</p></body>';
    expect(stripInert(html)).toBe('<head><script type="application/ld+json">{"headline":"H"}</script></head><body><p>one</p><p>two</p></body>');
  });

  it('reads tags the way a parser does: quoted ">" in attributes, "<script" inside a title, any case', () => {
    expect(stripInert('<p title="a > b">x</p><SCRIPT data-x="</script>">y</ScRiPt >z')).toBe('<p title="a > b">x</p>z');
    expect(stripInert('<title>About <script> tags</title><p>k</p>')).toBe('<title>About <script> tags</title><p>k</p>');
    expect(stripInert('<p>a</p><img src="x"/><svg viewBox="0 0 1 1"/><p>b</p>')).toBe('<p>a</p><img src="x"/><p>b</p>');
  });

  it('drops an unterminated script or comment to the end, as a browser would', () => {
    expect(stripInert('<p>a</p><script>var x = 1; <p>b</p>')).toBe('<p>a</p>');
    expect(stripInert('<p>a</p><!-- <p>b</p>')).toBe('<p>a</p>');
  });

  it('keeps text whose letters change length when lower-cased', () => {
    const html = '<p>İstanbul İİİ</p><script>x</script><p>after</p>';
    expect(stripInert(html)).toBe('<p>İstanbul İİİ</p><p>after</p>');
  });

  it('stays linear on deeply nested and unterminated inert elements', () => {
    const deep = `<p>a</p>${'<svg><g>'.repeat(50_000)}${'</g></svg>'.repeat(50_000)}<p>b</p>`;
    const opens = `<p>a</p>${'<template><svg>'.repeat(50_000)}</template><p>b</p>`;
    const started = performance.now();
    expect(stripInert(deep)).toBe('<p>a</p><p>b</p>');
    expect(stripInert(opens)).toBe('<p>a</p>');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('leaves a page without inert parts untouched', () => {
    const html = '<html><body><p>a < b and c > d</p></body></html>';
    expect(stripInert(html)).toBe(html);
  });
});
