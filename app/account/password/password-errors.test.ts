import { describe, expect, it } from "vitest";
import { checkPasswordFields, fieldOfRefusal } from "./password-errors";

describe("password change errors", () => {
  it("gives each field its own error", () => {
    expect(checkPasswordFields({ currentPassword: "", newPassword: "short", confirmPassword: "other" }, 12)).toEqual({
      currentPassword: "Enter your current password.",
      newPassword: "The new password needs at least 12 characters.",
      confirmPassword: "The two new passwords do not match.",
    });
  });

  it("has no errors for a good change", () => {
    const input = { currentPassword: "old one here", newPassword: "a new long one", confirmPassword: "a new long one" };
    expect(checkPasswordFields(input, 12)).toEqual({});
  });

  it("refuses the same password again beside the new password", () => {
    const same = {
      currentPassword: "the same words",
      newPassword: "the same words",
      confirmPassword: "the same words",
    };
    expect(checkPasswordFields(same, 12)).toEqual({ newPassword: "Choose a password different from the current one." });
  });

  it("puts the server's refusals beside the field they are about", () => {
    expect(fieldOfRefusal("The current password is not right.")).toBe("currentPassword");
    expect(fieldOfRefusal("The new password needs at least 12 characters.")).toBe("newPassword");
    expect(fieldOfRefusal("Choose a password different from the current one.")).toBe("newPassword");
    expect(fieldOfRefusal("The two new passwords do not match.")).toBe("confirmPassword");
    expect(fieldOfRefusal("Sign in again.")).toBeNull();
  });
});
