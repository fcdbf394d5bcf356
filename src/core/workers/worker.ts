import { checkPartnership, type CheckOptions } from '../check/check.js';
import { answerChunks, slim } from './pool.js';

/** A worker thread's loop (started by checkAll through bin/check-worker.cjs): check each chunk asked for, answer it. */
export function workerMain(): void {
  const { workerData } = process.getBuiltinModule('node:worker_threads');
  const options = (workerData as { partnerCheck: CheckOptions }).partnerCheck;
  answerChunks((dirs: string[]) => dirs.map((dir) => slim(checkPartnership(dir, options))));
}
