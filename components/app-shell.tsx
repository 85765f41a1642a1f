import {
  ArrowLeftRight,
  CalendarRange,
  ChartColumn,
  ClipboardCheck,
  FileOutput,
  Files,
  FileText,
  FolderInput,
  History,
  Layers,
  LayoutDashboard,
  ListChecks,
  ListTree,
  MessageSquareQuote,
  Scale,
  Search,
  Shield,
  Table2,
  Tags,
  UserRound,
  Users,
  UsersRound,
} from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { type Permission, roleAllows } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { ROLE_LABELS } from "./role-labels";
import { SignOutButton } from "./sign-out-button";
import { Badge } from "./ui/badge";
import { cn } from "./ui/cn";
import { SkipLink } from "./ui/skip-link";

export type ProjectSection =
  | "overview"
  | "themes"
  | "joint-display"
  | "metrics"
  | "documents"
  | "codebook"
  | "retrieval"
  | "search"
  | "import"
  | "exchange"
  | "respondents"
  | "participants"
  | "quotes"
  | "report"
  | "packs"
  | "waves"
  | "attributes"
  | "activity"
  | "members"
  | "agreement"
  | "rounds";

const SECTIONS: { key: ProjectSection; label: string; path: string; permission: Permission; icon: typeof FileText }[] =
  [
    { key: "overview", label: "Overview", path: "", permission: "read_summaries", icon: LayoutDashboard },
    { key: "themes", label: "Themes", path: "/themes", permission: "read_summaries", icon: Layers },
    {
      key: "joint-display",
      label: "Themes and metrics",
      path: "/overview",
      permission: "read_summaries",
      icon: Table2,
    },
    { key: "metrics", label: "Metrics", path: "/metrics", permission: "read_published", icon: ChartColumn },
    { key: "documents", label: "Documents", path: "/documents", permission: "read_text", icon: FileText },
    { key: "codebook", label: "Codebook", path: "/codebook", permission: "read_text", icon: Tags },
    { key: "retrieval", label: "Retrieval", path: "/retrieval", permission: "read_text", icon: ListTree },
    { key: "search", label: "Search", path: "/search", permission: "read_text", icon: Search },
    { key: "import", label: "Import", path: "/import", permission: "import", icon: FolderInput },
    // The page lets leads and authors download the codebook too; importing asks for the import permission.
    { key: "exchange", label: "Exchange (REFI-QDA)", path: "/exchange", permission: "read_text", icon: ArrowLeftRight },
    { key: "waves", label: "Waves and imports", path: "/settings", permission: "import", icon: CalendarRange },
    { key: "attributes", label: "Attribute values", path: "/attributes", permission: "import", icon: ListChecks },
    { key: "respondents", label: "Respondents", path: "/respondents", permission: "read_text", icon: UsersRound },
    { key: "participants", label: "Participants", path: "/participants", permission: "read_text", icon: UserRound },
    { key: "quotes", label: "Quotes", path: "/quotes", permission: "read_text", icon: MessageSquareQuote },
    { key: "report", label: "Report", path: "/report", permission: "read_summaries", icon: FileOutput },
    { key: "agreement", label: "Agreement", path: "/agreement", permission: "adjudicate", icon: Scale },
    { key: "rounds", label: "Agreement rounds", path: "/rounds", permission: "read_text", icon: ClipboardCheck },
    { key: "packs", label: "Authority packs", path: "/packs", permission: "read_pack", icon: Files },
    { key: "members", label: "Members", path: "/members", permission: "manage_project", icon: Users },
    { key: "activity", label: "Activity", path: "/activity", permission: "manage_project", icon: History },
  ];

/** The sections a role may open; the pages check the same permissions again. An authority reader has their pack only. */
export function visibleSections(role: Role, authorityReader = false) {
  if (authorityReader) return SECTIONS.filter((section) => section.key === "packs" || section.key === "metrics");
  return SECTIONS.filter((section) => roleAllows(role, section.permission));
}

export interface AppShellProps {
  user: { email: string; isAdmin: boolean };
  project?: { slug: string; name: string; role: Role; current: ProjectSection; authorityReader?: boolean };
  children: ReactNode;
  /** Narrow pages (forms) read better in a shorter line. */
  width?: "default" | "narrow" | "wide";
  /** A second skip link, after "Skip to main content": straight to the page's work area (the transcript). */
  skipTo?: { target: string; label: string };
}

export function AppShell({ user, project, children, width = "default", skipTo }: AppShellProps) {
  return (
    <div className="min-h-screen">
      {skipTo ? <SkipLink target={skipTo.target}>{skipTo.label}</SkipLink> : null}
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex min-h-14 max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
          <Link
            href="/"
            className="flex items-center gap-2 font-semibold text-gray-900 no-underline hover:no-underline"
          >
            <QuoteMark />
            Quoteline
          </Link>
          {project ? (
            <span className="flex min-w-0 items-center gap-2 text-sm text-gray-700">
              <span aria-hidden="true" className="text-gray-400">
                /
              </span>
              <Link
                href={`/projects/${project.slug}`}
                className="truncate font-medium text-gray-800 no-underline hover:underline"
              >
                {project.name}
              </Link>
              <Badge tone="accent">{ROLE_LABELS[project.role]}</Badge>
            </span>
          ) : null}
          <nav aria-label="Account" className="ml-auto flex items-center gap-3 text-sm">
            {user.isAdmin ? (
              <Link
                href="/admin"
                className="inline-flex min-h-8 items-center gap-1.5 font-medium no-underline hover:underline"
              >
                <Shield className="size-4" aria-hidden="true" />
                Admin
              </Link>
            ) : null}
            <span className="text-gray-700" data-testid="user-email">
              {user.email}
            </span>
            <SignOutButton />
          </nav>
        </div>
      </header>
      <div className="mx-auto flex max-w-screen-2xl flex-col gap-6 px-4 py-6 sm:px-6 md:flex-row">
        {project ? (
          <ProjectNav
            slug={project.slug}
            role={project.role}
            current={project.current}
            authorityReader={project.authorityReader ?? false}
          />
        ) : null}
        <main
          id="main"
          tabIndex={-1}
          className={cn(
            "min-w-0 flex-1 focus:outline-none",
            width === "narrow" && "max-w-2xl",
            width === "default" && !project && "mx-auto w-full max-w-5xl",
          )}
        >
          {children}
        </main>
      </div>
    </div>
  );
}

function ProjectNav({
  slug,
  role,
  current,
  authorityReader,
}: {
  slug: string;
  role: Role;
  current: ProjectSection;
  authorityReader: boolean;
}) {
  return (
    <nav aria-label="Project" className="shrink-0 md:w-52">
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {visibleSections(role, authorityReader).map(({ key, label, path, icon: Icon }) => {
          const active = key === current;
          return (
            <li key={key}>
              <Link
                href={`/projects/${slug}${path}`}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex min-h-9 items-center gap-2.5 rounded-md px-3 text-sm font-medium no-underline hover:no-underline",
                  active ? "bg-accent-50 text-accent-900" : "text-gray-700 hover:bg-gray-100 hover:text-gray-900",
                )}
              >
                <Icon className="size-4" aria-hidden="true" />
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function QuoteMark() {
  return (
    <svg viewBox="0 0 32 32" className="size-6" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#0f766e" />
      <path
        fill="#fff"
        d="M9.5 22.5c-1.9 0-3.2-1.5-3.2-3.6 0-3.4 2.3-6.6 5.7-8.4l1 1.5c-1.9 1.2-3 2.6-3.2 4 .3-.1.6-.1.9-.1 1.7 0 3 1.3 3 3.2s-1.6 3.4-4.2 3.4zm10 0c-1.9 0-3.2-1.5-3.2-3.6 0-3.4 2.3-6.6 5.7-8.4l1 1.5c-1.9 1.2-3 2.6-3.2 4 .3-.1.6-.1.9-.1 1.7 0 3 1.3 3 3.2s-1.6 3.4-4.2 3.4z"
      />
    </svg>
  );
}
