import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { changePassword } from "./change-password";
import { createUser } from "./create-user";
import { FREE_FAILURES, signIn } from "./sign-in";

describe("accounts", () => {
  let db: ReturnType<typeof createTestDb>;
  beforeEach(() => {
    db = createTestDb();
  });
  afterEach(() => db.cleanup());

  it("signs in with the right password only, case-insensitively on email", async () => {
    await createUser(db, { email: "Zofia.Wojcik@Example.org", password: "correct horse battery" });
    expect((await signIn(db, "zofia.wojcik@example.org", "correct horse battery"))?.email).toBe(
      "zofia.wojcik@example.org",
    );
    expect(await signIn(db, "zofia.wojcik@example.org", "wrong password!")).toBeNull();
    expect(await signIn(db, "nobody@example.org", "correct horse battery")).toBeNull();
  });

  it("stores a bcrypt hash, never the password", async () => {
    await createUser(db, { email: "a@example.org", password: "correct horse battery" });
    const row = db.$client.prepare("select password_hash from users").get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^\$2[aby]\$11\$/);
    expect(row.password_hash).not.toContain("correct horse");
  });

  it("throttles after repeated failures, even for the right password, until the lock passes", async () => {
    await createUser(db, { email: "a@example.org", password: "correct horse battery" });
    const now = Date.now();
    for (let i = 0; i < FREE_FAILURES; i++)
      expect(await signIn(db, "a@example.org", `wrong-${i}-password`, now)).toBeNull();
    await expect(signIn(db, "a@example.org", "correct horse battery", now + 1000)).rejects.toMatchObject({
      code: "rate_limited",
    });
    expect((await signIn(db, "a@example.org", "correct horse battery", now + 31_000))?.email).toBe("a@example.org");
    // Success clears the count.
    expect(await signIn(db, "a@example.org", "wrong again password", now + 32_000)).toBeNull();
    expect((await signIn(db, "a@example.org", "correct horse battery", now + 33_000))?.email).toBe("a@example.org");
  });

  it("gives a one-time password that must be changed", async () => {
    const created = await createUser(db, { email: "new@example.org" });
    expect(created.oneTimePassword).toHaveLength(16);
    const user = await signIn(db, "new@example.org", created.oneTimePassword!);
    expect(user?.mustChangePassword).toBe(true);
    await expect(changePassword(db, user!.id, created.oneTimePassword!, "short")).rejects.toMatchObject({
      code: "invalid_input",
    });
    await changePassword(db, user!.id, created.oneTimePassword!, "a much longer password");
    const after = await signIn(db, "new@example.org", "a much longer password");
    expect(after?.mustChangePassword).toBe(false);
    expect(await signIn(db, "new@example.org", created.oneTimePassword!)).toBeNull();
  });

  it("refuses duplicate and malformed emails", async () => {
    await createUser(db, { email: "a@example.org", password: "long-enough-pw" });
    await expect(createUser(db, { email: "A@example.org ", password: "long-enough-pw" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(createUser(db, { email: "not-an-email", password: "long-enough-pw" })).rejects.toMatchObject({
      code: "invalid_input",
    });
  });
});
