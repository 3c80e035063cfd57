import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Ctx, RequestContext } from '@waardenet/core';
import { EmailInvitationPreview, InviteByEmailInput, InviteStaffByEmailInput } from './dto/email-invitation.inputs';
import { EmailInvitationsService } from './email-invitations.service';

@Resolver()
export class EmailInvitationsResolver {
  constructor(private readonly invitations: EmailInvitationsService) {}

  @Access('user')
  @Mutation(() => Boolean, {
    description:
      "Invites an email address to the community (its moderators): a mail with a link to accept, signing up on the way if needed; an account with that address also finds the invitation on the community's page. The answer never tells whether the address has an account (a member or a banned account gets nothing).",
  })
  inviteByEmail(@Args('input') input: InviteByEmailInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.invitations.inviteToCommunity(ctx, input);
  }

  @Access('user')
  @Mutation(() => Boolean, {
    description:
      "Invites an email address to the library's staff with a role (its admins, platform admins): a mail with a link to accept, signing up on the way if needed. The answer never tells whether the address has an account. Logged.",
  })
  inviteStaffByEmail(@Args('input') input: InviteStaffByEmailInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.invitations.inviteStaff(ctx, input);
  }

  @Access('public')
  @Query(() => EmailInvitationPreview, {
    description: "What an email invitation's link is for; NOT_FOUND (EMAIL_INVITATION_INVALID) once used, expired or unknown.",
  })
  emailInvitation(@Args('token') token: string): Promise<EmailInvitationPreview> {
    return this.invitations.preview(token);
  }

  @Access('user')
  @Mutation(() => EmailInvitationPreview, {
    description:
      "Accepts an email invitation for the signed-in account, once: joins the community (ACTIVE at once; a ban still refuses) or joins the library's staff with the role (never lowering one).",
  })
  acceptEmailInvitation(@Args('token') token: string, @Ctx() ctx: RequestContext): Promise<EmailInvitationPreview> {
    return this.invitations.accept(ctx, token);
  }
}
