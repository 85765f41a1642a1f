/** A row id as it comes from the database (integer) or an export (string); 1 and "1" are different ids. */
export type Id = string | number;

/** A count with its base and the share it makes (`null` when the base is 0). */
export interface Share {
  raised: number;
  base: number;
  share: number | null;
}
