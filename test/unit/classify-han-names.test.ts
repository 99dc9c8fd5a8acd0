import { describe, expect, it } from 'vitest';
import { defaultLexiconTable, extractEntities } from '../../functions/core/classify/index.js';

const lex = defaultLexiconTable();

describe('names in Chinese and Japanese text', () => {
  it('reads places by the unit or landform that closes them, bodies by their closing word, people by a role or a verb of saying', () => {
    const zh = extractEntities(
      '',
      '宁波天盛电子股份有限公司总部位于慈溪市观海卫镇。公司董事长陈立明表示，新工厂将于明年投产。浙江省经济和信息化厅对此表示欢迎。',
      lex,
      'zh',
    );
    expect(zh.organizations).toEqual(expect.arrayContaining(['宁波天盛电子股份有限公司', '浙江省经济和信息化厅']));
    expect(zh.places).toEqual(expect.arrayContaining(['慈溪市', '观海卫镇']));
    expect(zh.people).toEqual(['陈立明']);
    // The province inside the department's name is part of that name, not a place of the story.
    expect(zh.places).not.toContain('Zhejiang');
    const ja = extractEntities('', '長崎大学の研究チームは、五島列島の沖合で採取した試料を分析した。同大の田中美咲准教授は「予想以上だった」と話す。田中准教授によると、長崎県水産部も調査に協力した。', lex, 'ja');
    expect(ja.organizations).toEqual(expect.arrayContaining(['長崎大学', '長崎県水産部']));
    expect(ja.places).toContain('五島列島');
    // The family name alone later is the same person.
    expect(ja.people).toEqual(['田中美咲']);
  });

  it('reads a province the gazetteer knows under its own name, and no generic word before a unit as a name', () => {
    const zh = extractEntities('', '今年以来，四川省多地降雨偏多。全市共有三个开发区，县城的居民也受到影响。', lex, 'zh');
    expect(zh.places).toEqual(['Sichuan']);
    const ja = extractEntities('', '男子サッカー部は県大会で準優勝した。', lex, 'ja');
    expect(ja.organizations).toEqual([]);
  });
});
