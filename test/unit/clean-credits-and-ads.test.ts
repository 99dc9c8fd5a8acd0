import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { bylineLines } from '../../functions/core/clean/byline.js';
import type { DomElement } from '../../functions/core/clean/dom.js';
import { clean, REPORT } from './clean-report-fixture.js';

const page = (lang: string, title: string, body: string): string =>
  `<html lang="${lang}"><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;

describe('an ad’s copy under its label', () => {
  it('goes when it reads as a business, a dash and its offer, in any language', async () => {
    const html = page('fi', 'Veto kaatoi Jymyn', `<p>${REPORT[0]}</p><p>${REPORT[1]}</p>
      <div class="moduletable"><p class="label">MAINOS</p><p>Vimpelin Kone ja Rauta – Ruohonleikkurit, trimmerit ja mökkitarvikkeet. Avoinna ma–pe 8–17.</p></div>
      <p>${REPORT[2]}</p><p>${REPORT[3]}</p>`);
    const a = await clean(html, 'incoming/veto.html');
    expect(a.paragraphs).toEqual(REPORT);
  });

  it('stays when the paragraph under the label is the article’s', async () => {
    const md = ['# Hunters beat Devils', '', REPORT[0], '', 'ADVERTISEMENT', '', REPORT[1], '', REPORT[2], ''].join('\n');
    const a = await clean(md, 'incoming/hunters.md');
    expect(a.paragraphs).toEqual(REPORT.slice(0, 3));
  });
});

describe('closing prompts in more languages', () => {
  it('drops follow and newsletter prompts and an agency credit line', async () => {
    const { junkKind } = await import('../../functions/core/clean/boilerplate.js');
    for (const line of [
      'Like PNG Daily Nius on Facebook for live scores from every Hunters game.',
      'Sledujte Tatry Dnes aj na Facebooku a Instagrame.',
      "Segueix tota l'actualitat de l'Olot a la nostra secció d'esports i al canal de WhatsApp de Garrotxa Esports.",
      'Meld deg på nyhetsbrevet vårt – nyheter fra Lofoten hver morgen kl. 07.',
      'С информация от БТА',
    ]) expect(junkKind(line), line).not.toBeNull();
    expect(junkKind('The council said it would post the new timetable on Facebook and Instagram before the school holidays begin.')).toBeNull();
  });

  it('reads a Croatian bio with the job before the verb', async () => {
    const text = [
      'Jug pobijedio Mladost', '', 'Autor: Ivo Marić', '1. 8. 2026.', '',
      ...REPORT.flatMap((p) => [p, '']),
      'Ivo Marić sportski je novinar Stradun Infa. Piše o vaterpolu, nogometu i jedrenju.', '',
    ].join('\n');
    const a = await clean(text, 'incoming/jug.txt');
    expect(a.author).toBe('Ivo Marić');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a byline box whose parts the page sets apart only by style', () => {
  it('reads each part as its own line', () => {
    const { document } = parseHTML('<div class="byline"><span>Af <a href="/j">Jesper Lauridsen</a></span><span>Sportsjournalist</span><time>søndag 19. juli 2026</time></div><div class="author"><a>Elif Karaağaç</a><span>Muhabir</span></div>');
    const boxes = document.querySelectorAll('div') as unknown as DomElement[];
    expect(bylineLines(boxes[0]!)[0]).toBe('Af Jesper Lauridsen');
    expect(bylineLines(boxes[1]!)).toEqual(['Elif Karaağaç', 'Muhabir']);
  });
});

describe('a credit over the first paragraph of a page', () => {
  it('names the writer and leaves the body: a labelled credit, a Greek one, a name in capitals', async () => {
    const paragraphs = REPORT.map((p) => `<p>${p}</p>`).join('');
    const finnish = await clean(page('fi', 'Veto kaatoi Jymyn', `<p><strong>Teksti: Henna Ala-Kokko | Kuvat: Teemu Rintala</strong></p>${paragraphs}`), 'incoming/veto.html');
    expect(finnish.author).toBe('Henna Ala-Kokko');
    expect(finnish.paragraphs).toEqual(REPORT);
    const greek = await clean(page('el', 'Ρεκόρ εξαγωγών', `<p><strong>Γράφει η Ελένη Μαρκάκη</strong></p>${paragraphs}`), 'incoming/elaiolado.html');
    expect(greek.author).toBe('Ελένη Μαρκάκη');
    expect(greek.paragraphs).toEqual(REPORT);
    const shouted = await clean(page('en', 'Hunters beat Devils', `<div><i>The crowd at the stadium. Pic: PNG Daily Nius</i></div><div><b>JOSHUA KUMAN</b></div>${paragraphs}`), 'incoming/hunters.html');
    expect(shouted.author).toBe('Joshua Kuman');
    expect(shouted.paragraphs).toEqual(REPORT);
  });

  it('keeps a name set apart after a paragraph, and the name the headline is about', async () => {
    const between = await clean(page('en', 'Hunters beat Devils', `<p>${REPORT[0]}</p><p>Junior Rau</p><p>${REPORT[1]}</p><p>${REPORT[2]}</p>`), 'incoming/hunters.html');
    expect(between.author).toBeNull();
    expect(between.paragraphs).toContain('Junior Rau');
    const subject = await clean(page('en', 'Junior Rau signs for the Hunters', `<p>Junior Rau</p>${REPORT.map((p) => `<p>${p}</p>`).join('')}`), 'incoming/rau.html');
    expect(subject.author).toBeNull();
  });
});

describe('an ad’s label run into its copy', () => {
  it('goes with the copy', async () => {
    const body = `<div>${REPORT[0]}</div><div>${REPORT[1]}</div><div><b>ADVERT</b><br />Riley's Hardware &amp; Boat Supplies, Maun – Mokoro paddles, outboard spares. Open 7 days.</div><div>${REPORT[2]}</div>`;
    const a = await clean(page('en', 'Hunters beat Devils', body), 'incoming/hunters.html');
    expect(a.paragraphs).toEqual(REPORT.slice(0, 3));
  });
});

describe('a select-all copy of a sports report with the site’s furniture under it', () => {
  it('loses a local business’s ad under its label (name, street and town, a dash, the offer) and the site’s blurb under “About us”', async () => {
    const text = [
      'Hunters beat Devils', '', 'By Mark Tane', '', REPORT[0], '', REPORT[1], '', 'SPONSORED',
      'Kila Motors, Waigani Drive, Port Moresby - 140 utes in stock now. Book your test drive on 325 1100.', '', REPORT[2], '',
      'Read Next', '', 'Devils sign prop from Brisbane for next season', '', 'Share this post', '',
      'About us', 'PNG Sport Daily is a volunteer-run website covering rugby league and football in Port Moresby since 2017.', '', 'Follow Us',
    ].join('\n');
    const a = await clean(text, 'hunters.txt');
    expect(a.paragraphs).toEqual(REPORT.slice(0, 3));
  });
});

describe('a local ad’s copy under its label', () => {
  it('may name a season with figures, say what it sells first, or part its name from the offer with a double hyphen or a middle dot', async () => {
    const { isAdCopy } = await import('../../functions/core/clean/boilerplate.js');
    expect(isAdCopy('Crédito agrícola para a campanha 2026/27 – fale com o seu gestor em Moura e Serpa')).toBe(true);
    expect(isAdCopy('Palmy Tyre & Auto -- proud sponsor of Manawatū rugby. 212 Rangitikei Street, Palmerston North.')).toBe(true);
    expect(isAdCopy('Outboards, parts and service – Provo Marine Supply, Leeward Highway')).toBe(true);
    expect(isAdCopy('Holyhead Marine Services · Moorings, repairs, winter storage · 01407 555 014')).toBe(true);
    // A paragraph of the story is no ad's copy.
    expect(isAdCopy('The council voted 7-2 on Tuesday to close the pool for the winter, saving about $40,000.')).toBe(false);
  });
});

describe('an ad’s call to act and an elided name before its dash', () => {
  it('are the ad’s copy under its label ("Download the … app today.", "Switch to … from R399 a month.", "Caseificio Valle dell’Ofanto – …"); a report of the same is not', async () => {
    const { isAdCopy } = await import('../../functions/core/clean/boilerplate.js');
    expect(isAdCopy('Switch to fibre from R399 a month. Free installation in Mthatha and East London this March.')).toBe(true);
    expect(isAdCopy('Buy data, pay bills and send money in seconds. Download the Sahel Pay app today.')).toBe(true);
    expect(isAdCopy('Caseificio Valle dell’Ofanto – mozzarella e caciocavallo podolico, spaccio aperto tutti i giorni a Lioni, via Ronca.')).toBe(true);
    expect(isAdCopy('The council said residents could download the app to report potholes.')).toBe(false);
    expect(isAdCopy('Plans start from R399 a month, the regulator said on Tuesday.')).toBe(false);
  });

  it('takes a short set-up before the colon of the site’s own briefing on a messaging app', async () => {
    const { junkKind } = await import('../../functions/core/clean/boilerplate.js');
    expect(junkKind('Stay ahead of the market: get KL Business Review’s Closing Bell briefing on WhatsApp every trading day at 5.30pm.')).not.toBeNull();
    expect(junkKind('The advice was simple: get the vaccine before winter, the minister said.')).toBeNull();
  });

  it('takes a call not to miss out before a dash, a channel named after its app in a set-up, and a Dutch update stamp as chrome', async () => {
    const { junkKind, isTailMarker } = await import('../../functions/core/clean/boilerplate.js');
    expect(junkKind('Never miss a story from Oswestry and the borders – get our free daily email at 7am.')).not.toBeNull();
    expect(junkKind('Das Westpfalz Journal gibt es jetzt auch auf WhatsApp: Folgen Sie unserem Kanal und verpassen Sie kein Spiel.')).not.toBeNull();
    expect(junkKind('Aangepast op 27 april 2026')).not.toBeNull();
    expect(isTailMarker('Les auteurs')).toBe(true);
    expect(junkKind('Never miss a chance – the council said residents should check the email it sent.')).toBeNull();
  });

  it('reads an illustration’s credit closing a caption as a photo’s ("… Illustration : Cabines Océanes / Atelier Kervella")', async () => {
    const { junkKind } = await import('../../functions/core/clean/boilerplate.js');
    expect(junkKind('Vue d’artiste du futur bâtiment de 32 000 m² à Montoir-de-Bretagne. Illustration : Cabines Océanes / Atelier Kervella Architectes')).not.toBeNull();
  });
});

describe('a sponsor’s box and a paid notice in a select-all copy', () => {
  it('go with their labels, the notice in a block of its own on a page of single lines', async () => {
    const text = [
      'Hunters beat Devils', '', 'By Mark Tane', REPORT[0], REPORT[1], '', 'NOTICE',
      'Power cut in Waigani on Thursday 17 September, 9am to 1pm, for line maintenance. PNG Power apologises for the inconvenience.', '',
      REPORT[2], '', 'Match sponsor', 'KILA MOTORS – Proud sponsor of the Queensland Cup', 'Top up online at kilamotors.pg', '', REPORT[3],
    ].join('\n');
    const a = await clean(text, 'hunters.txt');
    expect(a.paragraphs).toEqual(REPORT);
  });
});

describe('a byline under the story with the site’s headlines under it', () => {
  it('closes the story: the writer is read, and the headlines go from its text and its markup', async () => {
    const { withoutClosingByline } = await import('../../functions/core/clean/closing-byline.js');
    const furniture = ['Penulis: Mark Tane | Editor: Rini Marlina', 'Redaksi', 'Devils sign prop from Brisbane for next season', 'Council approves new grandstand at the stadium'];
    const html = [...REPORT, ...furniture].map((p) => `<p>${p}</p>`).join('');
    const cut = withoutClosingByline([...REPORT, ...furniture], html, null);
    expect(cut.signed).toBe('Mark Tane');
    expect(cut.paragraphs).toEqual(REPORT);
    expect(cut.bodyHtml).not.toMatch(/Redaksi|Devils sign|Penulis/);
    // A sentence under the byline is the story's own: nothing is cut.
    const story = withoutClosingByline([...REPORT, furniture[0]!, 'The club will appeal the suspension, its chairman said.'], null, null);
    expect(story.paragraphs).toHaveLength(REPORT.length + 2);
  });

  it('is a dash and the writer\'s name with the place it was filed from ("– Dilhani Fernandopulle in Negombo"), not a dash before a phrase', async () => {
    const { withoutClosingByline } = await import('../../functions/core/clean/closing-byline.js');
    const signed = withoutClosingByline([...REPORT, '– Dilhani Fernandopulle in Negombo'], null, null);
    expect(signed.signed).toBe('Dilhani Fernandopulle');
    expect(signed.paragraphs).toEqual(REPORT);
    const phrase = withoutClosingByline([...REPORT, '– More to follow on this story'], null, null);
    expect(phrase.signed).toBeNull();
  });

  it('loses a reading-rewards prompt', async () => {
    const rewards = await clean(['# Hunters beat Devils', '', ...REPORT.flatMap((p) => [p, '']), 'Read 3 articles and stand to win rewards', '', 'Spin the wheel now'].join('\n'), 'hunters.md');
    expect(rewards.paragraphs).toEqual(REPORT);
  });
});
