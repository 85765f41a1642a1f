"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/app/_server/action";
import { renewSession } from "@/app/_server/session";
import { createUser } from "@/lib/accounts/create-user";
import { getProjectForAdmin } from "@/lib/admin/get-project-for-admin";
import { findUserIdByEmail } from "@/lib/admin/list-users";
import { signOutEverywhere } from "@/lib/admin/sign-out-everywhere";
import { ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { createProject } from "@/lib/projects/create-project";
import { setMemberRole } from "@/lib/projects/members";

const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(200),
  name: z.string().trim().max(120).optional(),
  isAdmin: z.boolean().optional(),
});

/** Creates an account with a one-time password, shown to the admin once and never stored in clear. */
export const createUserAction = adminAction(createUserSchema, async (input, { db, user }) => {
  const created = await createUser(db, {
    email: input.email,
    name: input.name || undefined,
    isAdmin: input.isAdmin,
    actorId: user.id,
  });
  revalidatePath("/admin");
  return { id: created.id, email: created.email, oneTimePassword: created.oneTimePassword };
});

const createProjectSchema = z.object({
  slug: z.string().trim().toLowerCase().min(1, "Give the project a slug.").max(64),
  name: z.string().trim().min(1, "Give the project a name.").max(200),
  description: z.string().trim().max(1000).optional(),
  ownerEmail: z.string().trim().toLowerCase().max(200).optional(),
});

export const createProjectAction = adminAction(createProjectSchema, (input, { db, user }) => {
  let ownerId: number | undefined;
  if (input.ownerEmail) {
    const found = findUserIdByEmail(db, input.ownerEmail);
    if (found === null) throw new AppError("invalid_input", "No user has this owner email. Create the user first.");
    ownerId = found;
  }
  const project = createProject(db, {
    slug: input.slug,
    name: input.name,
    description: input.description,
    ownerId,
    actorId: user.id,
  });
  revalidatePath("/admin");
  revalidatePath("/");
  return project;
});

const signOutEverywhereSchema = z.object({ userId: z.coerce.number().int().positive() });

/** Ends every session of a user at its next request (a lost laptop, a leaver); an admin's own goes on here. */
export const signOutEverywhereAction = adminAction(signOutEverywhereSchema, async (input, { db, user }) => {
  const sessionVersion = signOutEverywhere(db, user, input.userId);
  if (input.userId === user.id) await renewSession(user, sessionVersion);
  return { userId: input.userId };
});

const adminAddMemberSchema = z.object({
  projectSlug: z.string().min(1).max(64),
  email: z.string().trim().toLowerCase().min(1, "Enter the person's email.").max(200),
  role: z.enum(ROLES),
});

/** A site admin adds a member to any project, one they are not in too (the first owner of a new project). */
export const adminAddMemberAction = adminAction(adminAddMemberSchema, (input, { db, user }) => {
  const project = getProjectForAdmin(db, input.projectSlug);
  if (project.members.some((member) => member.email === input.email)) {
    throw new AppError("conflict", "This person is already a member. Their project's owner changes their role.");
  }
  setMemberRole(db, { projectId: project.id, userId: user.id }, { email: input.email, role: input.role });
  revalidatePath("/admin");
  revalidatePath(`/admin/projects/${project.slug}/members`);
  return { email: input.email, role: input.role };
});
