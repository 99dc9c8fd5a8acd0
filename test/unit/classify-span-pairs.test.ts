import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../functions/core/classify/entities.js';
import { defaultLexiconTable } from '../../functions/core/classify/index.js';

const read = (body: string, language: string) => extractEntities('', body, defaultLexiconTable(), language);

describe('the other end of a span whose one end is a known place, outside English', () => {
  it('reads "between … and …" and "from … to …" in several languages', () => {
    expect(read('Die Pinzgauer Lokalbahn fährt zwischen Zell am See und Mittersill nicht.', 'de').places).toContain('Mittersill');
    expect(read('“Het leeft in de hele Achterhoek, van Aalten tot Groenlo”, zegt Gerritsen.', 'nl').places).toContain('Groenlo');
    expect(read('A empresa explora 900 hectares entre Toulões e Castelo Branco, anunciou.', 'pt').places).toContain('Toulões');
  });

  it('takes no German noun for a place', () => {
    expect(read('Der Turm erfasst den Gasaustausch zwischen Boden und Luft rund um die Uhr.', 'de').places).not.toContain('Luft');
    expect(read('Der Streit zwischen Wien und Umgebung geht weiter.', 'de').places).toEqual(['Vienna']);
  });
});
