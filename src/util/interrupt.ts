/**
 * Interrupted runs (SIGINT, SIGTERM) leave no temp files behind. Kept apart from atomic-write.ts, with no imports,
 * so that `partner check --staged` can register its temp copy without loading anything else.
 */
import { rmSync } from 'node:fs';

/** Temp files and folders of writes in progress, removed if SIGINT or SIGTERM comes before they are renamed. */
const pending = new Set<string>();
let hooked = false;

/**
 * From the first registration on, SIGINT and SIGTERM no longer end the process at once: the signal is handled when
 * the (synchronous) work in progress has finished or failed, temp files still pending are removed, and then the
 * signal is raised again, so the process ends as interrupted. A signal before that ends it at once, when nothing has
 * been written yet.
 */
function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const p of pending) removeQuietly(p);
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Registers a temp file or folder that a write is building, so an interrupted run removes it (see hookSignals).
 * Returns the function that unregisters it, once it has been renamed into place or removed.
 */
export function trackTemp(path: string): () => void {
  hookSignals();
  pending.add(path);
  return () => {
    pending.delete(path);
    // Signal handles do not keep Node's event loop alive: without a turn of the loop that polls for I/O after the
    // write, a signal that came during it would be lost and the process would end as if never interrupted. A timer
    // of 1 ms gives that turn (an immediate alone may not poll).
    setTimeout(() => undefined, 1);
  };
}

/**
 * A test hook: PARTNER_TEST_PAUSE_BEFORE_RENAME=<ms> (1 to 10000) holds each write between its complete temp file
 * and the rename, so tests can interrupt a run there. It only delays; unset, it does nothing.
 */
export function pauseBeforeRename(): void {
  const raw = process.env.PARTNER_TEST_PAUSE_BEFORE_RENAME;
  if (raw === undefined || !/^\d{1,5}$/.test(raw)) return;
  const ms = Math.min(Number(raw), 10_000);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Removes a temp file or folder if it is there; never throws (a clean-up must not hide the error that led to it). */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Nothing was there to remove (a part of the path is a file), or it cannot be removed: nothing more to do.
  }
}
