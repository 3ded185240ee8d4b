// Worker-thread entry: runs scan tasks sent by the pool and posts each ScanPart back.
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../../core/errors.js';
import { stopInlining } from './jit-inlining.js';
import type { ScanOptions } from './options.js';
import { prepareScanning, runScanTask, type ScanTask } from './scan-task.js';

stopInlining();
prepareScanning();

parentPort?.on('message', (msg: { task: ScanTask; opts: ScanOptions }) => {
  runScanTask(msg.task, msg.opts).then(
    (part) => parentPort?.postMessage({ part }),
    (err: unknown) => parentPort?.postMessage({ error: errorMessage(err) }),
  );
});
