import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../user.entity';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Short-lived; send as `Authorization: Bearer …`.' })
  accessToken!: string;

  @Field({ description: 'Single use: exchange it with refreshSession for a new pair.' })
  refreshToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field(() => User)
  user!: User;
}
