import { Download } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { PackPreview } from "@/components/packs/pack-preview";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/errors";
import { getAuthorityPack } from "@/lib/packs/make-packs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Authority pack" };
}

export default async function AuthorityPackPage({
  params,
}: {
  params: Promise<{ slug: string; authorityId: string }>;
}) {
  const { slug, authorityId: raw } = await params;
  const { project, role, user, db, authorityId: readerAuthority } = await requireProjectPage(slug, "read_pack");
  const authorityId = Number(raw);
  // Note: another authority's pack looks exactly like one that does not exist.
  if (!Number.isInteger(authorityId) || (readerAuthority !== null && readerAuthority !== authorityId)) notFound();
  let pack: ReturnType<typeof getAuthorityPack>;
  try {
    pack = getAuthorityPack(db, project.id, authorityId);
  } catch (error) {
    if (error instanceof AppError) notFound();
    throw error;
  }
  return (
    <AppShell
      user={user}
      project={{ slug, name: project.name, role, current: "packs", authorityReader: readerAuthority !== null }}
    >
      <title>{`${pack.authority.name} pack · Quoteline`}</title>
      <PageHeader
        eyebrow={`${pack.authority.region} · ${pack.waves.baseline} → ${pack.waves.current}`}
        title={`${pack.authority.name}: local briefing pack`}
        actions={
          <>
            <a
              href={`/api/projects/${slug}/packs/${authorityId}?format=docx`}
              className={buttonClasses("primary")}
              download
            >
              <Download className="size-4" aria-hidden="true" />
              Word (.docx)
            </a>
            <a
              href={`/api/projects/${slug}/packs/${authorityId}?format=pdf`}
              className={buttonClasses("secondary")}
              download
            >
              <Download className="size-4" aria-hidden="true" />
              PDF
            </a>
          </>
        }
      />
      <PackPreview pack={pack} />
    </AppShell>
  );
}
