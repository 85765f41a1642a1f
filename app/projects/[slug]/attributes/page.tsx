import type { Metadata } from "next";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAttributeValues } from "@/lib/attribute-values/list-attribute-values";
import { attributeLabel } from "@/lib/attributes/attribute-label";
import { AttributeValuesEditor } from "./attribute-values-editor";

export const metadata: Metadata = { title: "Attribute values" };

export default async function AttributeValuesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "import");
  const attributes = listAttributeValues(db, project.id);

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "attributes" }}>
      <PageHeader
        title="Attribute values"
        description="Every attribute's values across all imports, with how many respondents and participants have each. Merge spellings (‘f’ into ‘Female’) and set the order values are listed in, once: every breakdown follows, and later imports read a merged spelling as the value it was merged into."
      />
      {attributes.length === 0 ? (
        <EmptyState title="No attributes yet" description="Attributes come with imported surveys and participants." />
      ) : (
        <div className="space-y-6">
          {attributes.map((attribute) => {
            const heading = attributeLabel(attribute.name);
            return (
              <Card key={attribute.attributeId} aria-labelledby={`attribute-${attribute.attributeId}-title`}>
                <CardTitle id={`attribute-${attribute.attributeId}-title`}>{heading}</CardTitle>
                <CardDescription>
                  {attribute.values.length} {attribute.values.length === 1 ? "value" : "values"}
                  {attribute.ordered ? ", in the order set here" : ", in alphabetical order"}.
                </CardDescription>
                <div className="mt-4">
                  <AttributeValuesEditor projectSlug={slug} attribute={attribute} heading={heading} />
                </div>
              </Card>
            );
          })}
        </div>
      )}
    </AppShell>
  );
}
