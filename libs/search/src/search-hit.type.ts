import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waardenet/core';
import { CollectionItem } from '@waardenet/catalogue';
import { Community } from '@waardenet/communities';
import { Post, Thread } from '@waardenet/threads';
import { SearchKind } from './dto/search.inputs';

@ObjectType({ description: 'One search result. Exactly one of thread, post, community or item is set, as kind says.' })
export class SearchHit {
  @Field(() => SearchKind)
  kind!: SearchKind;

  @Field(() => Float, { description: 'Relevance, higher is better (ts_rank, or trigram similarity for near misses).' })
  rank!: number;

  @Field({ description: 'A short extract around the matched words: HTML-escaped text in which only <mark> elements are markup.' })
  snippet!: string;

  @Field(() => Thread, { nullable: true, description: 'The thread found, or the thread of the post found.' })
  thread?: Thread | null;

  @Field(() => Post, { nullable: true })
  post?: Post | null;

  @Field(() => Community, { nullable: true, description: 'The community found, or the community of the thread or post found.' })
  community?: Community | null;

  @Field(() => CollectionItem, { nullable: true })
  item?: CollectionItem | null;

  /** The id of what was found (the cursor's tie-breaker). */
  id!: string;
}

@ObjectType()
export class SearchHitConnection extends Connection(SearchHit) {}
