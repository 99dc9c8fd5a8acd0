import { describe, expect, it } from 'vitest';
import { isAdCopy, splitDateline } from '../../functions/core/clean/boilerplate.js';
import { sameStory } from '../../functions/core/clean/text-utils.js';
import { clean, REPORT } from './clean-report-fixture.js';

describe('a wire dateline', () => {
  it('is a town in capitals and a full stop in a German-language local paper ("GMÜND. Rettungswagen …"), not a label in capitals ("UPDATE. …")', () => {
    expect(splitDateline('GMÜND. Rettungswagen aus Niederösterreich dürfen künftig über die Grenze fahren.')).toEqual({ text: 'Rettungswagen aus Niederösterreich dürfen künftig über die Grenze fahren.', agency: null, place: 'GMÜND' });
    expect(splitDateline('BAD ISCHL. Der Kurort baut ein neues Hallenbad.').place).toBe('BAD ISCHL');
    expect(splitDateline('UPDATE. The road has reopened.').text).toBe('UPDATE. The road has reopened.');
    expect(splitDateline('NASA said the launch would go ahead.').text).toBe('NASA said the launch would go ahead.');
  });

  it('names the province in title case in brackets after the town ("PONTREMOLI (Massa-Carrara), 27 gennaio (ANA) –")', () => {
    const read = splitDateline('PONTREMOLI (Massa-Carrara), 27 gennaio (ANA) – Il pronto soccorso resterà aperto ventiquattro ore su ventiquattro.');
    expect(read).toEqual({ text: 'Il pronto soccorso resterà aperto ventiquattro ore su ventiquattro.', agency: 'ANA', place: 'PONTREMOLI' });
  });

  it('is read under a comment count the page sets on a line of its own ("0")', async () => {
    const md = [
      '# Hunters beat Devils', '', 'By [Mary Kila](https://example.com/author/mary-kila/)', '', 'March 10, 2026', '', '0', '',
      `**PORT MORESBY, March 9 (Pacific Wire) —** ${REPORT[0]}`, '', ...REPORT.slice(1).flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.paragraphs).toEqual(REPORT);
    expect(a.dateline).toBe('PORT MORESBY');
  });
});

describe('a note’s short label over a clipped page', () => {
  it('tells the same story as the headline when both name its acronym', () => {
    expect(sameStory('DRI to send cloud-seeding drones into winter storms over Tahoe', 'DRI drones (Sentinel)')).toBe(true);
    // The short words of a headline in capitals are no acronyms.
    expect(sameStory('TO BE OR NOT: THE PLAY RETURNS', 'TO THE lighthouse')).toBe(false);
  });

  it('gives way to the page’s headline and its date', async () => {
    const md = [
      '# PNG Hunters (Courier)', '', 'Saved Fri Mar 6, 2026 from Opera. Source: https://www.pngcourier.com/sport/hunters-devils', '',
      '[Skip to main content](#main-content)', '', 'Port Moresby’s daily since 1962', '',
      '# PNG Hunters win fifth in a row as Kila scores twice against the Devils', '', 'By [Mary Kila](https://www.pngcourier.com/staff/mary-kila)', '',
      'Sports reporter', '', 'Mar 4, 2026 · Updated Mar 5, 2026, 9:12 a.m.', '', ...REPORT.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.title).toBe('PNG Hunters win fifth in a row as Kila scores twice against the Devils');
    expect(a.published).toBe('2026-03-04');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('an ad’s copy', () => {
  it('reads as a business’s name and a colon before its offer, not a sentence that explains', () => {
    expect(isAdCopy('Shree Marudhar Cement: strength you can trust. Ask your dealer today.')).toBe(true);
    expect(isAdCopy('Caves du Combalou : visite des caves et dégustation tous les jours, à Roquefort-sur-Soulzon.')).toBe(true);
    expect(isAdCopy('A vízművek is figyelnek: a telepek szűrőit havonta ellenőrzik.')).toBe(false);
  });

  it('goes under a Swiss label ("Inserat") or a label in English, in a copied page', async () => {
    for (const [label, copy] of [
      ['Inserat', 'Garage Hefti Schwanden – Ihr Partner für Service und Reifenwechsel. Jetzt Termin online buchen.'],
      ['Advertisement', 'Harbour Hardware & Lumber: tarps, generators and chainsaws in stock. Open until 6 pm all week.'],
    ]) {
      const text = ['Hunters beat Devils', '', REPORT[0], '', REPORT[1], '', label!, copy!, '', REPORT[2], '', REPORT[3], ''].join('\n');
      const a = await clean(text, 'incoming/hunters.txt');
      expect(a.paragraphs, label).toEqual(REPORT);
    }
  });

  it('goes under a banner that links to a campaign’s landing page, when it names the site', async () => {
    const md = [
      '# Hunters beat Devils', '', REPORT[0], '', REPORT[1], '',
      '[![](media/image4.jpeg)](https://www.polderhallen.nl/?utm_source=courier)', '',
      'Warehouse to let in Lae? Polderhallen Property has units from 400 m² available.', '',
      '[![](https://www.example.com/banner-la23-728x90.jpg)](https://tiendala23.com.co/?utm_source=courier)', '',
      'Tienda Deportiva La 23: official jerseys delivered across the province.', '',
      REPORT[2], '', REPORT[3], '',
    ].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a timeline set in a copied story', () => {
  it('goes with its label, its points each opening on a date', async () => {
    const text = [
      'Hunters beat Devils', '', REPORT[0], '', REPORT[1], '', 'TIMELINE OF THE SEASON', '',
      'May 2, 2025 (Friday): Hunters lose the opener in Ipswich', 'June 2025: Coach Aiton signs a new contract', 'August 2025: Semi-final in Brisbane', '',
      REPORT[2], '', REPORT[3], '',
    ].join('\n');
    const a = await clean(text, 'incoming/hunters.txt');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a blog engine’s entry title in an <h3>', () => {
  it('is the headline when it links to the page’s own address under the site’s name', async () => {
    const url = 'https://www.pngcourier.com/index.php?x=entry:entry260127-091500';
    const html = `<html lang="en"><head><title>PNG Courier » Hunters win again</title>
      <meta property="og:site_name" content="PNG Courier"><meta property="og:title" content="Hunters too good for Devils">
      <link rel="canonical" href="${url}"></head><body><h1><a href="https://www.pngcourier.com/">PNG Courier</a></h1>
      <div class="entry"><h3 class="entry-title"><a href="${url}">Hunters win fifth in a row as Kila scores twice against the Devils</a></h3>
      ${REPORT.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const a = await clean(html, 'incoming/hunters.html');
    expect(a.title).toBe('Hunters win fifth in a row as Kila scores twice against the Devils');
  });
});
