import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A community whose staff or moderators switched federation on (PUBLIC communities only; off when absent). */
@Entity('federated_communities')
export class FederatedCommunity {
  @PrimaryColumn('uuid', { name: 'community_id' })
  communityId!: string;

  @Column('boolean')
  enabled!: boolean;

  @Column('uuid', { name: 'changed_by_id', nullable: true })
  changedById!: string | null;

  @Column('timestamptz', { name: 'changed_at', default: () => 'now()' })
  changedAt!: Date;
}

/** An actor's key pair (a community's Group, a user's Person), made once on first use. */
@Entity('federation_keys')
export class FederationKey {
  /** `c-<community id>` or `u-<user id>`. */
  @PrimaryColumn('text')
  identifier!: string;

  /** RSASSA-PKCS1-v1_5 (HTTP signatures) or Ed25519 (object proofs). */
  @PrimaryColumn('text')
  algorithm!: string;

  @Column('jsonb', { name: 'public_jwk' })
  publicJwk!: object;

  @Column('jsonb', { name: 'private_jwk' })
  privateJwk!: object;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A server platform admins refused to federate with: nothing is accepted from it or sent to it. */
@ObjectType({ description: 'A server this instance does not federate with (platform admins).' })
@Entity('federation_blocked_instances')
export class BlockedInstance {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'The host name, lower case (with :port when not the default).' })
  @Index('federation_blocked_instances_host_key', { unique: true })
  @Column('text')
  host!: string;

  @Field()
  @Column('text')
  reason!: string;

  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A remote actor this instance met (a Person who replied or followed, a Group a member follows). */
@Entity('federation_remote_actors')
export class RemoteActor {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('federation_remote_actors_uri_key', { unique: true })
  @Column('text')
  uri!: string;

  @Column('text')
  type!: string;

  @Column('text')
  host!: string;

  /** `name@host`. */
  @Column('text')
  handle!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text')
  inbox!: string;

  @Column('text', { name: 'shared_inbox', nullable: true })
  sharedInbox!: string | null;

  /** The local shadow account a remote Person writes as (marked remote by this row); null for Groups. */
  @Index('federation_remote_actors_user_key', { unique: true })
  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A remote actor following a local community's Group. */
@Entity('federation_followers')
@Index('federation_followers_key', ['communityId', 'actorId'], { unique: true })
export class Follower {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'community_id' })
  communityId!: string;

  @Column('uuid', { name: 'actor_id' })
  actorId!: string;

  @Column('text', { name: 'follow_uri' })
  followUri!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * What was sent of a local post (outbound) or which local post a remote Note became (inbound): the
 * worker compares it with the post as it is now to send Create, Update or Delete.
 */
@Entity('federation_objects')
export class FederationObject {
  @PrimaryColumn('uuid', { name: 'post_id' })
  postId!: string;

  @Index('federation_objects_thread_idx')
  @Column('uuid', { name: 'thread_id' })
  threadId!: string;

  /** The object's id: ours (`/ap/posts/<id>`, `/ap/threads/<id>`) or the remote Note's. */
  @Index('federation_objects_uri_key', { unique: true })
  @Column('text')
  uri!: string;

  /** The community whose Group announced it (its followers are told of an Update or Delete, wherever the thread is now). */
  @Column('uuid', { name: 'community_id', nullable: true })
  communityId!: string | null;

  /** The remote author's actor, for posts that came in; null for local ones. */
  @Column('uuid', { name: 'remote_actor_id', nullable: true })
  remoteActorId!: string | null;

  /** NONE (never sent), SENT, or DELETED (a Delete went out). */
  @Column('text', { default: 'NONE' })
  sent!: string;

  /** The post's edited_at when it was last sent (an Update goes out when it moved on). */
  @Column('timestamptz', { name: 'sent_edited_at', nullable: true })
  sentEditedAt!: Date | null;
}

/** A community on another server that members here follow. */
@ObjectType({ description: 'A community on another server (ActivityPub Group) that members here follow and reply to.' })
@Entity('federation_remote_communities')
export class RemoteCommunity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('federation_remote_communities_actor_key', { unique: true })
  @Column('uuid', { name: 'actor_id' })
  actorId!: string;

  @Field({ description: 'slug@host' })
  @Index('federation_remote_communities_handle_key', { unique: true })
  @Column('text')
  handle!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field({ description: "The Group's summary as plain text." })
  @Column('text')
  summary!: string;

  @Field({ description: "The Group's web page (its actor URL)." })
  @Column('text')
  url!: string;

  /** PENDING until the Group answers the Follow with Accept. */
  @Field({ description: 'Whether the remote server accepted our Follow.' })
  @Column('boolean', { default: false })
  accepted!: boolean;

  @Field(() => Int, { description: 'Members here who follow it.' })
  @Column('integer', { name: 'follower_count', default: 0 })
  followerCount!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A member here who follows a remote community. */
@Entity('federation_remote_follows')
export class RemoteFollow {
  @PrimaryColumn('uuid', { name: 'remote_community_id' })
  remoteCommunityId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A thread (Page) or reply (Note) of a remote community, as its Group announced it. */
@ObjectType({ description: 'A thread or reply of a remote community, as its server announced it.' })
@Entity('federation_remote_posts')
@Index('federation_remote_posts_thread_idx', ['remoteCommunityId', 'threadUri', 'published'])
export class RemotePost {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'remote_community_id' })
  remoteCommunityId!: string;

  @Field({ description: 'The ActivityPub id of the object.' })
  @Index('federation_remote_posts_uri_key', { unique: true })
  @Column('text')
  uri!: string;

  /** The thread's Page id (its own uri for the Page itself). */
  @Column('text', { name: 'thread_uri' })
  threadUri!: string;

  @Column('text', { name: 'in_reply_to', nullable: true })
  inReplyTo!: string | null;

  @Field(() => String, { nullable: true, description: "A thread's title; null for replies." })
  @Column('text', { nullable: true })
  title!: string | null;

  @Field({ description: 'Sanitised HTML (empty once deleted).' })
  @Column('text', { name: 'content_html' })
  contentHtml!: string;

  @Field()
  @Column('text', { name: 'author_name' })
  authorName!: string;

  @Column('text', { name: 'author_uri' })
  authorUri!: string;

  @Field()
  @Column({ type: 'timestamptz', precision: 3 })
  published!: Date;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;

  /** Set for a reply written here by a local member (sent to the remote Group). */
  @Column('uuid', { name: 'local_author_id', nullable: true })
  localAuthorId!: string | null;
}

/** A local member's Like of a federated post, as sent (the worker sends Like, or Undo when the reactions went). */
@Entity('federation_sent_likes')
export class FederationSentLike {
  @PrimaryColumn('uuid', { name: 'post_id' })
  postId!: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;
}

/** A Like of a remote post, as its community's Group announced it. */
@Entity('federation_remote_likes')
export class RemoteLike {
  @PrimaryColumn('uuid', { name: 'remote_post_id' })
  remotePostId!: string;

  @PrimaryColumn('text', { name: 'actor_uri' })
  actorUri!: string;
}

export const FEDERATION_ENTITIES: (new () => object)[] = [
  FederatedCommunity,
  FederationKey,
  BlockedInstance,
  RemoteActor,
  Follower,
  FederationObject,
  RemoteCommunity,
  RemoteFollow,
  RemotePost,
  FederationSentLike,
  RemoteLike,
];
