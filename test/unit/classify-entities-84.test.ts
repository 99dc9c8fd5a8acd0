import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../functions/core/classify/entities.js';
import { defaultLexiconTable } from '../../functions/core/classify/index.js';

const read = (body: string, language: string, sportsTopic = false) => extractEntities('', body, defaultLexiconTable(), language, sportsTopic);

describe('the speaker named after a verb of saying, in the Romance languages', () => {
  it('is a person, whatever the given name, after the verb, the speaker’s job, or the job and a comma', () => {
    expect(read('“Estamos viendo una señal”, explicó la vulcanóloga Javiera Quilodrán, del Observatorio.', 'es').people).toEqual(['Javiera Quilodrán']);
    expect(read('“Si el volcán se pone feo”, contó Segundo Llancafil, agricultor de Quelhue.', 'es').people).toEqual(['Segundo Llancafil']);
    expect(read('«Non si è fermato», dice il responsabile della manutenzione per la provincia di Belluno, Ivano Soppelsa. Per riaprire.', 'it').people).toEqual(['Ivano Soppelsa']);
    expect(read('“É um marco”, afirmou o presidente da cooperativa, Osmar Kuhnen.', 'pt').people).toEqual(['Osmar Kuhnen']);
  });

  it('leaves a body or a place in that spot as it was', () => {
    expect(read('«Perdemos o rali», disse o piloto de Ponta Delgada.', 'pt')).toMatchObject({ people: [], places: ['Ponta Delgada'] });
    expect(read('“Es grave”, explicó la Corporación Nacional Forestal en un comunicado.', 'es')).toMatchObject({ people: [], organizations: ['Corporación Nacional Forestal'] });
    expect(read('“É um marco”, afirmou Banco Regional em nota.', 'pt').people).toEqual([]);
  });
});

describe('clubs in match reports in other languages', () => {
  it('reads a club named with its town before the score, in a match report', () => {
    const body = 'W czwartkowy wieczór hokeiści pokonali przed własną publicznością Zagłębie Sosnowiec 4:3 po dogrywce.';
    expect(read(body, 'pl', true).organizations).toEqual(['Zagłębie Sosnowiec']);
    // Not outside one, where a time or a ratio may follow a name.
    expect(read(body, 'pl', false).organizations).toEqual([]);
  });

  it('reads Polish clubs’ initials', () => {
    expect(read('W półfinale zmierzą się z KH Energa Toruń, który wyeliminował STS Sanok.', 'pl').organizations).toEqual(['KH Energa Toruń', 'STS Sanok']);
  });
});

describe('bodies by their nouns', () => {
  it('reads a Nordic body in the genitive, named in the nominative', () => {
    expect(read('Forskarna har gått igenom mätningar från Vätternvårdsförbundets provtagningsstationer mellan Jönköping och Motala.', 'sv').organizations).toEqual(['Vätternvårdsförbundet']);
  });

  it('reads a hamlet’s and a district’s government, not a place the lists know whole', () => {
    expect(read('The Peel River rose overnight, and the Hamlet of Aklavik declared an emergency.', 'en').organizations).toContain('Hamlet of Aklavik');
    const dc = read('Officials in the District of Columbia said the roads were closed.', 'en');
    expect(dc.places).toContain('District of Columbia');
    expect(dc.organizations).toEqual([]);
  });

  it('reads a field station as an institute', () => {
    expect(read('Scientists at the Forfar Field Station in Stafford Creek said the holes were changing.', 'en')).toMatchObject({ organizations: ['Forfar Field Station'], places: ['Stafford Creek'] });
  });

  it('strips "Elder" before a name as a title', () => {
    expect(read('Residents of Aklavik fled. Elder Bertha Kisoun-Lang, 84, said she had seen it before.', 'en').people).toEqual(['Bertha Kisoun-Lang']);
  });
});

describe('names closed by a trade, an event or a Māori connector', () => {
  it('reads millers and a regatta as bodies, not a town named for its mills', () => {
    expect(read('The mill, owned by Tswapong Grain Millers, will employ 95 people.', 'en').organizations).toEqual(['Tswapong Grain Millers']);
    expect(read('Devon Bhagwandin won the Bartica Easter Regatta feature race on Monday.', 'en').organizations).toEqual(['Bartica Easter Regatta']);
    expect(read('The firm moved from Owings Mills to Towson last year.', 'en').places).toContain('Owings Mills');
  });

  it('keeps "ki" inside a Māori body’s name', () => {
    expect(read('The Ngāti Rehua Ngātiwai ki Aotea Trust owns the land above the bay.', 'en').organizations).toEqual(['Ngāti Rehua Ngātiwai ki Aotea Trust']);
  });
});

describe('a public body named by its field and the place it serves', () => {
  it('reads "Transport for Wales" and a growers’ body before its country', () => {
    expect(read('Transport for Wales added two coaches to the morning train.', 'en').organizations).toEqual(['Transport for Wales']);
    expect(read('The growers told Horticulture New Zealand last week.', 'en').organizations).toEqual(['Horticulture New Zealand']);
    expect(read('Money for Nothing played in Wales.', 'en').organizations).toEqual([]);
  });
});
