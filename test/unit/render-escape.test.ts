import { describe, expect, it } from 'vitest';
import { cleanText, escapeHtml, escapeXml } from '../../functions/core/render/index.js';
import { decodeXmlText, hostileString, makeRandom } from '../fixtures/render/xml-check.js';

describe('cleanText', () => {
  it('removes C0 controls except tab, LF and CR', () => {
    let all = '';
    for (let c = 0; c < 0x20; c++) all += String.fromCharCode(c);
    expect(cleanText(`a${all}b`)).toBe('a\t\n\rb');
  });

  it('removes U+FFFE, U+FFFF, DEL and C1 controls', () => {
    expect(cleanText('x\ufffey\uffffz\u007f\u0085\u009f!')).toBe('xyz!');
  });

  it('removes lone surrogates but keeps valid pairs', () => {
    expect(cleanText('a\ud800b\udc00c\ud83d\ude00d\udbff')).toBe('abc\ud83d\ude00d');
    expect(cleanText('\ude00\ud83d')).toBe('');
  });

  it('keeps ordinary Unicode untouched', () => {
    const s = 'Zürich 北京 Ω — “quotes” \u2028 \ufeff';
    expect(cleanText(s)).toBe(s);
  });
});

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &apos;');
  });

  it('cannot produce a CDATA terminator', () => {
    expect(escapeXml(']]>]]>')).toBe(']]&gt;]]&gt;');
  });

  it('does not double-decode existing entities', () => {
    expect(escapeXml('&amp; &#0;')).toBe('&amp;amp; &amp;#0;');
  });

  it('property: output is safe XML text and decodes back to the cleaned input', () => {
    const random = makeRandom(0x5eed);
    for (let i = 0; i < 2000; i++) {
      const input = hostileString(random, 12);
      const out = escapeXml(input);
      expect(out).not.toMatch(/[<>"']/);
      expect(out).not.toContain(']]>');
      // eslint-disable-next-line no-control-regex -- asserting control characters are gone
      expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(decodeXmlText(out, 'property')).toBe(cleanText(input));
    }
  });
});

describe('escapeHtml', () => {
  it('escapes markup characters with HTML-safe references', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
