import { describe, expect, it } from 'vitest';
import countryNames from '../../functions/core/classify/data/country-names.packed.json' with { type: 'json' };
import { extractEntities } from '../../functions/core/classify/entities.js';
import gazetteer from '../../functions/core/classify/data/gazetteer.json' with { type: 'json' };
import { DEMONYMS, GIVEN_NAMES, norm } from '../../functions/core/classify/entities/tables.js';
import { defaultLexiconTable } from '../../functions/core/classify/index.js';
import { unpackText } from '../../functions/core/classify/packed.js';
import { readCountryNameSources, serializeCountryNames } from '../../scripts/lib/country-name-sources.js';

const lex = defaultLexiconTable();
const sources = readCountryNameSources(new URL('../../functions/core/classify/data/country-names', import.meta.url).pathname);

describe("countries' names in the other languages read", () => {
  it('ships the lists as they are written (run `npx tsx scripts/build-country-names.ts` after editing one)', () => {
    expect(unpackText(countryNames.packed)).toBe(serializeCountryNames(sources));
  });

  it('holds no given name, no everyday English word and no English demonym, which would turn a person or a word into a country', () => {
    // "Latvian" is Finnish for Latvia's, and English for Latvian.
    const english = [...gazetteer.countries, ...gazetteer.places].map((line) => norm(line.split('|')[0]!));
    const demonymShaped = new Set(english.flatMap((n) => [`${n}n`, `${n}an`, `${n}i`, `${n}ian`, ...(n.endsWith('a') ? [`${n.slice(0, -1)}an`, `${n.slice(0, -1)}ian`] : [])]));
    const clashes = [...sources.values()].flat().map((form) => form.replace(/^~/, '')).filter((form) => GIVEN_NAMES.has(norm(form)) || lex.isCommon(form) || DEMONYMS.has(norm(form)) || demonymShaped.has(norm(form)));
    expect(clashes).toEqual([]);
  });

  it('names a country by its English name whatever the language and case', () => {
    const sv = extractEntities('Exporten till Tyskland ökar', 'Äppelodlarna på Åland säljer allt mer till Tyskland och Sverige, enligt producentförbundet.', lex, 'sv');
    expect(sv.places).toEqual(expect.arrayContaining(['Germany', 'Sweden']));
    const fi = extractEntities('Vienti kasvaa', 'Yritys kertoi, että Ruotsissa ja Norjassa myynti kasvoi selvästi viime vuonna.', lex, 'fi');
    expect(fi.places).toEqual(expect.arrayContaining(['Sweden', 'Norway']));
    const ru = extractEntities('Экспорт растёт', 'Компания увеличила поставки в Германию и Китай, сообщил представитель компании в Москве.', lex, 'ru');
    expect(ru.places).toContain('China');
  });

  it('leaves English names that look like another language\'s name of a country alone', () => {
    const en = extractEntities('Study published', 'Researchers at Columbia University said the Latvian and Serbian teams joined the trial, the Indonesian ministry said.', lex, 'en');
    expect(en.places).not.toEqual(expect.arrayContaining(['Colombia']));
    expect(en.places).not.toContain('Latvia');
    expect(en.places).not.toContain('Serbia');
  });
});
