/** The shapes a check takes and gives: apart from check.ts, so that references and rules import them without a circle. */
import type { Diagnostic } from '../base/diagnostic.js';
import type { Phase } from '../folder/layout.js';
import type { LoadedFile } from '../folder/load.js';
import type { PathSegment } from '../yaml/source.js';
import type { FolderModel } from '../../model/index.js';

export interface CheckOptions {
  /** Check readiness for this phase instead of the phase in partnership.yaml. */
  phase?: Phase;
  /** The date the check runs as (YYYY-MM-DD), for overdue commitments and reviews. */
  today: string;
  /** Texts standing in for files on disk (path inside the folder → text): the folder as a writer would leave it. */
  overrides?: ReadonlyMap<string, string>;
}

export interface PartnershipCheck {
  dir: string;
  name?: string;
  /** The name as written in partnership.yaml, even when that file has errors (`name` is set only when it is valid). */
  declaredName?: string;
  phase?: Phase;
  diagnostics: Diagnostic[];
  /** File texts by display path, for code frames. */
  texts: Map<string, string>;
  filesRead: number;
}

/** A folder's valid files as one model, and how to find each file again. */
export interface Checked {
  model: FolderModel;
  fileFor(key: string, entry?: string): LoadedFile | undefined;
  at(key: string, entry: string | undefined, path: readonly PathSegment[], options?: { key?: boolean }): { file: string; line: number; column: number };
}
