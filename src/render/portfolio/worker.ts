/** A worker thread of `partner portfolio` (./site.ts starts it from dist/): writes the pages of each chunk it is given. */
import { workerData } from 'node:worker_threads';
import { answerChunks } from '../../core/workers/pool.js';
import { writePages, type PageItem, type PagesJob } from './pages.js';

answerChunks((items: PageItem[]) => writePages(items, workerData as PagesJob));
