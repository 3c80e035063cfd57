import { Inject, Injectable } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, RequestContext, conflict, notFound } from '@waardenet/core';
import { User } from '@waardenet/accounts';
import { DEFAULT_CHANNEL, EmailDelivery, NotificationChannel, NotificationKind } from './notification-kind';
import { NotificationPreference, NotificationSettings } from './notification-preference.entity';

@ObjectType()
export class KindPreference {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;
}

@ObjectType({ description: "The viewer's notification settings." })
export class NotificationPreferences {
  @Field(() => [KindPreference], { description: 'Every kind, with the default where none was chosen.' })
  kinds!: KindPreference[];

  @Field(() => EmailDelivery)
  emailDelivery!: EmailDelivery;

  @Field({ description: 'False when this server sends no email (SMTP_URL unset): EMAIL then only shows in-app.' })
  emailAvailable!: boolean;

  @Field(() => Int, { description: 'The hour (UTC) daily digests are sent.' })
  digestHourUtc!: number;
}

/** Per-kind channels, email delivery mode and handles: each user sets their own. */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(ctx: RequestContext): Promise<NotificationPreferences> {
    const userId = ctx.viewer!.id;
    const [chosen, settings] = await Promise.all([
      this.db.getRepository(NotificationPreference).findBy({ userId }),
      this.db.getRepository(NotificationSettings).findOneBy({ userId }),
    ]);
    const byKind = new Map(chosen.map((p) => [p.kind, p.channel]));
    return {
      kinds: Object.values(NotificationKind).map((kind) => ({ kind, channel: byKind.get(kind) ?? DEFAULT_CHANNEL[kind] })),
      emailDelivery: settings?.emailDelivery ?? EmailDelivery.IMMEDIATE,
      emailAvailable: !!this.config.email.smtpUrl,
      digestHourUtc: this.config.email.digestHour,
    };
  }

  async setChannel(ctx: RequestContext, kind: NotificationKind, channel: NotificationChannel): Promise<NotificationPreferences> {
    await this.db.getRepository(NotificationPreference).upsert({ userId: ctx.viewer!.id, kind, channel }, ['userId', 'kind']);
    return this.get(ctx);
  }

  /** Mail already queued keeps the mode it was queued with. */
  async setEmailDelivery(ctx: RequestContext, delivery: EmailDelivery): Promise<NotificationPreferences> {
    await this.db.getRepository(NotificationSettings).upsert({ userId: ctx.viewer!.id, emailDelivery: delivery }, ['userId']);
    return this.get(ctx);
  }

  async setHandle(ctx: RequestContext, handle: string): Promise<User> {
    const repo = this.db.getRepository(User);
    const taken = await repo.findOneBy({ handle });
    if (taken && taken.id !== ctx.viewer!.id) throw conflict(`The handle @${handle} is taken; choose another.`);
    try {
      await repo.update({ id: ctx.viewer!.id }, { handle });
    } catch (e) {
      // Two people choosing the same handle at once: the unique index decides.
      if ((e as { code?: string }).code === '23505') throw conflict(`The handle @${handle} is taken; choose another.`);
      throw e;
    }
    const user = await repo.findOneBy({ id: ctx.viewer!.id });
    if (!user) throw notFound('Your account');
    return user;
  }
}
