"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { listMembers, removeMember, setMemberRole } from "@/lib/projects/members";
import { updateProjectSettings as saveProjectSettings } from "@/lib/projects/settings";

const emailSchema = z.string().trim().toLowerCase().min(1, "Enter the person's email.").max(200);

const addMemberSchema = z.object({ email: emailSchema, role: z.enum(ROLES) });

/** Adds an existing user to the project with a role. */
export const addMember = projectAction("manage_project", addMemberSchema, (input, { db, project, userId }) => {
  if (listMembers(db, project.id).some((member) => member.email === input.email)) {
    throw new AppError("conflict", "This person is already a member. Change their role in the list instead.");
  }
  setMemberRole(db, { projectId: project.id, userId: userId }, { email: input.email, role: input.role });
  revalidatePath(`/projects/${project.slug}/members`);
  return { email: input.email, role: input.role };
});

const changeRoleSchema = z.object({ memberUserId: z.coerce.number().int().positive(), role: z.enum(ROLES) });

/** Changes a member's role; the last owner cannot step down. */
export const changeMemberRole = projectAction("manage_project", changeRoleSchema, (input, { db, project, userId }) => {
  const member = listMembers(db, project.id).find((m) => m.userId === input.memberUserId);
  if (!member) throw new AppError("not_found", "This person is not a member.");
  setMemberRole(db, { projectId: project.id, userId: userId }, { email: member.email, role: input.role });
  revalidatePath(`/projects/${project.slug}`, "layout");
  return { email: member.email, role: input.role, self: member.userId === userId };
});

const removeMemberSchema = z.object({ memberUserId: z.coerce.number().int().positive() });

export const removeMemberAction = projectAction(
  "manage_project",
  removeMemberSchema,
  (input, { db, project, userId }) => {
    removeMember(db, { projectId: project.id, userId: userId }, { userId: input.memberUserId });
    revalidatePath(`/projects/${project.slug}`, "layout");
    return { removed: input.memberUserId, self: input.memberUserId === userId };
  },
);

const settingsSchema = z.object({
  suppressionThreshold: z.coerce
    .number({ message: "The suppression threshold must be a number." })
    .int("The suppression threshold must be a whole number.")
    .min(1, "The suppression threshold must be at least 1."),
  quoteK: z.coerce
    .number({ message: "k must be a number." })
    .int("k must be a whole number.")
    .min(5, "k for quote labels must be at least 5."),
  redactionTerms: z.string().max(60_000, "The redaction list is too long."),
});

/** Saves the project's disclosure settings: suppression threshold, k for quote labels, extra redaction terms. */
export const updateProjectSettings = projectAction(
  "manage_project",
  settingsSchema,
  (input, { db, project, userId }) => {
    const saved = saveProjectSettings(
      db,
      project.id,
      {
        suppressionThreshold: input.suppressionThreshold,
        quoteK: input.quoteK,
        redactionTerms: input.redactionTerms.split(/\r?\n/),
      },
      userId,
    );
    revalidatePath(`/projects/${project.slug}/members`);
    return saved;
  },
);
