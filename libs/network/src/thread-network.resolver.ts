import { Ctx, RequestContext, ViewerDependent } from '@waardenet/core';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CommunitiesPolicy, CommunitiesService } from '@waardenet/communities';
import { LibrariesService } from '@waardenet/libraries';
import { PostState, Thread } from '@waardenet/threads';
import { ContentSource, Provenance, SyndicationOrigin } from './network.types';
import { NetworkPolicy } from './network.policy';
import { PublicationsService } from './publications.service';
import { Syndication, SyndicationState } from './syndication.entity';
import { SyndicationsService, isShowing } from './syndications.service';
import { originOf } from './syndications.resolver';

/** Where a thread is shown besides its own community, and where it came from. */
@Resolver(() => Thread)
export class ThreadNetworkResolver {
  constructor(
    private readonly syndicationService: SyndicationsService,
    private readonly publications: PublicationsService,
    private readonly communities: CommunitiesService,
    private readonly communityPolicy: CommunitiesPolicy,
    private readonly libraries: LibrariesService,
    private readonly policy: NetworkPolicy,
  ) {}

  @ViewerDependent()
  @ResolveField(() => [Syndication], {
    description:
      'The national communities this thread is proposed to or shown in: accepted ones for every reader, all of them for the chapter’s moderators and the national editors.',
  })
  async syndications(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<Syndication[]> {
    const all = await this.syndicationService.byThreadLoader(ctx).load(thread.id);
    const community = await this.communities.loader(ctx).load(thread.communityId);
    const moderates = !!community && (await this.communityPolicy.access(ctx, community)).canModerate;
    const shown: Syndication[] = [];
    for (const s of all) {
      if (s.state === SyndicationState.ACCEPTED || moderates) shown.push(s);
      else if (s.toCommunityId) {
        const national = await this.communities.loader(ctx).load(s.toCommunityId);
        if (national && (await this.policy.isNationalEditor(ctx, national.libraryId))) shown.push(s);
      }
    }
    return shown;
  }

  @ResolveField(() => Provenance, {
    nullable: true,
    description: 'For a thread shown in a national community: the chapter and library it comes from ("from Bibliotheek X").',
  })
  async provenance(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<Provenance | null> {
    const all = await this.syndicationService.byThreadLoader(ctx).load(thread.id);
    const from = await this.communities.loader(ctx).load(thread.communityId);
    if (!from || !all.some((s) => isShowing(s, thread, from))) return null;
    return { fromCommunity: from, fromLibrary: await this.libraries.byId(ctx, from.libraryId) };
  }

  @ResolveField(() => SyndicationOrigin, {
    nullable: true,
    description:
      'For a thread shown in a national community here but written on another Waardenet: the library, community and server it comes from, and the link back.',
  })
  async remoteProvenance(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<SyndicationOrigin | null> {
    if (thread.state !== PostState.VISIBLE) return null;
    const all = await this.syndicationService.byThreadLoader(ctx).load(thread.id);
    const incoming = all.find((s) => s.state === SyndicationState.ACCEPTED && !s.fromCommunityId && s.toCommunityId === thread.communityId);
    return incoming ? originOf(incoming) : null;
  }

  @ResolveField(() => ContentSource, { nullable: true, description: 'The content item this thread was published from, if any.' })
  async contentSource(@Parent() thread: Thread, @Ctx() ctx: RequestContext): Promise<ContentSource | null> {
    const publication = await this.publications.sourceLoader(ctx).load(thread.id);
    if (!publication) return null;
    const item = await this.publications.item(ctx, publication);
    if (!item) return null;
    return {
      contentItemId: item.id,
      title: item.title,
      campaign: item.campaign,
      licence: item.licence,
      publishedAt: publication.publishedAt,
      ownerLibraryId: item.ownerLibraryId,
      publishedById: publication.publishedById,
    };
  }
}
