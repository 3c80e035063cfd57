import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

const ID_RULE = { message: 'must be an id' };

@InputType({ description: 'A thread and a catalogue item it is (or is no longer) about.' })
export class ThreadItemInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  threadId!: string;

  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  itemId!: string;
}
