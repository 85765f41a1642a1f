export type PasswordField = "currentPassword" | "newPassword" | "confirmPassword";
export type PasswordErrors = Partial<Record<PasswordField, string>>;

export const PASSWORD_FIELDS: readonly PasswordField[] = ["currentPassword", "newPassword", "confirmPassword"];

/** What the form can tell before asking the server, field by field. */
export function checkPasswordFields(input: Record<PasswordField, string>, minLength: number): PasswordErrors {
  const errors: PasswordErrors = {};
  if (!input.currentPassword) errors.currentPassword = "Enter your current password.";
  if (input.newPassword.length < minLength)
    errors.newPassword = `The new password needs at least ${minLength} characters.`;
  else if (input.newPassword === input.currentPassword)
    errors.newPassword = "Choose a password different from the current one.";
  if (input.confirmPassword !== input.newPassword) errors.confirmPassword = "The two new passwords do not match.";
  return errors;
}

/** The field a server refusal is about, so it is shown beside that field; null for the form as a whole. */
export function fieldOfRefusal(message: string): PasswordField | null {
  if (/current password/i.test(message)) return "currentPassword";
  if (/do not match/i.test(message)) return "confirmPassword";
  if (/new password|different from the current/i.test(message)) return "newPassword";
  return null;
}
