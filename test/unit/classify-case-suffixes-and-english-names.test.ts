import { describe, expect, it } from 'vitest';
import { suffixPlaceNominative } from '../../functions/core/classify/entities/suffix-nominative.js';
import { loadDefaultClassifier } from '../../functions/core/classify/index.js';

const classifier = loadDefaultClassifier();
const entities = (body: string, title = 'Naujienos') => classifier.classify({ title, body }).entities;

describe('places a Lithuanian, Latvian or Hungarian article names in another case', () => {
  it('finds the nominative the lists know', () => {
    expect(suffixPlaceNominative('Kaune', 'lt')).toMatch(/^Kaunas$/);
    expect(suffixPlaceNominative('Vilniaus', 'lt')).toMatch(/^Vilnius$/);
    expect(suffixPlaceNominative('Klaipėdoje', 'lt')).toMatch(/^Klaip[ėe]da$/);
    expect(suffixPlaceNominative('Šiaulių', 'lt')).toMatch(/^[ŠS]iauliai$/);
    expect(suffixPlaceNominative('Liepājas', 'lv')).toMatch(/^Liep[āa]ja$/);
    expect(suffixPlaceNominative('Szegeden', 'hu')).toBe('Szeged');
    expect(suffixPlaceNominative('Békéscsabáról', 'hu')).toBe('Békéscsaba');
  });

  it('reads no case form of a word no list knows, nor in another language', () => {
    expect(suffixPlaceNominative('Petraičio', 'lt')).toBeUndefined();
    expect(suffixPlaceNominative('Kaune', 'pl')).toBeUndefined();
    expect(suffixPlaceNominative('Kovácson', 'hu')).toBeUndefined();
  });

  it('takes such a form alone in a sentence as a place', () => {
    const body = [
      'Pirmosios ketvirtfinalio serijos rungtynės Kaune vyks gegužės 2-ąją, o antrosios – po trijų dienų namuose.',
      'Kitose paskutinio turo rungtynėse Vilniaus komanda namuose 92:77 įveikė svečius ir užsitikrino antrąją vietą lentelėje.',
      'Treneris sakė, kad žaidėjai pavargo, tačiau komanda yra pasiruošusi atkrintamosioms varžyboms ir tiki pergale.',
    ].join('\n\n');
    const { places } = entities(body);
    expect(places).toEqual(expect.arrayContaining(['Kaune', 'Vilniaus']));
  });
});

describe('English place and company names', () => {
  it('keeps "New" that opens a place inside a sentence', () => {
    expect(entities('Winter and spring empty out New World Island, the fishermen said on Monday.', 'Island news').places).toContain('New World Island');
  });

  it('reads a brewer or a distiller named by its trade as a company', () => {
    expect(entities('Pelican Brewing will hire fourteen people this summer, the company said.', 'Jobs').organizations).toContain('Pelican Brewing');
  });
});

describe('names closed by a noun in lower case (Finnish, Estonian, Lithuanian, Latvian)', () => {
  it('reads the body the noun makes of the name before it, in the case the sentence gives it', () => {
    const body = 'Tutkimuksen tekivät Itä-Suomen yliopiston ja Ilmatieteen laitoksen tutkijat yhdessä, kertoi professori Aino Venäläinen tiistaina. Tulokset julkaistiin syksyllä, ja työ jatkuu ensi vuonna.';
    expect(entities(body, 'Tutkimus jatkuu').organizations).toEqual(expect.arrayContaining(['Itä-Suomen yliopiston', 'Ilmatieteen laitoksen']));
  });

  it('takes the words between the name and a body’s noun, not a description before a place’s', () => {
    const lithuanian = 'Apie sprendimą šeštadienį pranešė Kėdainių rajono savivaldybė, o vaikų treniruotes ir toliau rengs Kėdainių sporto mokyklos treneriai. Klubas tikisi, kad žiūrovų salėje bus daugiau nei pernai, kai sezonas baigėsi anksčiau.';
    expect(entities(lithuanian, 'Klubas žaidžia toliau').organizations).toEqual(expect.arrayContaining(['Kėdainių rajono savivaldybė', 'Kėdainių sporto mokyklos']));
    const estonian = 'Saaremaa on Eesti suurim saar ja Kuressaare selle ainus linn. Kohalikud ootavad suvel rohkem külalisi kui mullu, ütles vallavanem.';
    expect(entities(estonian, 'Saarel on rahvast').places).not.toContain('Eesti suurim saar');
  });
});

describe('names only the headline gives', () => {
  const body = 'Young ospreys raised beside the estuary are cutting days off their first migration by flying straight out to sea, a study has found. The birds were tagged as chicks over eight summers.';

  it('counts a place the lists know in a headline written in sentence case', () => {
    expect(entities(body, 'Welsh ospreys take a shorter road to Africa, tracking study finds').places).toContain('Africa');
  });

  it('leaves a headline in title case, a word opening it and a sports headline alone', () => {
    expect(entities(body, 'Ospreys Take A Shorter Road To Africa, Study Finds').places).not.toContain('Africa');
    expect(entities(body, 'Apple growers turn to rail as the ospreys fly south').organizations).not.toContain('Apple');
    const match = 'The home side scored twice in the second half to win the league title in front of a full stadium, and the captain lifted the trophy.';
    expect(entities(match, 'Rovers seal the title as Derry are beaten at home').places).not.toContain('Derry');
  });
});

describe('words a head noun’s stem opens that head no name', () => {
  it('reads no body in a Finnish debate or in something illegal', () => {
    const body = 'Kokouksessa Suomen keskustelu kääntyi kalastukseen, ja Saimaan laitonta kalastusta vastustettiin jyrkästi. Asiasta kertoi tiistaina Ilmatieteen laitoksen edustaja, joka seurasi kokousta.';
    const { organizations } = entities(body, 'Keskustelu jatkuu');
    expect(organizations).toContain('Ilmatieteen laitoksen');
    expect(organizations.some((o) => /keskustelu|laitonta/u.test(o))).toBe(false);
  });
});

describe('given names of Galicia, Catalonia, Slovenia, Croatia, Finland, Slovakia and Lithuania', () => {
  it('open an untitled person outside English', () => {
    const galician = 'O patrón maior, Xesús Pernas Lamelas, explicou que a campaña foi boa para toda a frota. A conserveira contratará noventa e cinco persoas antes do verán.';
    expect(entities(galician, 'A conserveira contrata').people).toContain('Xesús Pernas Lamelas');
    const lithuanian = 'Rungtynių pabaigoje tritaškį pataikė Rokas Dambrauskas, o komanda laimėjo aštuonerias rungtynes iš eilės. Treneris pagyrė visą komandą už kovingumą.';
    expect(entities(lithuanian, 'Komanda laimėjo').people).toContain('Rokas Dambrauskas');
  });
});

describe('places named in Cyrillic, in any case', () => {
  it('finds the place the lists know in the Latin script', async () => {
    const { cyrillicPlace } = await import('../../functions/core/classify/entities/cyrillic-places.js');
    expect(cyrillicPlace('Москве', 'ru')).toBe('Moscow');
    expect(cyrillicPlace('Томска', 'ru')).toBe('Tomsk');
    expect(cyrillicPlace('Львові', 'uk')).toBe('Lviv');
    expect(cyrillicPlace('Единой', 'ru')).toBeUndefined();
    expect(cyrillicPlace('Москве', 'de')).toBeUndefined();
  });

  it('takes such a word alone in a sentence as a place', () => {
    const body = 'Депутаты городской думы Томска в четверг утвердили бюджет на следующий год. Делегация из Новосибирска прибыла утром, а вечером уехала в Казань.';
    expect(entities(body, 'Бюджет утвержден').places).toEqual(expect.arrayContaining(['Томска', 'Новосибирска', 'Казань']));
  });
});

describe('a district named by its adjective in Cyrillic', () => {
  it('is no town of the same stem', async () => {
    const { cyrillicPlace } = await import('../../functions/core/classify/entities/cyrillic-places.js');
    expect(cyrillicPlace('Кировском', 'ru')).toBeUndefined();
    expect(cyrillicPlace('Советском', 'ru')).toBeUndefined();
  });
});
