import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@InputType()
export class CreateInviteLinkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  communityId!: string;

  @Field(() => Int, { nullable: true, description: 'Days the link works: 1 to 30 (7 when left out).' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(30, { message: 'must be at most 30' })
  days?: number;

  @Field(() => Int, { nullable: true, description: 'How many people may join with it: 1 to 1000 (no limit when left out).' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(1000, { message: 'must be at most 1000' })
  maxUses?: number;
}
