import { asc, count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members, users } from "../../db/schema";

export interface UserListing {
  id: number;
  email: string;
  name: string;
  isAdmin: boolean;
  mustChangePassword: boolean;
  projects: number;
  createdAt: Date;
}

/** Every account, for site admins; never the password hash. */
export function listUsers(db: Db): UserListing[] {
  const projectCounts = new Map(
    db
      .select({ userId: members.userId, n: count() })
      .from(members)
      .groupBy(members.userId)
      .all()
      .map((row) => [row.userId, row.n]),
  );
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isAdmin: users.isAdmin,
      mustChangePassword: users.mustChangePassword,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.kind, "person"))
    .orderBy(asc(users.email))
    .all()
    .map((user) => ({ ...user, projects: projectCounts.get(user.id) ?? 0 }));
}

export function findUserIdByEmail(db: Db, email: string): number | null {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase())).get()?.id ?? null;
}
