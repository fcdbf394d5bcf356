import { checkPartnership, type CheckOptions } from '../check/check.js';
import { slim, type ChunkRequest, type ChunkResult } from './pool.js';

/** A worker thread's loop (started by checkAll through bin/check-worker.cjs): check each chunk asked for, answer it. */
export function workerMain(): void {
  const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
  const options = (workerData as { partnerCheck: CheckOptions }).partnerCheck;
  parentPort!.on('message', (request: ChunkRequest) => {
    const answer: ChunkResult = { id: request.id, results: request.dirs.map((dir) => slim(checkPartnership(dir, options))) };
    parentPort!.postMessage(answer);
  });
}
