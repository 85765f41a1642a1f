/** How a theme bears on a metric it is linked to; the schema holds the list, app/ and components/ read it from here. */
export { POLARITIES, type Polarity } from "@/db/schema";
