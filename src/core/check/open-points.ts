import { FOLDERS, type FolderKey } from '../folder/layout.js';
import type { PathSegment } from '../yaml/source.js';
import type { FolderModel } from '../../model/index.js';

/** A point of disagreement after the agreement in principle, marked central (resolve now) or parked (on hold). */
export interface WeightedPoint {
  weight: 'central' | 'parked';
  key: string;
  entry?: string;
  /** The path of the item whose `status:` holds the weight. */
  path: PathSegment[];
}

/**
 * Every `status: central` and `status: parked` in the record, in one walk (linear in its size). Seed 002 (Planning):
 * areas of disagreement are either "central and need to be resolved immediately" or "can be put on hold".
 */
export function weightedPoints(model: FolderModel): WeightedPoint[] {
  const out: WeightedPoint[] = [];
  for (const [key, file] of Object.entries(model) as [string, unknown][]) {
    if ((FOLDERS as readonly string[]).includes(key as FolderKey)) {
      for (const [entry, data] of Object.entries((file ?? {}) as Record<string, unknown>)) walk(data, [], (weight, path) => out.push({ weight, key, entry, path }));
    } else walk(file, [], (weight, path) => out.push({ weight, key, path }));
  }
  return out;
}

// One path, pushed and popped as the walk goes: copied only where a point is found, so the walk stays linear.
function walk(node: unknown, path: PathSegment[], found: (weight: WeightedPoint['weight'], path: PathSegment[]) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      path.push(i);
      walk(item, path, found);
      path.pop();
    });
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node) as [string, unknown][]) {
    if (key === 'status' && (value === 'central' || value === 'parked')) found(value, [...path]);
    else {
      path.push(key);
      walk(value, path, found);
      path.pop();
    }
  }
}
