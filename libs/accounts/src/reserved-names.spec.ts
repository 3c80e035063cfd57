import { AppError } from '@waardenet/core';
import { assertNotReservedName, normalizeDisplayName } from './display-name';
import { isReservedHandle } from './handle-rules';
import { DELETED_ACCOUNT_NAME } from './privacy/account-deletion.service';

const reasonOf = (name: string) => {
  try {
    assertNotReservedName(normalizeDisplayName(name));
    return 'OK';
  } catch (e) {
    return (e as AppError).extensions.reason;
  }
};

describe('names kept for deleted accounts', () => {
  it.each([
    DELETED_ACCOUNT_NAME,
    'Verwijderd Account',
    'VERWIJDERD ACCOUNT',
    '  verwijderd   account ',
    'verwijderd-account',
    'Verwijderd account.',
    'deleted account',
    'Deleted Account',
    'DeletedAccount',
    'deleted_account!',
    'dеleted аccount' /* Cyrillic е and а */,
    'ｖｅｒｗｉｊｄｅｒｄ ａｃｃｏｕｎｔ',
  ])('refuses %j as a display name', (name) => {
    expect(reasonOf(name)).toBe('DISPLAY_NAME_RESERVED');
  });

  it.each(['Verwijderd Boek', 'Account Beheer', 'Anna Verwijderd', 'deleted', 'Delia Accountant'])('allows %j', (name) => {
    expect(reasonOf(name)).toBe('OK');
  });

  it('keeps the handles those names would give, with or without digits', () => {
    for (const handle of ['verwijderdaccount', 'deletedaccount', 'deletedaccount2', 'verwijderd', 'deleted', 'verwijderd7'])
      expect(isReservedHandle(handle)).toBe(true);
    for (const handle of ['verwijderdboek', 'deletedlezer', 'annadeleted', 'accountbeheer']) expect(isReservedHandle(handle)).toBe(false);
  });
});
