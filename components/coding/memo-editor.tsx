"use client";

import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { Bold, Italic, List, ListOrdered } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { MemoNode } from "@/lib/memos/memo-body";

export interface MemoEditorProps {
  label: string;
  initial?: MemoNode | null;
  saveLabel?: string;
  onSave: (body: MemoNode) => Promise<boolean>;
  onCancel: () => void;
}

/** A small rich-text editor for a memo (StarterKit without links), with Save and Cancel. */
export function MemoEditor({ label, initial, saveLabel = "Save memo", onSave, onCancel }: MemoEditorProps) {
  const labelId = useId();
  const [pending, setPending] = useState(false);
  const editor = useEditor({
    immediatelyRender: false,
    autofocus: "end",
    extensions: [StarterKit.configure({ link: false, heading: { levels: [2, 3] } })],
    content: initial ?? "",
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        class:
          "memo-editor min-h-24 rounded-b-md border border-gray-300 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-accent-700",
      },
    },
  });

  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: Boolean(current?.isActive("bold")),
      italic: Boolean(current?.isActive("italic")),
      bulletList: Boolean(current?.isActive("bulletList")),
      orderedList: Boolean(current?.isActive("orderedList")),
    }),
  });

  async function save() {
    if (!editor) return;
    setPending(true);
    const saved = await onSave(editor.getJSON() as MemoNode);
    setPending(false);
    if (saved) editor.commands.clearContent();
  }

  const tool = (name: string, active: boolean, run: () => void, Icon: typeof Bold) => (
    <button
      type="button"
      aria-label={name}
      aria-pressed={active}
      onClick={run}
      className={cn(
        "inline-flex size-8 items-center justify-center rounded text-gray-700 hover:bg-gray-100",
        active && "bg-accent-50 text-accent-900",
      )}
    >
      <Icon className="size-4" aria-hidden="true" />
    </button>
  );

  return (
    <fieldset
      aria-labelledby={labelId}
      className="space-y-2"
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <legend id={labelId} className="text-sm font-medium text-gray-800">
        {label}
      </legend>
      <div>
        <div
          role="toolbar"
          aria-label="Memo formatting"
          className="flex gap-1 rounded-t-md border border-b-0 border-gray-300 bg-gray-50 p-1"
        >
          {tool("Bold", Boolean(active?.bold), () => editor?.chain().focus().toggleBold().run(), Bold)}
          {tool("Italic", Boolean(active?.italic), () => editor?.chain().focus().toggleItalic().run(), Italic)}
          {tool(
            "Bulleted list",
            Boolean(active?.bulletList),
            () => editor?.chain().focus().toggleBulletList().run(),
            List,
          )}
          {tool(
            "Numbered list",
            Boolean(active?.orderedList),
            () => editor?.chain().focus().toggleOrderedList().run(),
            ListOrdered,
          )}
        </div>
        <EditorContent editor={editor} />
      </div>
      <div className="flex items-center gap-2">
        <Button size="sm" onClick={() => void save()} pending={pending}>
          {saveLabel}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <span className="text-xs text-gray-600">Ctrl+Enter saves</span>
      </div>
    </fieldset>
  );
}
