import { Extensions } from '@nestjs/graphql';

/** The key a schema field's `extensions` carries when its value depends on who asks (see ViewerDependent). */
export const VIEWER_DEPENDENT = 'viewerDependent';

/**
 * Declares, beside its @Field or @ResolveField, that a field's value depends on who asks: their
 * identity, their own data, their roles or memberships. Live delivery (libs/live) executes a
 * subscription that selects such a field once per viewer; a selection free of them is executed once
 * and its frame shared by every subscriber of the same reader class. docs/permissions.md lists them
 * ("Viewer-dependent fields"); test/live-viewer-fields.e2e-spec.ts fails when a field resolver that
 * may read the viewer is neither declared so nor reviewed as viewer-independent.
 */
export const ViewerDependent = (): MethodDecorator & PropertyDecorator => Extensions({ [VIEWER_DEPENDENT]: true });

export function isViewerDependent(field: { extensions?: Readonly<Record<string, unknown>> | null }): boolean {
  return field.extensions?.[VIEWER_DEPENDENT] === true;
}
