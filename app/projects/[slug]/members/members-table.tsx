"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { ROLE_LABELS } from "@/components/role-labels";
import { ROLE_SHORT_OPTIONS } from "@/components/role-options";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Role } from "@/lib/auth/roles";
import { changeMemberRole, removeMemberAction } from "./actions";

export interface MemberRow {
  userId: number;
  email: string;
  name: string;
  role: Role;
}

export function MembersTable({
  projectSlug,
  members,
  currentUserId,
}: {
  projectSlug: string;
  members: MemberRow[];
  currentUserId: number;
}) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Table>
        <TableCaption>Project members and their roles</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Email</TableHead>
            <TableHead>Name</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => (
            <MemberRowView
              key={member.userId}
              projectSlug={projectSlug}
              member={member}
              isSelf={member.userId === currentUserId}
              onMessage={setMessage}
            />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function MemberRowView({
  projectSlug,
  member,
  isSelf,
  onMessage,
}: {
  projectSlug: string;
  member: MemberRow;
  isSelf: boolean;
  onMessage: (message: { tone: "error" | "success"; text: string }) => void;
}) {
  const router = useRouter();
  const [role, setRole] = useState<Role>(member.role);
  const [saving, startSaving] = useTransition();
  const [removing, startRemoving] = useTransition();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const selectId = `member-role-${member.userId}`;

  function leaveIfSelf(self: boolean) {
    if (self) router.push(`/projects/${projectSlug}`);
    else router.refresh();
  }

  function save() {
    startSaving(async () => {
      const result = await changeMemberRole({ projectSlug, memberUserId: member.userId, role });
      if (!result.ok) {
        onMessage({ tone: "error", text: result.error.message });
        toast.error(result.error.message);
        setRole(member.role);
        return;
      }
      const text = `${member.email} is now ${ROLE_LABELS[role].toLowerCase()}.`;
      onMessage({ tone: "success", text });
      toast.success(text);
      leaveIfSelf(result.data.self && role !== "owner");
    });
  }

  function remove() {
    startRemoving(async () => {
      const result = await removeMemberAction({ projectSlug, memberUserId: member.userId });
      setConfirmOpen(false);
      if (!result.ok) {
        onMessage({ tone: "error", text: result.error.message });
        toast.error(result.error.message);
        return;
      }
      const text = `${member.email} was removed from the project.`;
      onMessage({ tone: "success", text });
      toast.success(text);
      if (result.data.self) router.push("/");
      else router.refresh();
    });
  }

  return (
    <TableRow>
      <TableHead scope="row" className="break-all">
        {member.email}
        {isSelf ? (
          <Badge className="ml-2" tone="neutral">
            You
          </Badge>
        ) : null}
      </TableHead>
      <TableCell>{member.name}</TableCell>
      <TableCell>
        <div className="flex items-center gap-2">
          <label htmlFor={selectId} className="sr-only">
            Role for {member.email}
          </label>
          <Select
            id={selectId}
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            options={ROLE_SHORT_OPTIONS}
            wrapperClassName="w-36"
          />
          <Button variant="secondary" size="sm" onClick={save} pending={saving} disabled={role === member.role}>
            Save<span className="sr-only"> role for {member.email}</span>
          </Button>
        </div>
      </TableCell>
      <TableCell className="text-right">
        <Dialog open={confirmOpen} onOpenChange={setConfirmOpen}>
          <DialogTrigger asChild>
            <Button variant="ghost" size="sm" className="text-red-800 hover:bg-red-50 hover:text-red-900">
              Remove<span className="sr-only"> {member.email}</span>
            </Button>
          </DialogTrigger>
          <DialogContent
            title={`Remove ${member.email}?`}
            description={
              isSelf
                ? "You will lose access to this project straight away."
                : "They lose access to this project straight away. Their codings and memos stay."
            }
          >
            <div className="flex justify-end gap-2">
              <DialogClose asChild>
                <Button variant="secondary">Cancel</Button>
              </DialogClose>
              <Button variant="danger" onClick={remove} pending={removing}>
                Remove member
              </Button>
            </div>
          </DialogContent>
        </Dialog>
      </TableCell>
    </TableRow>
  );
}
