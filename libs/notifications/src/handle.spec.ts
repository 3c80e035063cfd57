import { HANDLE as ACCOUNT_HANDLE } from '@waardenet/accounts';
import { HANDLE, firstFreeHandle, handleBase } from './handle';

describe('handles', () => {
  it("a handle is what an @mention can name (this copy of accounts' rule is kept for the migrations)", () => {
    expect(HANDLE.source).toBe(ACCOUNT_HANDLE.source);
  });

  it('derives lower-case ascii letters and digits from a display name', () => {
    expect(handleBase('Anna de Vries')).toBe('annadevries');
    expect(handleBase('Zoë Çelik 2')).toBe('zoecelik2');
    expect(handleBase('Ëlla_B-42!')).toBe('ellab42');
  });

  it('pads names with too few usable characters and keeps room for a suffix', () => {
    expect(handleBase('李')).toBe('lezer');
    expect(handleBase('Jo')).toBe('jolezer');
    expect(handleBase('x'.repeat(40))).toHaveLength(24);
    expect(HANDLE.test(handleBase('李'))).toBe(true);
  });

  it('adds a number on collision', () => {
    expect(firstFreeHandle('anna', [])).toBe('anna');
    expect(firstFreeHandle('anna', ['anna'])).toBe('anna2');
    expect(firstFreeHandle('anna', ['anna', 'anna2', 'anna3'])).toBe('anna4');
  });
});
