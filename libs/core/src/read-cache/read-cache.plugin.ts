import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode } from 'graphql';
import type { RequestContext } from '../context/request-context';
import { CACHEABLE_ROOT_FIELDS } from './read-record';

/**
 * Tells an anonymous read's ReadRecord (when the read cache gave it one) what Apollo learnt: whether the
 * operation is a query of only CACHEABLE_ROOT_FIELDS, and whether the answer came out clean (no errors,
 * no viewer). Anything else leaves the record refusing, so nothing is stored.
 */
export function readCachePlugin(): ApolloServerPlugin<{ rc?: RequestContext }> {
  return {
    async requestDidStart({ contextValue }) {
      const record = contextValue.rc?.readRecord;
      if (!record) return undefined;
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return record.taint('no operation');
          if (operation.operation !== OperationTypeNode.QUERY) return record.taint(`a ${operation.operation}`);
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD || !CACHEABLE_ROOT_FIELDS.has(selection.name.value) || selection.directives?.length) {
              return record.taint('a root field other than thread or community');
            }
          }
          record.operationIsCacheable();
        },
        async willSendResponse({ response, contextValue: { rc } }) {
          if (rc?.viewer) record.taint('a viewer');
          if (response.body.kind !== 'single') return record.taint('an incremental answer');
          if (response.body.singleResult.errors?.length) record.taint('errors');
          if (response.http.status !== undefined && response.http.status !== 200) record.taint(`HTTP ${response.http.status}`);
        },
      };
    },
  };
}
