import { describe, expect, it } from 'vitest';
import { creditedOrganizations } from '../../functions/core/classify/entities.js';
import { loadDefaultClassifier } from '../../functions/core/classify/index.js';
import { creditLines } from '../../functions/core/clean/credits.js';
import { processDocument } from '../../functions/core/process-document.js';

describe('credit lines', () => {
  it('reads photo, source and translation credits, alone on a line or in brackets before a caption', () => {
    const text = [
      'Storm hits the coast',
      'Photo: AFP/Jean Martin',
      '(Image : Getty Images) Waves break over the sea wall in Brighton on Sunday.',
      'Source: Press Association',
      'Xinhua – translated by Li Wei –',
      'The storm reached the coast on Sunday, the weather service said.',
    ].join('\n');
    expect(creditLines(text)).toEqual(['AFP/Jean Martin', 'Getty Images', 'Press Association', 'Xinhua']);
  });

  it('finds none in ordinary prose', () => {
    expect(creditLines('The minister said the source of the leak was unknown.\nPhotographs were taken.')).toEqual([]);
  });
});

describe('credited organisations', () => {
  it('names the known agencies of a credit, not the photographer', () => {
    expect(creditedOrganizations(['AFP/Jean Martin', 'Reuters and EFE'], null)).toEqual(['Agence France-Presse', 'Reuters', 'Agencia EFE']);
  });

  it('takes a source that reads as a publication, not a navigation link or a web address', () => {
    expect(creditedOrganizations([], 'Riverton Gazette')).toEqual(['Riverton Gazette']);
    expect(creditedOrganizations([], 'More Riverton News')).toEqual([]);
    expect(creditedOrganizations([], 'riverton.example.com')).toEqual([]);
    expect(creditedOrganizations([], 'Jane Doe')).toEqual([]);
  });

  it('adds them to the organisations of a processed article once', async () => {
    const raw = [
      'Floods close the main bridge',
      '',
      '(Photo : Reuters/Ria Novosti) The bridge over the river was closed on Monday.',
      '',
      'Engineers from the city council inspected the bridge on Monday after the river rose by two metres overnight, and said it would stay closed for a week.',
      '',
      'Reuters reported that the council had asked the army for help with sandbags, and residents were told to stay away from the banks of the river.',
    ].join('\n');
    const article = await processDocument(
      { key: 'incoming/floods.txt', bytes: new TextEncoder().encode(raw), lastModified: new Date('2026-01-01T00:00:00Z') },
      { classifier: loadDefaultClassifier(), now: new Date('2026-01-02T00:00:00Z'), maxBytes: 1 << 20 },
    );
    expect(article.body).not.toContain('Ria Novosti');
    expect(article.entities.organizations.filter((o) => o === 'Reuters')).toHaveLength(1);
    expect(article.entities.organizations).toContain('RIA Novosti');
  });

  it('names the agency of a wire dateline the body leaves out, beside the site that ran the story', async () => {
    const html = `<!doctype html><html><head><title>Chip tester's profit jumps</title><meta property="og:site_name" content="KL Business Review"></head><body><article>
      <h1>Chip tester's profit jumps</h1>
      <p>SEREMBAN, Aug 27 (Selat Wire) – Senawang Precision posted a 34% jump in second-quarter net profit on Thursday as orders for chip-testing equipment rose.</p>
      <p>The company said it would go ahead with a second plant in Nilai, and analysts raised their forecasts for the year after the results.</p>
    </article></body></html>`;
    const article = await processDocument(
      { key: 'incoming/results.html', bytes: new TextEncoder().encode(html), lastModified: new Date('2026-08-28T00:00:00Z') },
      { classifier: loadDefaultClassifier(), now: new Date('2026-08-28T00:00:00Z'), maxBytes: 1 << 20 },
    );
    expect(article.body).not.toContain('Selat Wire');
    expect(article.entities.organizations).toContain('Selat Wire');
    expect(creditedOrganizations([], null, 'Sarhad News Service')).toEqual(['Sarhad News Service']);
  });

  it('takes no day of another calendar beside the masthead date for the source ("1 Sha\'ban 1447")', async () => {
    const raw = ['Tuesday, January 20, 2026 | 1 Sha\'ban 1447', 'The Daily Crescent', 'Floods close the main bridge', '',
      'PESHAWAR, Jan 17 (Sarhad News Service): Engineers inspected the bridge on Monday after the river rose by two metres overnight, and said it would stay closed for a week.', '',
      'The council asked the army for help with sandbags, and residents were told to stay away from the banks of the river until the water falls.'].join('\n');
    const article = await processDocument(
      { key: 'incoming/floods.txt', bytes: new TextEncoder().encode(raw), lastModified: new Date('2026-01-20T00:00:00Z') },
      { classifier: loadDefaultClassifier(), now: new Date('2026-01-21T00:00:00Z'), maxBytes: 1 << 20 },
    );
    expect(article.source).not.toBe("1 Sha'ban 1447");
    expect(article.entities.organizations).toContain('Sarhad News Service');
  });

  it('reads a page’s credits from its captions and credit elements, which the body leaves out', async () => {
    const html = `<!doctype html><html><head><title>Floods close the main bridge</title></head><body><article>
      <h1>Floods close the main bridge</h1>
      <figure><img src="b.jpg" alt=""><figcaption>The bridge on Monday. Photo: Reuters</figcaption></figure>
      <p>Engineers from the city council inspected the bridge on Monday after the river rose by two metres overnight, and said it would stay closed for a week.</p>
      <figure><img src="c.jpg" alt=""><span class="image-credit">AFP</span></figure>
      <p>The council asked the army for help with sandbags, and residents were told to stay away from the banks of the river until the water falls.</p>
    </article></body></html>`;
    const article = await processDocument(
      { key: 'incoming/floods.html', bytes: new TextEncoder().encode(html), lastModified: new Date('2026-01-01T00:00:00Z') },
      { classifier: loadDefaultClassifier(), now: new Date('2026-01-02T00:00:00Z'), maxBytes: 1 << 20 },
    );
    expect(article.body).not.toContain('Photo: Reuters');
    expect(article.entities.organizations).toEqual(expect.arrayContaining(['Reuters', 'Agence France-Presse']));
  });
});
