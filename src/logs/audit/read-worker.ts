// Worker-thread entry: reads and classifies one export and hands its rows over in the slots of the shared ring (see
// slot-ring.ts), posting which slot holds how many rows; it waits when every slot is still being emptied.
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage, InputError } from '../../core/errors.js';
import { classifyRows } from './classified-rows.js';
import { fileSource } from './decode.js';
import { RowPacker } from './row-batch.js';
import { SlotRing, type RingBuffers } from './slot-ring.js';

const port = parentPort!;
const { path, buffers } = workerData as { path: string; buffers: RingBuffers };
const ring = new SlotRing(buffers);
const packer = new RowPacker();
let slot = 0;
packer.start(ring.slots[slot]!);

/** Hands the filled slot over and starts on the next free one. */
function post(): void {
  if (packer.size === 0) return;
  ring.fill(slot);
  port.postMessage({ slot, batch: packer.take() });
  slot = ring.next(slot);
  ring.waitFree(slot);
  packer.start(ring.slots[slot]!);
}

async function read(): Promise<void> {
  const file = fileSource(path);
  // Rows are handed over after each chunk, so that the analyser never waits for a slot to fill.
  const paced = {
    name: file.name,
    async *open(): AsyncGenerator<Buffer> {
      for await (const chunk of file.open()) {
        yield chunk;
        post();
      }
    },
  };
  const info = await classifyRows(paced, (row) => {
    if (packer.add(row)) return;
    post();
    packer.add(row);
  });
  post();
  port.postMessage({ done: info });
}

read().catch((err: unknown) => port.postMessage({ error: errorMessage(err), input: err instanceof InputError }));
