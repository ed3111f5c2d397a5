/**
 * The worker thread of one import, started by import-worker.ts ahead of time: it loads its modules,
 * then waits for its import. It opens its own connection to the database the server uses (no
 * migrations: the server ran them), runs the use case, and reports progress and the summary or
 * the error by messages. A cancel (the shared commit gate) stops it at the next chunk of the file
 * or, at the latest, before its transaction commits.
 */
import { parentPort } from 'node:worker_threads';
import { openDatabase } from '#store/db.ts';
import {
  CommitGate,
  gatedDb,
  preloadUseCases,
  runRequest,
  serializeError,
  type WorkerInput,
  type WorkerMessage,
} from './import-worker-shared.ts';

const port = parentPort;
if (!port) throw new Error('import-worker-thread.ts runs as a worker thread only');
const post = (message: WorkerMessage) => port.postMessage(message);
port.once('message', (input: WorkerInput) => void run(input));
// While it waits; an import that comes first loads what it needs itself.
void preloadUseCases();

async function run(input: WorkerInput): Promise<void> {
  const gate = new CommitGate(input.gate);
  let result: WorkerMessage;
  try {
    const db = await openDatabase({ ...input.target, migrate: false, settled: true });
    try {
      const summary = await runRequest(gatedDb(db, gate), input.request, (bytesRead) => {
        // Here, unlike in the server's thread, throwing from any reader callback is contained.
        gate.check();
        post({ type: 'progress', bytesRead });
      });
      result = { type: 'done', summary };
    } finally {
      await db.close();
    }
  } catch (error) {
    result = { type: 'failed', error: serializeError(error) };
  }
  post(result);
}
