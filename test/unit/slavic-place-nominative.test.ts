import { describe, expect, it } from 'vitest';
import { loadDefaultClassifier } from '../../functions/core/classify/index.js';
import { slavicPlaceNominative } from '../../functions/core/classify/entities/slavic-nominative.js';
import { feedKeysFor } from '../../functions/core/feed-keys.js';
import { articleTags } from '../../functions/core/render/urls.js';
import { makeArticle } from '../support/articles.js';

const classifier = loadDefaultClassifier();

describe('the nominative of a place a Slavic article names in another case', () => {
  it.each([
    ['pl', 'Białymstoku', 'Białystok'],
    ['pl', 'Hajnówce', 'Hajnówka'],
    ['pl', 'Krakowie', 'Krakow'],
    ['pl', 'Poznaniu', 'Poznań'],
    ['pl', 'Łodzi', 'Łódź'],
    ['pl', 'Katowicach', 'Katowice'],
    ['pl', 'Opolu', 'Opole'],
    ['pl', 'Warszawie', 'Warsaw'],
    ['pl', 'Zielonej Górze', 'Zielona Góra'],
    ['pl', 'Bielska Podlaskiego', 'Bielsk Podlaski'],
    ['pl', 'Gorzowie Wielkopolskim', 'Gorzów Wielkopolski'],
    ['cs', 'Brně', 'Brno'],
    ['cs', 'Praze', 'Prague'],
    ['cs', 'Třeboně', 'Třeboň'],
    ['cs', 'Plzni', 'Plzeň'],
    ['cs', 'Liberci', 'Liberec'],
    ['cs', 'Českých Budějovicích', 'České Budějovice'],
    ['cs', 'Karlových Varech', 'Karlovy Vary'],
    ['cs', 'Jindřichova Hradce', 'Jindřichův Hradec'],
    ['sk', 'Žiline', 'Žilina'],
    ['sk', 'Košiciach', 'Košice'],
    ['sk', 'Banskej Bystrici', 'Banská Bystrica'],
    ['hr', 'Rijeci', 'Rijeka'],
    ['hr', 'Zadru', 'Zadar'],
    ['sr', 'Novom Sadu', 'Novi Sad'],
    ['sl', 'Ljubljani', 'Ljubljana'],
  ])('%s "%s" is %s', (language, written, nominative) => {
    expect(slavicPlaceNominative(written, language)).toBe(nominative);
  });

  it('leaves nominatives, names no list knows, other languages and another town of the case form alone', () => {
    expect(slavicPlaceNominative('Kraków', 'pl')).toBeUndefined();
    expect(slavicPlaceNominative('Brno', 'cs')).toBeUndefined();
    // A village no list holds: the endings alone would only guess.
    expect(slavicPlaceNominative('Trześciance', 'pl')).toBeUndefined();
    expect(slavicPlaceNominative('Krakowie', 'de')).toBeUndefined();
    // "Koła" is a town's name as it stands; only the gazetteer could overrule that.
    expect(slavicPlaceNominative('Koła', 'pl')).toBeUndefined();
    expect(slavicPlaceNominative('Niša', 'sr')).toBe('Niš');
  });

  it("keys a Polish article's town on its nominative while showing it as the article writes it", () => {
    const result = classifier.classify({
      title: 'Nowy most w Białymstoku otwarty',
      body:
        'W Białymstoku otwarto w poniedziałek nowy most nad rzeką Białą. Inwestycja kosztowała 40 milionów złotych, poinformował urząd miasta.\n\n' +
        'Podobny most powstanie w przyszłym roku w Hajnówce, a prace projektowe trwają także w Łomży.',
    });
    expect(result.language).toBe('pl');
    expect(result.entities.places).toEqual(expect.arrayContaining(['Białymstoku', 'Hajnówce']));
    expect(result.entityFeedNames).toMatchObject({ Białymstoku: 'Białystok', Hajnówce: 'Hajnówka' });
    const article = makeArticle('incoming/pl.txt', { language: 'pl', entities: result.entities, entityFeedNames: result.entityFeedNames });
    expect(feedKeysFor(article)).toEqual(expect.arrayContaining(['entity:bialystok', 'entity:hajnowka']));
    expect(feedKeysFor(article)).not.toContain('entity:bialymstoku');
    expect(articleTags(article)).toContainEqual({ name: 'Białymstoku', slug: 'bialystok', scheme: 'entity' });
  });
});

describe('a lone name in a Slavic article that is a case form of a place the lists know', () => {
  const body = (sentence: string): string =>
    `${sentence}\n\nJedna osoba nie żyje, a czternaście zostało rannych po nocnej nawałnicy. Strażacy interweniowali od północy ponad tysiąc razy, a drogi były zablokowane przez drzewa.`;

  it('is that place as written, with or without a preposition ("z Płocka, Olsztyna i Torunia", "nad Polską")', async () => {
    const c = await classifier;
    const got = c.classify({ title: 'Nawałnica', body: body('Spółka ściągnęła do pomocy brygady z Płocka, Olsztyna i Torunia. Burze mogą przejść nad północno-wschodnią Polską.') });
    expect(got.entities.places).toEqual(expect.arrayContaining(['Płocka', 'Olsztyna', 'Torunia', 'Polską']));
  });

  it('is named by the form the lists know when the article also writes it, even less often ("Rijeka" over "Rijeke")', async () => {
    const c = await classifier;
    const got = c.classify({
      title: 'Bura',
      body: 'Autobusi iz Rijeke kasne zbog bure. Putnici iz Rijeke čekaju na kolodvoru.\n\nRijeka je zatvorila luku, a trajekti za otoke ne plove od jutra. Lučka kapetanija upozorava da će vjetar puhati do večeri.',
    });
    expect(got.entities.places).toContain('Rijeka');
    expect(got.entities.places).not.toContain('Rijeke');
  });

  it('is one place however many cases the article writes it in, a consonant changed or not ("z Ostrołęki", "w Ostrołęce")', async () => {
    const c = await classifier;
    const got = c.classify({ title: 'Nawałnica', body: body('Brygady z Ostrołęki przyjechały rano. Ranni trafili do szpitala w Ostrołęce.') });
    expect(got.entities.places.filter((p) => p.startsWith('Ostrołę'))).toHaveLength(1);
  });
});
