import { Inject, Injectable } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, RequestContext, badInput, requireViewer } from '@waardenet/core';
import { DEFAULT_CHANNEL, EmailDelivery, Locale, NotificationChannel, NotificationKind } from './notification-kind';
import { NotificationPreference, NotificationSettings } from './notification-preference.entity';
import { PushSubscription } from './push/push-subscription.entity';
import { PUSH_KINDS } from './push/push.service';

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

  @Field(() => Locale, { description: 'The language of your notification mail.' })
  locale!: Locale;

  @Field({ description: 'False when this server sends no email (SMTP_URL unset): EMAIL then only shows in-app.' })
  emailAvailable!: boolean;

  @Field(() => Int, { description: 'The hour (UTC) daily digests are sent.' })
  digestHourUtc!: number;

  @Field(() => [NotificationKind], { description: 'The kinds pushed to your browsers that have browser notifications on (setPushKinds).' })
  pushKinds!: NotificationKind[];

  @Field({ description: 'False when this server sends no browser notifications (vapidPublicKey is null).' })
  pushAvailable!: boolean;

  @Field(() => Int, { description: 'How many of your browsers have browser notifications on.' })
  pushSubscriptions!: number;
}

/** Per-kind channels and email delivery mode: each user sets their own (handles: ProfileService in libs/accounts). */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(ctx: RequestContext): Promise<NotificationPreferences> {
    const userId = requireViewer(ctx).id;
    const [chosen, settings] = await Promise.all([
      this.db.getRepository(NotificationPreference).findBy({ userId }),
      this.db.getRepository(NotificationSettings).findOneBy({ userId }),
    ]);
    const byKind = new Map(chosen.map((p) => [p.kind, p.channel]));
    return {
      kinds: Object.values(NotificationKind).map((kind) => ({ kind, channel: byKind.get(kind) ?? DEFAULT_CHANNEL[kind] })),
      emailDelivery: settings?.emailDelivery ?? EmailDelivery.IMMEDIATE,
      locale: settings?.locale ?? Locale.NL,
      emailAvailable: !!this.config.email.smtpUrl,
      digestHourUtc: this.config.email.digestHour,
      pushKinds: settings?.pushKinds ?? PUSH_KINDS,
      pushAvailable: this.config.webPush.enabled,
      pushSubscriptions: await this.db.getRepository(PushSubscription).countBy({ userId }),
    };
  }

  async setChannel(ctx: RequestContext, kind: NotificationKind, channel: NotificationChannel): Promise<NotificationPreferences> {
    await this.db.getRepository(NotificationPreference).upsert({ userId: requireViewer(ctx).id, kind, channel }, ['userId', 'kind']);
    return this.get(ctx);
  }

  /**
   * How (and in which language) mail reaches the viewer; what is not given stays as it was. Mail already
   * queued keeps the mode and language it was queued with (a digest's own heading follows the language at sending time).
   */
  async setEmailDelivery(
    ctx: RequestContext,
    change: { delivery?: EmailDelivery | null; locale?: Locale | null },
  ): Promise<NotificationPreferences> {
    if (!change.delivery && !change.locale)
      throw badInput('Give a delivery, a locale or both.', { fields: { delivery: ['give a delivery or a locale'] } });
    await this.db.query(
      `INSERT INTO notification_settings (user_id, email_delivery, locale) VALUES ($1, coalesce($2, 'IMMEDIATE'), coalesce($3, 'nl'))
         ON CONFLICT (user_id) DO UPDATE SET email_delivery = coalesce($2, notification_settings.email_delivery), locale = coalesce($3, notification_settings.locale)`,
      [requireViewer(ctx).id, change.delivery ?? null, change.locale ?? null],
    );
    return this.get(ctx);
  }
}
