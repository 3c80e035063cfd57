import { DataSource, EntityManager } from 'typeorm';
import { dataSourceOptions, present, renderMarkdown } from '@waardenet/core';
import { User, hashPassword } from '@waardenet/accounts';
import { Community, MemberRole, Membership, MembershipState } from '@waardenet/communities';
import { Library, LibraryStaff } from '@waardenet/libraries';
import { Post, PostRevision, Thread } from '@waardenet/threads';
import { ENTITIES } from '../entities';
import { seedValueNetwork } from './seed-value-network';
import { seedAcademy } from './seed-academy';
import { seedDemoExtras } from './seed-events';
import { seedTemplates } from './seed-templates';
import { DEMO_COMMUNITIES, DEMO_LIBRARIES, DEMO_PASSWORD, DEMO_THREADS, DEMO_USERS } from './demo-content';

/** Seeds the demo once, into an empty database; returns whether it did. */
export async function seedDemoIfEmpty(databaseUrl: string): Promise<boolean> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, ENTITIES));
  await ds.initialize();
  try {
    if (await ds.getRepository(Library).exists()) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await ds.transaction((em) => seed(em, passwordHash));
    return true;
  } finally {
    await ds.destroy();
  }
}

async function seed(em: EntityManager, passwordHash: string): Promise<void> {
  const users = new Map<string, User>();
  for (const u of DEMO_USERS) {
    users.set(
      u.key,
      await em.save(
        em.create(User, {
          email: u.email,
          displayName: u.displayName,
          isPlatformAdmin: u.isPlatformAdmin,
          passwordHash,
          emailVerifiedAt: new Date(),
        }),
      ),
    );
  }
  const libraries = new Map<string, Library>();
  for (const l of DEMO_LIBRARIES) {
    const library = await em.save(em.create(Library, { slug: l.slug, name: l.name, kind: l.kind }));
    libraries.set(l.key, library);
    for (const [user, role] of l.staff)
      await em.insert(LibraryStaff, { libraryId: library.id, userId: present(users.get(user), `demo user ${user}`).id, role });
  }
  const communities = new Map<string, Community>();
  for (const c of DEMO_COMMUNITIES) {
    const community = await em.save(
      em.create(Community, {
        libraryId: present(libraries.get(c.library), `demo library ${c.library}`).id,
        slug: c.slug,
        name: c.name,
        description: c.description,
        theme: c.theme,
        visibility: c.visibility,
      }),
    );
    communities.set(c.slug, community);
    await em.insert(Membership, {
      communityId: community.id,
      userId: present(users.get(c.owner), `demo user ${c.owner}`).id,
      role: MemberRole.OWNER,
      state: MembershipState.ACTIVE,
    });
    for (const m of c.members) {
      const role = m === 'expert' ? MemberRole.EXPERT : MemberRole.MEMBER;
      await em.insert(Membership, {
        communityId: community.id,
        userId: present(users.get(m), `demo user ${m}`).id,
        role,
        state: MembershipState.ACTIVE,
      });
    }
  }
  const threads = new Map<string, string>();
  for (const t of DEMO_THREADS) {
    const posts = [[t.author, t.body], ...t.replies] as const;
    const thread = await em.save(
      em.create(Thread, {
        communityId: present(communities.get(t.community), `demo communitie ${t.community}`).id,
        authorId: present(users.get(t.author), `demo user ${t.author}`).id,
        title: t.title,
        kind: t.kind,
        postSeq: posts.length,
        replyCount: posts.length - 1,
      }),
    );
    threads.set(t.title, thread.id);
    for (const [i, [author, body]] of posts.entries()) {
      const post = await em.save(
        em.create(Post, {
          threadId: thread.id,
          authorId: present(users.get(author), `demo user ${author}`).id,
          seq: i + 1,
          replyToId: null,
          body,
          bodyHtml: renderMarkdown(body),
        }),
      );
      await em.insert(PostRevision, { postId: post.id, version: 1, body, editorId: post.authorId });
    }
  }
  await seedValueNetwork(em, { users, libraries, communities, threads });
  await seedAcademy(em, users);
  await seedDemoExtras(em, { users, libraries, communities });
  await seedTemplates(em, { users, libraries, communities });
}
