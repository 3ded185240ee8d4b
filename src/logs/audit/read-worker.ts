// Worker-thread entry: reads and classifies one export and hands its rows over in the slots of the shared ring (see
// slot-ring.ts), posting which slot holds how many rows; it waits when every slot is still being emptied.
import { parentPort } from 'node:worker_threads';
import { errorMessage, InputError } from '../../core/errors.js';
import { classifyRows } from './classified-rows.js';
import { fileSource } from './decode.js';
import { RowPacker } from './row-batch.js';
import { SlotRing, type RingBuffers } from './slot-ring.js';

const port = parentPort!;
let ring: SlotRing;
const packer = new RowPacker();
let slot = 0;

/** Hands the filled slot over and starts on the next free one. */
function post(): void {
  if (packer.size === 0) return;
  ring.fill(slot);
  port.postMessage({ slot, batch: packer.take() });
  slot = ring.next(slot);
  ring.waitFree(slot);
  packer.start(ring.slots[slot]!);
}

async function read(path: string): Promise<void> {
  packer.start(ring.slots[slot]!);
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

// The thread may be started before the export is known: it loads its modules, then waits for what to read.
port.once('message', (msg: { path: string; buffers: RingBuffers }) => {
  ring = new SlotRing(msg.buffers);
  read(msg.path).catch((err: unknown) => port.postMessage({ error: errorMessage(err), input: err instanceof InputError }));
});
