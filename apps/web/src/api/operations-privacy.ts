/** Export and deletion of the account (issue #15). The export itself is a plain GET: /api/me/export. */
import { graphql } from './generated';

export const DELETE_ACCOUNT = graphql(`mutation DeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }`);
export const EXPORT_PATH = '/api/me/export';
