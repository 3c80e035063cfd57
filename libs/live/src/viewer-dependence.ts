import { DocumentNode, GraphQLSchema, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { RequestContext, isViewerDependent } from '@waardenet/core';

/**
 * Whether one compiled subscription document may be shared across viewers. One object per document,
 * held by every listener of it: when a shared execution turns out to read the viewer, setting
 * `perViewer` re-keys them all.
 */
export interface Sharing {
  perViewer: boolean;
  /** For the log: the operation's name, or the start of its text. */
  label: string;
  /** The declared viewer-dependent fields it selects ("Type.field"), the reason it is per viewer from the start. */
  dependentFields: string[];
}

/** The fields declared @ViewerDependent that a document selects anywhere (fragments included), as "Type.field". */
export function viewerDependentFields(schema: GraphQLSchema, document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const found = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (field && parent && isViewerDependent(field)) found.add(`${parent.name}.${field.name}`);
      },
    }),
  );
  return [...found];
}

export function sharingOf(schema: GraphQLSchema, document: DocumentNode, label: string): Sharing {
  const dependentFields = viewerDependentFields(schema, document);
  return { perViewer: dependentFields.length > 0, label, dependentFields };
}

/**
 * A request context for an execution whose result would be shared by several viewers: it records
 * whether anything read its viewer. Every policy and resolver learns who asks through `rc.viewer`,
 * so an execution that never read it gives the same result for every viewer of the group; one that
 * did (a field resolver nobody declared @ViewerDependent) must not be shared. This catches what a
 * declaration forgot: it fails closed at delivery, not only in review.
 */
export function watchedContext(rc: RequestContext): { rc: RequestContext; viewerRead: () => boolean } {
  let read = false;
  let viewer = rc.viewer;
  Object.defineProperty(rc, 'viewer', {
    configurable: true,
    enumerable: true,
    get: () => {
      read = true;
      return viewer;
    },
    set: (v: RequestContext['viewer']) => {
      read = true;
      viewer = v;
    },
  });
  return { rc, viewerRead: () => read };
}
