import Papa from "papaparse";

const CANDIDATES = [",", ";", "\t"] as const;
const SAMPLE_RECORDS = 50;

/**
 * Picks the delimiter that splits the header into more than one field and gives the most
 * records with the header's field count (quotes and multi-line cells respected); "," if none does.
 */
export function detectDelimiter(text: string): string {
  let best: { delimiter: string; consistency: number; fields: number } = { delimiter: ",", consistency: 0, fields: 1 };
  for (const delimiter of CANDIDATES) {
    const records = Papa.parse<string[]>(text, { delimiter, newline: "\n", preview: SAMPLE_RECORDS }).data.filter(
      (record) => !(record.length === 1 && record[0].trim() === ""),
    );
    if (records.length === 0) continue;
    const fields = records[0].length;
    if (fields < 2) continue;
    const consistency = records.filter((record) => record.length === fields).length / records.length;
    if (consistency > best.consistency || (consistency === best.consistency && fields > best.fields)) {
      best = { delimiter, consistency, fields };
    }
  }
  return best.delimiter;
}
