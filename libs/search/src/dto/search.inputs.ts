import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

export enum SearchKind {
  THREAD = 'THREAD',
  POST = 'POST',
  ITEM = 'ITEM',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What a search hit is: a thread (by its title), a post (by its text), a catalogue item or a community.',
});

@InputType({ description: 'Narrows a search; every field is optional and they combine.' })
export class SearchFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  communityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  libraryId?: string;

  @Field(() => SearchKind, { nullable: true })
  @IsOptional()
  @IsEnum(SearchKind)
  kind?: SearchKind;

  @Field(() => ID, { nullable: true, description: 'Only threads about this catalogue item, and their posts.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  itemId?: string;
}
