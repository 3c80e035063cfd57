import { topicKey } from './expertise.entity';

describe('topicKey', () => {
  it('compares topics without regard to case and spacing', () => {
    expect(topicKey('  Utrechtse   Stadsgeschiedenis ')).toBe('utrechtse stadsgeschiedenis');
    expect(topicKey('Vogels\tvan de Vecht')).toBe(topicKey('vogels van de vecht'));
    expect(topicKey('Vogels')).not.toBe(topicKey('Vogel'));
  });
});
