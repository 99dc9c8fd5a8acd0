import { describe, expect, it } from 'vitest';
import { ConfigError, readFeedConfig } from '../../functions/shared/config.js';

describe('feed configuration', () => {
  it('reads the topics as a JSON array of names', () => {
    const config = readFeedConfig({ TABLE_NAME: 'articles', TOPICS: '["World","Sci/Tech"]' });
    expect(config.topics).toEqual(['World', 'Sci/Tech']);
  });

  it('knows no topics when TOPICS is unset', () => {
    expect(readFeedConfig({ TABLE_NAME: 'articles' }).topics).toEqual([]);
  });

  it.each(['World,Sports', '{"a":1}', '["World", 3]', '[""]'])('rejects TOPICS=%s, saying what it wants', (value) => {
    expect(() => readFeedConfig({ TABLE_NAME: 'articles', TOPICS: value })).toThrow(ConfigError);
    expect(() => readFeedConfig({ TABLE_NAME: 'articles', TOPICS: value })).toThrow(/TOPICS must be a JSON array/);
  });
});
