import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../functions/core/classify/entities.js';
import { defaultLexiconTable } from '../../functions/core/classify/index.js';

const read = (body: string, language: string) => extractEntities('', body, defaultLexiconTable(), language);

describe('bodies written in sentence case and closed by the place they serve', () => {
  it('reads the whole French name, and keeps the place as a place', () => {
    const found = read('Selon l’hydrologue Sophie Berclaz, du Service des dangers naturels du canton du Valais, l’événement reste rare.', 'fr');
    expect(found.organizations).toEqual(['Service des dangers naturels du canton du Valais']);
    expect(found.places).toEqual(['Valais']);
    expect(read('Thierry Le Bihan, président de la Chambre régionale d’agriculture de Bretagne, redoute la suite.', 'fr').organizations).toEqual(['Chambre régionale d’agriculture de Bretagne']);
    expect(read('Le Comité régional des pêches maritimes et des élevages marins de Bretagne (CRPMEM) demande un report.', 'fr').organizations).toContain('Comité régional des pêches maritimes et des élevages marins de Bretagne');
  });

  it('reads the Italian ones', () => {
    expect(read('Il Comando provinciale dei vigili del fuoco di Reggio Calabria ha inviato tre squadre.', 'it').organizations).toEqual(['Comando provinciale dei vigili del fuoco di Reggio Calabria']);
    expect(read('L’Ordine dei medici di Foggia protesta da settimane.', 'it').organizations).toEqual(['Ordine dei medici di Foggia']);
  });

  it('takes a place of several words whole, with its particles', () => {
    expect(read('L’Agence régionale de santé des Pays de la Loire a confirmé trois cas.', 'fr').organizations).toEqual(['Agence régionale de santé des Pays de la Loire']);
    expect(read('La Société de pêche du Clos du Doubs craint une nouvelle crue.', 'fr').organizations).toEqual(['Société de pêche du Clos du Doubs']);
  });

  it('ends the name at the place’s last letter when a participle follows', () => {
    expect(read('Selon une étude de la Station biologique de Roscoff publiée ce jeudi, la surface a diminué.', 'fr').organizations).toEqual(['Station biologique de Roscoff']);
    expect(read('Le vote du Conseil départemental de la Guadeloupe publié hier a surpris.', 'fr').organizations).toEqual(['Conseil départemental de la Guadeloupe']);
  });

  it('reads no verb as a linking word, no competition and no body named after another', () => {
    expect(read('La Fédération des producteurs de lait demande des aides de Berne.', 'fr').organizations).not.toContain('Fédération des producteurs de lait demande des aides de Berne');
    expect(read('Elle nage la Coupe du monde de World Aquatics cet été.', 'fr').organizations).not.toContain('Coupe du monde de World Aquatics');
    expect(read('Lo studio dell’Istituto per la protezione sostenibile delle piante del Cnr è uscito.', 'it').organizations).not.toContain('Istituto per la protezione sostenibile delle piante del Cnr');
  });
});
