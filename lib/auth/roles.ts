/** A member's role in a project; the schema holds the list, app/ and components/ read it from here. */
export { ROLES, type Role } from "@/db/schema";
