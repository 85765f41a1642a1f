/** Where a quote stands in review; the schema holds the list, app/ and components/ read it from here. */
export { QUOTE_STATUSES, type QuoteStatus } from "@/db/schema";
