"use client";

import dynamic from "next/dynamic";

/** The memo editor, loaded when first opened: StarterKit is not needed to read or code a transcript. */
export const MemoEditor = dynamic(() => import("./memo-editor").then((module) => module.MemoEditor), {
  ssr: false,
  loading: () => <p className="text-sm text-gray-600">Opening the memo editor…</p>,
});
