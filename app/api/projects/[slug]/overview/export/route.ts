// GET the joint display (themes × linked metrics) as CSV, optionally for one region.
import { withProjectRoute } from "@/app/_server/route";
import { getJointDisplay } from "@/lib/themes/get-joint-display";
import { jointDisplayCsv } from "@/lib/themes/joint-display-csv";

export const GET = withProjectRoute<{ slug: string }>("read_summaries", (request, { db, project, user, role }) => {
  const query = new URL(request.url).searchParams;
  const region = query.get("region");
  const compare = query.get("compare");
  const display = getJointDisplay(db, project.id, {
    region: region ? region.slice(0, 200) : null,
    compare: compare ? compare.slice(0, 80) : null,
    viewer: { userId: user.id, role },
  });
  const suffix = display.region ? `-${display.region.toLowerCase().replace(/[^a-z0-9]+/g, "-")}` : "";
  return new Response(jointDisplayCsv(display), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${project.slug}-themes-and-metrics${suffix}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
