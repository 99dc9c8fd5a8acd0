import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../functions/core/classify/entities.js';
import { defaultLexiconTable } from '../../functions/core/classify/index.js';

const read = (body: string, language: string) => extractEntities('', body, defaultLexiconTable(), language);

describe('Spanish, Portuguese and Galician bodies opened by their head noun', () => {
  it('reads hospitals, port authorities, harbour offices and provincial directorates with the place they serve', () => {
    expect(read('Os feridos foram levados ao Hospital Municipal de Santarém na madrugada.', 'pt').organizations).toEqual(['Hospital Municipal de Santarém']);
    expect(read('El presidente de la Autoridad Portuaria de Avilés firmó el contrato.', 'es').organizations).toContain('Autoridad Portuaria de Avilés');
    expect(read('La Capitanía de Puerto de Corral cerró el puerto a las naves menores.', 'es').organizations).toEqual(['Capitanía de Puerto de Corral']);
    expect(read('A Direcção Provincial de Saúde da Zambézia enviou brigadas.', 'pt').organizations).toEqual(['Direcção Provincial de Saúde da Zambézia']);
  });
});

describe('an "and" before "of" in a run of capitalised words', () => {
  it('parts two bodies and two places', () => {
    expect(read('En la feria, fiscalizadores de la Seremi y de Sernapesca decomisaron 400 kilos.', 'es').organizations).not.toContain('Seremi y de Sernapesca');
    expect(read('Les pêcheurs vendent à des bolincheurs de Douarnenez, du Guilvinec et de Concarneau.', 'fr').places).toContain('Concarneau');
    expect(read('Le vin vient des viticultores de São Vicente, do Seixal e de Porto Moniz.', 'pt').places).toContain('Porto Moniz');
  });

  it('keeps a portfolio and a name that has its "of" already whole', () => {
    expect(read('Il ministro delle Imprese e del Made in Italy ha parlato.', 'it').places).not.toContain('Made');
    expect(read('O Instituto Português do Mar e da Atmosfera emitiu um aviso.', 'pt').organizations).toEqual(['Instituto Português do Mar e da Atmosfera']);
  });
});

describe('a river or a landform named after its noun and "of the"', () => {
  it('is a place in French, Spanish, Italian and Portuguese', () => {
    expect(read('Les sinistrés ont tout perdu le long de la Vesdre, à Pepinster.', 'fr').places).toContain('Vesdre');
    expect(read('Sur la rive gauche de la Navizence, la route reste fermée.', 'fr').places).toEqual(['Navizence']);
    expect(read('Los vecinos miran el caudal del Tolomosa desde el puente.', 'es').places).toEqual(['Tolomosa']);
    expect(read('La piena del Gallinola ha allagato la strada.', 'it').places).toEqual(['Gallinola']);
    expect(read('As cheias do Licungo isolaram a vila.', 'pt').places).toEqual(['Licungo']);
  });

  it('leaves a body after a news source or a summit alone', () => {
    expect(read('Selon une source proche du Forem, rien ne change.', 'fr').places).toEqual([]);
    expect(read('Le sommet de la Francophonie aura lieu en mai.', 'fr').places).toEqual([]);
  });
});

describe('a kind of body’s noun written small right before a name, outside English', () => {
  it('makes the name a body', () => {
    expect(read('Daarom waarschuwt brancheorganisatie Recron voor problemen.', 'nl').organizations).toEqual(['Recron']);
    expect(read('Het net is vol. Netbeheerder Enexis kan niemand meer aansluiten.', 'nl').organizations).toEqual(['Enexis']);
    expect(read('Le port change. La conserverie Kerbriant investit 6,5 millions.', 'fr').organizations).toEqual(['Kerbriant']);
    expect(read('El grupo vende a la naviera Marinetech Sur desde 2019.', 'es').organizations).toEqual(['Marinetech Sur']);
  });

  it('leaves who speaks for the body after a comma, a point of the compass and a club’s own word alone', () => {
    expect(read('L’association, Marie Dupont, a dit non.', 'fr')).toMatchObject({ people: ['Marie Dupont'], organizations: [] });
    expect(read('O IPMA mantém o aviso para o grupo Oriental até terça.', 'pt').organizations).not.toContain('Oriental');
    expect(read('Club Brugge ontvangt zondag de leider.', 'nl').places).not.toContain('Brugge');
  });
});

describe('hamlets, valleys, glaciers and sports halls outside English', () => {
  it('reads a landform’s word opening the name, and an Italian hall named "Pala…"', () => {
    expect(read('Il danno è alto in Val Venosta e nella Val di Fassa.', 'it').places).toEqual(['Val Venosta', 'Val di Fassa']);
    expect(read('Il sisma ha colpito i Campi Flegrei alle 13.', 'it').places).toEqual(['Campi Flegrei']);
    expect(read('Al PalaSerradimigni finisce 84-79.', 'it').places).toEqual(['PalaSerradimigni']);
  });

  it('names the hamlet after its describing noun and a linking word, and the noun with the name when none stands between', () => {
    expect(read('Un’azienda a Guia, frazione di Valdobbiadene, esporta.', 'it').places).toEqual(['Guia', 'Valdobbiadene']);
    expect(read('Oggi piove. Il ghiacciaio del Belvedere cala ogni anno.', 'it').places).toEqual(['Belvedere']);
    expect(read('Sopra la frana, in località Fornacchi, sono state evacuate dieci case.', 'it').places).toEqual(['località Fornacchi']);
  });

  it('leaves an English given name alone', () => {
    expect(read('Val Kilmer was there.', 'en').places).toEqual([]);
  });
});

describe('Dutch places', () => {
  it('reads a river after "langs de" before "al" (already), and keeps the place a province or a municipality is named by', () => {
    expect(read('Het regent. Er lopen langs de Nete al jaren werken.', 'nl').places).toEqual(['Nete']);
    // Or opening the sentence, where the preposition is capitalised and would open the run.
    expect(read('Het regent. Langs de Nete lopen al jaren werken.', 'nl').places).toEqual(['Nete']);
    const found = read('Het regent. In het oosten van de provincie Antwerpen regende het zwaar.', 'nl');
    expect(found.organizations).toEqual(['provincie Antwerpen']);
    expect(found.places).toHaveLength(1);
  });
});

describe('a Nordic quote’s verb of saying before the speaker', () => {
  it('makes the name after it a person, whatever the given name', () => {
    expect(read('Det var kaldt. – Jeg har drømt om det, sier Kristine Hoel. Hun vant.', 'nb').people).toEqual(['Kristine Hoel']);
    expect(read('Det var kallt. – Vi fortsätter, säger Märta Omma till tidningen.', 'sv').people).toEqual(['Märta Omma']);
  });
});

describe('Nordic given names', () => {
  it('knows common Norwegian and Danish ones the list lacked', () => {
    expect(read('Det var kaldt. I går vant Marte Hoel løpet.', 'nb').people).toEqual(['Marte Hoel']);
    expect(read('Det var koldt. Mogens Friis vandt løbet.', 'da').people).toEqual(['Mogens Friis']);
  });
});

describe('a role’s word before a body’s head', () => {
  it('leaves the body named after it, and the person after the comma', () => {
    expect(read('Este frig. Președintele Consiliului Județean Caraș-Severin, Nicolae Strâmbeanu, a anunțat 2 milioane de lei.', 'ro')).toMatchObject({
      people: ['Nicolae Strâmbeanu'],
      organizations: ['Consiliului Județean Caraș-Severin'],
    });
  });
});
