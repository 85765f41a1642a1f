/** Pause before the one retry of a write that found the project busy with an import. */
export const BUSY_RETRY_PAUSE_MS = 1_000;

function isBusy(result: { ok: boolean }): boolean {
  return !result.ok && (result as { error?: { code?: unknown } }).error?.code === "busy";
}

/**
 * Calls a server action, and once more after a pause when it answers "busy" (the server waited
 * for an import to let go of the database and gave up). A second "busy" is returned as it is: its
 * message explains that nothing was changed and to try again in a moment.
 */
export async function retryWhenBusy<R extends { ok: boolean }>(
  call: () => Promise<R>,
  pauseMs: number = BUSY_RETRY_PAUSE_MS,
): Promise<R> {
  const first = await call();
  if (!isBusy(first)) return first;
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  return call();
}
