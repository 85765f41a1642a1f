import { useId } from "react";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { attributeLabel } from "@/lib/attributes/attribute-label";
import type { SurveyPreview } from "./import-types";

/** The attribute spellings the import merges into one, for the researcher to review. */
export function AttributeMerges({
  merges,
  changedFromProposal,
}: {
  merges: SurveyPreview["attributeMerges"];
  changedFromProposal: boolean;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="font-semibold text-gray-900">
        Attribute spellings to be merged
      </h3>
      {merges.length === 0 ? (
        <p className="text-sm text-gray-700">No differing spellings were found in the proposed attribute columns.</p>
      ) : (
        <>
          <p className="text-sm text-gray-700">
            Values that differ only in case, spacing or punctuation are merged into one spelling. Review them here.
            {changedFromProposal ? " You changed the columns, so the merges are worked out again on import." : ""}
          </p>
          <Table>
            <TableCaption>Attribute values whose spellings will be merged</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Attribute</TableHead>
                <TableHead>Kept spelling</TableHead>
                <TableHead>Merged spellings</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {merges.map((merge) => (
                <TableRow key={`${merge.attribute}\u0000${merge.canonical}`}>
                  <TableHead scope="row">{attributeLabel(merge.attribute)}</TableHead>
                  <TableCell className="font-medium">{merge.canonical}</TableCell>
                  <TableCell>{merge.variants.map((variant) => `“${variant}”`).join(", ")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
