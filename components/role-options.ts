import { ROLES } from "@/lib/auth/roles";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "./role-labels";

export const ROLE_OPTIONS = ROLES.map((role) => ({
  value: role,
  label: `${ROLE_LABELS[role]} — ${ROLE_DESCRIPTIONS[role]}`,
}));
export const ROLE_SHORT_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
