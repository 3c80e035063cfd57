import { parseMentions } from './mentions';

describe('parseMentions', () => {
  it('finds @handles in text, lower-cased and each once', () => {
    expect(parseMentions('Hoi @anna en @Bert99, wat denk jij @anna?')).toEqual(['anna', 'bert99']);
  });

  it('ignores code spans and code blocks', () => {
    expect(parseMentions('Zie `@anna` en\n\n```\n@bert\n```\n\n    @carla\n\nmaar wel @dirk')).toEqual(['dirk']);
  });

  it('does not take e-mail addresses or too short names for mentions', () => {
    expect(parseMentions('Mail anna@example.org of @ab, of schrijf @piet.')).toEqual(['piet']);
  });

  it('finds mentions in emphasis, lists and links, and at the start of a line', () => {
    expect(parseMentions('@eva zegt:\n\n- **@fred**\n- [@gijs](https://example.org)\n> @hans')).toEqual(['eva', 'fred', 'gijs', 'hans']);
  });

  it('keeps at most 20 distinct mentions per post', () => {
    const many = Array.from({ length: 30 }, (_, i) => `@naam${i}`).join(' ');
    expect(parseMentions(many)).toHaveLength(20);
  });
});
