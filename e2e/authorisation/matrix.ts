import type { Permission } from "@/lib/auth/permissions";

/**
 * Who may call each endpoint. The matrix test finds every route, server action and page on
 * disk; one missing here fails the test, so a new endpoint cannot skip its entry.
 * - a Permission: project members whose role allows it (lib/auth/permissions.ts);
 * - "signed_in": any signed-in user; "admin": site admins; "public": no check (sign-in itself).
 */
export type Access = Permission | "signed_in" | "admin" | "public";

export interface Entry {
  access: Access;
  /** Values for dynamic segments other than [slug]; looked up in the e2e database. */
  params?: Record<string, string>;
}

/** The authority the demo's authority reader is scoped to (see scripts/demo/seed-demo-project.ts). */
const READER_AUTHORITY =
  "sql:select a.id from authorities a join projects p on p.id = a.project_id where p.slug = 'big-conversation' and a.name = 'Bromley'";

export const ROUTES: Record<string, Entry> = {
  "GET /api/auth/[...nextauth]": { access: "public", params: { "...nextauth": "session" } },
  "POST /api/auth/[...nextauth]": { access: "public", params: { "...nextauth": "_log" } },
  "POST /api/projects/[slug]/uploads": { access: "import" },
  "GET /api/projects/[slug]/imports/[importId]": { access: "import", params: { importId: "999999" } },
  "GET /api/projects/[slug]/report/export": { access: "edit_quotes" },
  "GET /api/projects/[slug]/overview/export": { access: "read_summaries" },
  "GET /api/projects/[slug]/retrieval/export": { access: "export_raw" },
  "GET /api/projects/[slug]/codebook": { access: "read_text" },
  "GET /api/projects/[slug]/packs/[authorityId]": { access: "read_pack", params: { authorityId: READER_AUTHORITY } },
  "GET /api/projects/[slug]/packs/runs/[runId]": { access: "make_packs", params: { runId: "999999" } },
  "GET /api/projects/[slug]/packs/runs/[runId]/download": { access: "make_packs", params: { runId: "999999" } },
  "GET /api/projects/[slug]/exchange/qdpx": { access: "export_raw" },
  "GET /api/projects/[slug]/exchange/qdc": { access: "read_text" },
  "POST /api/projects/[slug]/exchange/import": { access: "import" },
  "GET /api/projects/[slug]/live": { access: "read_text" },
  "GET /projects/[slug]/agreement/export": { access: "adjudicate" },
};

export const ACTIONS: Record<string, Entry> = {
  "app/account/actions.ts#signOutOtherSessionsAction": { access: "signed_in" },
  "app/account/password/actions.ts#changePasswordAction": { access: "signed_in" },
  "app/admin/actions.ts#createProjectAction": { access: "admin" },
  "app/admin/actions.ts#createUserAction": { access: "admin" },
  "app/admin/actions.ts#signOutEverywhereAction": { access: "admin" },
  "app/admin/actions.ts#adminAddMemberAction": { access: "admin" },
  "app/projects/[slug]/import/actions.ts#confirmImport": { access: "import" },
  "app/projects/[slug]/import/actions.ts#discardImport": { access: "import" },
  "app/projects/[slug]/members/actions.ts#addMember": { access: "manage_project" },
  "app/projects/[slug]/members/actions.ts#changeMemberRole": { access: "manage_project" },
  "app/projects/[slug]/members/actions.ts#removeMemberAction": { access: "manage_project" },
  "app/projects/[slug]/members/actions.ts#updateProjectSettings": { access: "manage_project" },
  "app/projects/[slug]/settings/actions.ts#setComparison": { access: "manage_project" },
  "app/projects/[slug]/settings/actions.ts#setCountingAction": { access: "manage_project" },
  "app/projects/[slug]/agreement/actions.ts#adjudicateAction": { access: "adjudicate" },
  "app/projects/[slug]/settings/actions.ts#renameWaveAction": { access: "import" },
  "app/projects/[slug]/settings/actions.ts#renameDocumentAction": { access: "import" },
  "app/projects/[slug]/settings/actions.ts#previewImportDeletion": { access: "import" },
  "app/projects/[slug]/settings/actions.ts#deleteImportAction": { access: "import" },
  "app/projects/[slug]/attributes/actions.ts#mergeAttributeValueAction": { access: "import" },
  "app/projects/[slug]/attributes/actions.ts#orderAttributeValuesAction": { access: "import" },
  "app/projects/[slug]/participants/actions.ts#mergeParticipant": { access: "import" },
  "app/projects/[slug]/participants/actions.ts#updateParticipantAttributes": { access: "import" },
  "app/projects/[slug]/quotes/actions.ts#proposeQuote": { access: "propose_quote" },
  "app/projects/[slug]/quotes/actions.ts#shortlistQuote": { access: "edit_quotes" },
  "app/projects/[slug]/quotes/actions.ts#returnQuoteToCandidates": { access: "edit_quotes" },
  "app/projects/[slug]/quotes/actions.ts#updateQuoteReview": { access: "edit_quotes" },
  "app/projects/[slug]/quotes/actions.ts#setQuoteAttribution": { access: "edit_quotes" },
  "app/projects/[slug]/quotes/actions.ts#approveQuote": { access: "decide_quotes" },
  "app/projects/[slug]/quotes/actions.ts#rejectQuote": { access: "decide_quotes" },
  "app/projects/[slug]/quotes/actions.ts#addQuoteComment": { access: "read_text" },
  "app/projects/[slug]/packs/actions.ts#makeAllPacks": { access: "make_packs" },
  "app/projects/[slug]/report/actions.ts#reorderReportThemes": { access: "edit_quotes" },
  "app/projects/[slug]/report/actions.ts#reorderReportQuotes": { access: "edit_quotes" },
  "app/projects/[slug]/themes/actions.ts#saveMetricLink": { access: "code" },
  "app/projects/[slug]/themes/actions.ts#removeMetricLink": { access: "code" },
  "app/projects/[slug]/metrics/actions.ts#importMetrics": { access: "import" },
  "app/projects/[slug]/codebook/actions.ts#addCode": { access: "code" },
  "app/projects/[slug]/codebook/actions.ts#editCode": { access: "code" },
  "app/projects/[slug]/codebook/actions.ts#moveCode": { access: "code" },
  "app/projects/[slug]/codebook/actions.ts#mergeCode": { access: "code" },
  "app/projects/[slug]/codebook/actions.ts#archiveCode": { access: "code" },
  "app/projects/[slug]/codebook/actions.ts#restoreCode": { access: "code" },
  "app/projects/[slug]/codebook/actions.ts#importCodebook": { access: "code" },
  "app/projects/[slug]/memos/actions.ts#addMemo": { access: "code" },
  "app/projects/[slug]/memos/actions.ts#editMemo": { access: "code" },
  "app/projects/[slug]/memos/actions.ts#removeMemo": { access: "code" },
  "app/projects/[slug]/codings/actions.ts#applyCodings": { access: "code" },
  "app/projects/[slug]/codings/actions.ts#removeCodings": { access: "code" },
  "app/projects/[slug]/code-keys/actions.ts#pinCodeToKey": { access: "code" },
  "app/projects/[slug]/code-keys/actions.ts#unpinKey": { access: "code" },
  "app/projects/[slug]/rounds/actions.ts#createRound": { access: "manage_rounds" },
  "app/projects/[slug]/rounds/actions.ts#markUnitDone": { access: "code" },
  "app/projects/[slug]/rounds/actions.ts#closeRound": { access: "manage_rounds" },
};

const FIRST_TRANSCRIPT =
  "sql:select d.id from documents d join projects p on p.id = d.project_id where p.slug = 'big-conversation' and d.kind = 'transcript' order by d.id limit 1";

const FIRST_QUOTE =
  "sql:select q.id from quotes q join projects p on p.id = q.project_id where p.slug = 'big-conversation' order by q.id limit 1";

const WORKLOAD_CODE =
  "sql:select c.id from codes c join projects p on p.id = c.project_id where p.slug = 'big-conversation' and c.name = 'Workload and caseloads'";

const FIRST_QUESTION =
  "sql:select d.id from documents d join projects p on p.id = d.project_id where p.slug = 'big-conversation' and d.kind = 'question' order by d.id limit 1";

const FIRST_RESPONDENT =
  "sql:select r.id from respondents r join projects p on p.id = r.project_id where p.slug = 'big-conversation' order by r.id limit 1";

/** The round the matrix spec opens first, with the demo's owner and researcher as its coders. */
export const MATRIX_ROUND_NAME = "Authorisation matrix round";
const MATRIX_ROUND = `sql:select r.id from rounds r join projects p on p.id = r.project_id where p.slug = 'big-conversation' and r.name = '${MATRIX_ROUND_NAME}' order by r.id limit 1`;

const FIRST_PARTICIPANT =
  "sql:select pa.id from participants pa join projects p on p.id = pa.project_id where p.slug = 'big-conversation' order by pa.id limit 1";

export const PAGES: Record<string, Entry> = {
  "/signin": { access: "public" },
  "/": { access: "signed_in" },
  "/account/password": { access: "signed_in" },
  "/admin": { access: "admin" },
  "/admin/projects/[slug]/members": { access: "admin" },
  "/projects/[slug]": { access: "read_summaries" },
  "/projects/[slug]/documents": { access: "read_text" },
  "/projects/[slug]/documents/[documentId]": { access: "read_text", params: { documentId: FIRST_TRANSCRIPT } },
  "/projects/[slug]/import": { access: "import" },
  "/projects/[slug]/members": { access: "manage_project" },
  "/projects/[slug]/participants": { access: "read_text" },
  "/projects/[slug]/respondents": { access: "read_text" },
  "/projects/[slug]/respondents/[respondentId]": { access: "read_text", params: { respondentId: FIRST_RESPONDENT } },
  "/projects/[slug]/participants/[participantId]": {
    access: "read_text",
    params: { participantId: FIRST_PARTICIPANT },
  },
  "/projects/[slug]/quotes": { access: "read_text" },
  "/projects/[slug]/quotes/[quoteId]": { access: "read_text", params: { quoteId: FIRST_QUOTE } },
  "/projects/[slug]/report": { access: "read_summaries" },
  "/projects/[slug]/agreement": { access: "adjudicate" },
  "/projects/[slug]/agreement/disagreements": { access: "adjudicate" },
  "/projects/[slug]/packs": { access: "read_pack" },
  "/projects/[slug]/packs/[authorityId]": { access: "read_pack", params: { authorityId: READER_AUTHORITY } },
  "/projects/[slug]/themes": { access: "read_summaries" },
  "/projects/[slug]/themes/[codeId]": { access: "read_summaries", params: { codeId: WORKLOAD_CODE } },
  "/projects/[slug]/overview": { access: "read_summaries" },
  "/projects/[slug]/metrics": { access: "read_published" },
  "/projects/[slug]/questions/[documentId]": { access: "read_text", params: { documentId: FIRST_QUESTION } },
  "/projects/[slug]/retrieval": { access: "read_text" },
  "/projects/[slug]/search": { access: "read_text" },
  "/projects/[slug]/codebook": { access: "read_text" },
  "/projects/[slug]/exchange": { access: "read_text" },
  "/projects/[slug]/settings": { access: "import" },
  "/projects/[slug]/attributes": { access: "import" },
  "/projects/[slug]/activity": { access: "manage_project" },
  "/projects/[slug]/rounds": { access: "read_text" },
  "/projects/[slug]/rounds/[roundId]": { access: "manage_rounds", params: { roundId: MATRIX_ROUND } },
  "/projects/[slug]/rounds/[roundId]/queue": { access: "code", params: { roundId: MATRIX_ROUND } },
};
