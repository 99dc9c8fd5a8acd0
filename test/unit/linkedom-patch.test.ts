import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

const linkedomDir = dirname(createRequire(import.meta.url).resolve('linkedom/package.json'));

describe('the patched linkedom', () => {
  it('is what the install left: no listener map made for every node, in both of its builds', () => {
    for (const build of ['esm', 'cjs']) {
      const source = readFileSync(join(linkedomDir, build, 'interface', 'event-target.js'), 'utf8');
      const constructorBody = /constructor\(\) \{([^}]*)\}/u.exec(source)?.[1] ?? '';
      expect(constructorBody, build).not.toContain('wm.set');
      expect(source, build).toContain('if (!wm.has(this))');
    }
  });

  it('still delivers events to the listeners added, and to none once removed', () => {
    const { document } = parseHTML('<html><body><main><p id="p">Text</p></main></body></html>');
    const paragraph = document.getElementById('p')!;
    const main = document.querySelector('main')!;
    const heard: string[] = [];
    const onParagraph = (): void => void heard.push('p');
    paragraph.addEventListener('ping', onParagraph);
    main.addEventListener('ping', () => heard.push('main'));
    paragraph.dispatchEvent(new document.defaultView.Event('ping', { bubbles: true }));
    expect(heard).toEqual(['p', 'main']);
    paragraph.removeEventListener('ping', onParagraph);
    main.removeEventListener('other', onParagraph);
    document.body.removeEventListener('ping', onParagraph);
    paragraph.dispatchEvent(new document.defaultView.Event('ping', { bubbles: true }));
    expect(heard).toEqual(['p', 'main', 'main']);
  });
});
