import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** A round page's data: a malformed id, and a round the reader may not reach, are the same 404. */
export function loadRoundPage<T>(rawId: string, load: (roundId: number) => T): T {
  const roundId = /^\d{1,9}$/.test(rawId) ? Number(rawId) : 0;
  if (roundId <= 0) notFound();
  try {
    return load(roundId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
