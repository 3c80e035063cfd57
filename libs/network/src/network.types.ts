import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waardenet/core';
import { Community } from '@waardenet/communities';
import { Library } from '@waardenet/libraries';
import { Thread } from '@waardenet/threads';
import { ContentItem } from './content-item.entity';
import { Syndication } from './syndication.entity';

@ObjectType({ description: "An entry of a community's feed: one of its own threads, or a chapter's thread its editors accepted." })
export class FeedEntry {
  @Field(() => Thread)
  thread!: Thread;

  @Field(() => Syndication, {
    nullable: true,
    description: 'How an accepted chapter thread got here (its provenance); null for the community’s own threads.',
  })
  syndication!: Syndication | null;
}

@ObjectType()
export class FeedEntryConnection extends Connection(FeedEntry) {}

@ObjectType()
export class SyndicationConnection extends Connection(Syndication) {}

@ObjectType()
export class ContentItemConnection extends Connection(ContentItem) {}

@ObjectType({ description: 'Where a syndicated thread comes from ("from Bibliotheek X").' })
export class Provenance {
  @Field(() => Community)
  fromCommunity!: Community;

  @Field(() => Library)
  fromLibrary!: Library;
}

@ObjectType({
  description:
    'Where a thread syndicated from another Waardenet comes from: its library, community and server, and the link back to the original.',
})
export class SyndicationOrigin {
  @Field({ description: 'The server it comes from (host name).' })
  instance!: string;

  @Field(() => String, { nullable: true, description: 'The library there ("from Bibliotheek X"), as its server names it.' })
  libraryName!: string | null;

  @Field(() => String, { nullable: true, description: 'The community there.' })
  communityName!: string | null;

  @Field(() => String, { nullable: true, description: 'The original thread on its own server.' })
  url!: string | null;
}

@ObjectType({ description: 'The content item a thread was published from, as every reader of the thread may see it.' })
export class ContentSource {
  @Field(() => ID)
  contentItemId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  campaign!: string | null;

  @Field(() => String, { nullable: true })
  licence!: string | null;

  @Field()
  publishedAt!: Date;

  ownerLibraryId!: string;
  publishedById!: string;
}

@ObjectType()
export class LibraryUsage {
  @Field(() => Library)
  library!: Library;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Where a content item was published: how often in all, and per library.' })
export class ContentUsage {
  @Field(() => Int)
  total!: number;

  @Field(() => [LibraryUsage])
  libraries!: LibraryUsage[];
}
