import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { ApprovalMode, MemberRole, Visibility } from '@waardenet/communities';
import { ReportAction, ReportOutcome, ReportReason } from '../report.entity';
import { WatchedWordAction } from '../watched-word.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const ID_RULE = { message: 'must be an id' };

export const MAX_SLOW_MODE_SECONDS = 86_400;
export const MAX_REPORT_THRESHOLD = 100;

@InputType()
export class ReportContentInput {
  @Field(() => ID, { nullable: true, description: 'The post reported; give this or threadId, not both.' })
  @IsOptional()
  @IsUUID('all', ID_RULE)
  postId?: string;

  @Field(() => ID, { nullable: true, description: 'The thread reported; give this or postId, not both.' })
  @IsOptional()
  @IsUUID('all', ID_RULE)
  threadId?: string;

  @Field(() => ReportReason)
  @IsEnum(ReportReason)
  reason!: ReportReason;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 1000, { message: 'must be between 1 and 1000 characters long' })
  note?: string;
}

@InputType()
export class ResolveReportInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  reportId!: string;

  @Field(() => ReportOutcome)
  @IsEnum(ReportOutcome)
  outcome!: ReportOutcome;

  @Field(() => ReportAction, {
    nullable: true,
    description: 'With ACTED only: hide or remove the reported post (a thread: its opening post).',
  })
  @IsOptional()
  @IsEnum(ReportAction)
  action?: ReportAction;
}

/** A reason a moderator gives: shown in the moderation log (and the public one, when it is on). */
export const REASON = { message: 'must be between 1 and 500 characters long' };

@InputType()
export class BanMemberInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  communityId!: string;

  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  userId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 500, REASON)
  reason!: string;

  @Field(() => Date, { nullable: true, description: 'When the ban ends by itself; leave out for a ban until it is lifted.' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  until?: Date;
}

@InputType()
export class UnbanMemberInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  communityId!: string;

  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  userId!: string;
}

@InputType()
export class SuspendUserInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  userId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 500, REASON)
  reason!: string;

  @Field(() => Date, { nullable: true, description: 'When the suspension ends by itself; leave out for one until it is lifted.' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  until?: Date;
}

@InputType()
export class CommunitySettingsInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  communityId!: string;

  @Field(() => ApprovalMode, { nullable: true })
  @IsOptional()
  @IsEnum(ApprovalMode)
  approval?: ApprovalMode;

  @Field(() => Int, {
    nullable: true,
    description: `Distinct members' reports that hide a post until it is reviewed: 1 to ${MAX_REPORT_THRESHOLD}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_REPORT_THRESHOLD)
  reportThreshold?: number;

  @Field(() => Int, { nullable: true, description: `0 (off) to ${MAX_SLOW_MODE_SECONDS} seconds between one member's posts.` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SLOW_MODE_SECONDS)
  slowModeSeconds?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  publicModLog?: boolean;
}

@InputType()
export class AddWatchedWordInput {
  @Field(() => ID, { nullable: true, description: 'Leave out for a platform-wide rule (platform admins only).' })
  @IsOptional()
  @IsUUID('all', ID_RULE)
  communityId?: string;

  @Field({ description: 'A plain word or phrase, never a pattern: matched on whole words, ignoring case and accents.' })
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'must be between 1 and 100 characters long' })
  @Matches(/[\p{L}\p{N}]/u, { message: 'must contain a letter or digit' })
  phrase!: string;

  @Field(() => WatchedWordAction)
  @IsEnum(WatchedWordAction)
  action!: WatchedWordAction;
}

/** The roles a moderator may hand out; ownership is not passed on this way. */
export const ASSIGNABLE_ROLES = [MemberRole.MEMBER, MemberRole.EXPERT, MemberRole.MODERATOR];

@InputType()
export class SetMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  communityId!: string;

  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  userId!: string;

  @Field(() => MemberRole, { description: 'MEMBER, EXPERT or MODERATOR.' })
  @IsIn(ASSIGNABLE_ROLES, { message: 'must be MEMBER, EXPERT or MODERATOR' })
  role!: MemberRole;
}

@InputType()
export class SetCommunityVisibilityInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  communityId!: string;

  @Field(() => Visibility)
  @IsEnum(Visibility)
  visibility!: Visibility;

  @Field({ nullable: true, description: 'Why, for the moderation log.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 500, { message: 'must be between 1 and 500 characters long' })
  reason?: string;
}
