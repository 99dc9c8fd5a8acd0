import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../functions/core/classify/entities.js';
import { defaultLexiconTable } from '../../functions/core/classify/index.js';
import { worldTownSize } from '../../functions/core/classify/world-places.js';

const read = (body: string) => extractEntities('', body, defaultLexiconTable(), 'de');

describe('German towns after a town’s preposition', () => {
  it('reads a village whose ending looks like a noun’s but is a town’s', () => {
    expect(read('Die Frau ist da. Die 27-Jährige arbeitet in Mayrhofen als Physiotherapeutin.').places).toEqual(['Mayrhofen']);
    expect(read('Die Versuche laufen bei Hadmersleben und in Gatersleben seit Jahren.').places).toEqual(['Hadmersleben', 'Gatersleben']);
  });

  it('leaves a noun with such an ending alone', () => {
    expect(read('Es geht um das Überleben in Zeiten der Krise, sagte sie.').places).toEqual([]);
  });
});

describe('the world list', () => {
  it('knows a town GeoNames names with a qualifier in brackets by the name the news writes', () => {
    expect(worldTownSize('Kempten')).toBe('city');
    expect(read('Ein Sprecher des Polizeipräsidiums in Kempten sprach von Glück.').places).toEqual(['Kempten']);
  });
});

describe('German nouns that look like places', () => {
  it('reads no settlement’s ending after an article’s contraction, and no weather after "bei"', () => {
    expect(read('Der Tag war gut. Er ist Schweizer Meister im Skispringen. Sie wohnt im Pflegeheim.').places).toEqual([]);
    expect(read('Der Tag war gut. Er wandert im Ötztal.').places).toEqual(['Ötztal']);
    expect(read('Der Tag war gut. Die Zuschauer verfolgten den Wettkampf bei Sonnenschein und leichtem Rückenwind.').places).toEqual([]);
  });
});
