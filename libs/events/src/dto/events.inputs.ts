import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, IsUrl, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { RsvpStatus } from '../event-rsvp.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** An empty text counts as not given (a form's cleared field). */
const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const ID_RULE = { message: 'must be an id' };
const HTTPS = { protocols: ['https'], require_protocol: true, require_tld: true };

/** The optional fields, shared by createEvent and updateEvent. */
@InputType({ isAbstract: true })
abstract class EventExtras {
  @Field(() => String, { nullable: true, description: 'Plain text, at most 4000 characters; null or empty: none.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === null ? '' : trim({ value })))
  @IsString()
  @Length(0, 4000, { message: 'must be at most 4000 characters long' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Where (an address, a room); give this, onlineUrl or both.' })
  @IsOptional()
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @Length(2, 200, { message: 'must be between 2 and 200 characters long' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// link to join online.' })
  @IsOptional()
  @Transform(trimOrNull)
  @ValidateIf((_o, v) => v !== null)
  @IsUrl(HTTPS, { message: 'must be an https:// address' })
  @Length(1, 500, { message: 'must be at most 500 characters long' })
  onlineUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many may come (1 to 10000); null: no limit.' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(10000, { message: 'must be at most 10000' })
  capacity?: number | null;
}

@InputType()
export class CreateEventInput extends EventExtras {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  communityId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(3, 120, { message: 'must be between 3 and 120 characters long' })
  title!: string;

  @Field({ description: 'When it starts (an instant; clients enter and show it in Europe/Amsterdam).' })
  @IsDate({ message: 'must be a date and time' })
  startsAt!: Date;

  @Field({ description: 'When it ends: after startsAt, at most 7 days later.' })
  @IsDate({ message: 'must be a date and time' })
  endsAt!: Date;
}

@InputType({ description: 'What changes; a field left out stays as it is, null clears location, onlineUrl or capacity.' })
export class UpdateEventInput extends EventExtras {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  eventId!: string;

  @Field({ nullable: true, description: 'Left out: unchanged; null is refused (an event keeps a title).' })
  @ValidateIf((_o, v) => v !== undefined)
  @Transform(trim)
  @IsString({ message: 'must be a text' })
  @Length(3, 120, { message: 'must be between 3 and 120 characters long' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  startsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  endsAt?: Date;
}

@InputType()
export class CancelEventInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  eventId!: string;

  @Field({ description: 'Told to everyone who said they would come.' })
  @Transform(trim)
  @IsString()
  @Length(1, 500, { message: 'must be between 1 and 500 characters long' })
  @Matches(/\S/, { message: 'must not be blank' })
  reason!: string;
}

@InputType()
export class RsvpInput {
  @Field(() => ID)
  @IsUUID('all', ID_RULE)
  eventId!: string;

  @Field(() => RsvpStatus, { description: 'GOING (WAITLISTED when full) or NOT_GOING; WAITLISTED itself is not asked for.' })
  @IsEnum(RsvpStatus, { message: 'must be GOING or NOT_GOING' })
  status!: RsvpStatus;
}
