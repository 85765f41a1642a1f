/** Where an import job stands; the schema holds the list, app/ and components/ read it from here. */
export { IMPORT_STATUSES, type ImportStatus } from "@/db/schema";
