import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../functions/core/render/index.js';
import { unsafeHtmlFindings } from '../fixtures/render/html-check.js';
import { hostileString, makeRandom } from '../fixtures/render/xml-check.js';

const BASE = 'https://site.example/news/';

describe('sanitizeHtml', () => {
  it('keeps the allowed structure', () => {
    const html =
      '<h2>Head</h2><p>A <em>b</em> <strong>c</strong> <b>d</b> <i>e</i> <code>f</code><br></p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote><pre>x</pre>' +
      '<table><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">d</td></tr></tbody></table>' +
      '<figure><img src="https://img.example/a.png" alt="A" title="T"><figcaption>cap</figcaption></figure>';
    expect(sanitizeHtml(html)).toBe(
      '<h2>Head</h2><p>A <em>b</em> <strong>c</strong> <b>d</b> <i>e</i> <code>f</code><br /></p>' +
        '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote><pre>x</pre>' +
        '<table><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">d</td></tr></tbody></table>' +
        '<figure><img src="https://img.example/a.png" alt="A" title="T" /><figcaption>cap</figcaption></figure>',
    );
  });

  it('drops script, style, iframe, svg and form content entirely', () => {
    expect(
      sanitizeHtml('<p>ok</p><script>alert(1)</script><style>p{}</style><iframe src="https://x">fallback</iframe><svg><script>x</script></svg><noscript>n</noscript>'),
    ).toBe('<p>ok</p>');
  });

  it('drops event handlers and style attributes', () => {
    expect(sanitizeHtml('<p onclick="x()" style="color:red" class="c" id="i">t</p><img src="https://a.example/i.png" onerror="alert(1)">')).toBe(
      '<p>t</p><img src="https://a.example/i.png" />',
    );
  });

  it('removes javascript:, vbscript: and data: URLs, including obfuscated ones', () => {
    const out = sanitizeHtml(
      '<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt:alert(1)">b</a><a href="java\tscript:alert(1)">c</a>' +
        '<a href="&#106;avascript:alert(1)">d</a><a href=" javascript:alert(1)">e</a><a href="vbscript:x">f</a>' +
        '<a href="data:text/html,<script>alert(1)</script>">g</a><img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)">',
      BASE,
    );
    expect(out).toBe('<a>a</a><a>b</a><a>c</a><a>d</a><a>e</a><a>f</a><a>g</a>');
  });

  it('keeps http, https and mailto links; makes relative URLs absolute', () => {
    expect(
      sanitizeHtml('<a href="/a">1</a><a href="b?x=1&amp;y=2">2</a><a href="//cdn.example/c">3</a><a href="mailto:x@y.example">4</a><img src="../i.png" alt="">', BASE),
    ).toBe(
      '<a href="https://site.example/a">1</a><a href="https://site.example/news/b?x=1&amp;y=2">2</a><a href="https://cdn.example/c">3</a><a href="mailto:x@y.example">4</a><img src="https://site.example/i.png" alt="" />',
    );
  });

  it('without a base URL keeps relative links as they are but still drops unsafe schemes', () => {
    expect(sanitizeHtml('<a href="/a">1</a><a href="javascript:x">2</a><img src="/i.png"><img src="data:image/gif;base64,R0">')).toBe(
      '<a href="/a">1</a><a>2</a><img src="/i.png" />',
    );
  });

  it('keeps mailto out of images', () => {
    expect(sanitizeHtml('<img src="mailto:a@b.example">', BASE)).toBe('');
  });

  it('turns h1 into h2 and escapes text', () => {
    expect(sanitizeHtml(`<h1>T</h1><p>a &lt; b & "c" 'd' ]]></p>`)).toBe('<h2>T</h2><p>a &lt; b &amp; &quot;c&quot; &#39;d&#39; ]]&gt;</p>');
  });

  it('removes characters invalid in XML', () => {
    expect(sanitizeHtml('<p>a\u0000b\u0001c\ud800d\uffffe</p>')).toBe('<p>abcde</p>');
  });

  it('property: the output of random hostile HTML contains only allowed elements, attributes and URLs', () => {
    const random = makeRandom(2025);
    const tags = ['<p>', '</p>', '<a href="', '">', '</a>', '<img src="', '" onerror="alert(1)">', '<div style="x">', '</div>', '<svg onload=alert(1)>', '<math>', '<table>', '<td>', '<b>', '<object data="x">', '<embed src=javascript:x>', '<form action="javascript:x"><input>', '<base href="javascript:/">', '<meta http-equiv="refresh" content="0;url=javascript:x">', '<link rel=import href=x>'];
    for (let i = 0; i < 1500; i++) {
      let html = '';
      const n = 1 + Math.floor(random() * 10);
      for (let j = 0; j < n; j++) html += random() < 0.5 ? tags[Math.floor(random() * tags.length)] : hostileString(random, 3);
      const out = sanitizeHtml(html, BASE);
      expect(unsafeHtmlFindings(out), `${JSON.stringify(html)} -> ${JSON.stringify(out)}`).toEqual([]);
    }
  });
});
