// Opens (and at once closes) a TCP connection, telling refused, timed out, unreachable and reset apart.
import { Socket } from 'node:net';

/** How one TCP connect attempt ended. */
export type ConnectOutcome =
  | { ok: true; address: string; port: number; ms: number; localAddress?: string }
  | { ok: false; address: string; port: number; ms: number; code: string; message: string };

/** Connects to `address:port`; gives up after `timeoutMs` or when the signal aborts. Never throws. */
export function tcpConnect(address: string, port: number, timeoutMs: number, signal: AbortSignal): Promise<ConnectOutcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const socket = new Socket();
    let settled = false;
    const finish = (outcome: ConnectOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(outcome);
    };
    const onAbort = () => finish({ ok: false, address, port, ms: ms(), code: 'ETIMEDOUT', message: `no answer from ${address}:${port} (aborted)` });
    const timer = setTimeout(
      () => finish({ ok: false, address, port, ms: ms(), code: 'ETIMEDOUT', message: `no answer from ${address}:${port} within ${timeoutMs} ms` }),
      timeoutMs,
    );
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => finish({ ok: true, address, port, ms: ms(), localAddress: socket.localAddress }));
    socket.once('error', (err: NodeJS.ErrnoException) => finish({ ok: false, address, port, ms: ms(), code: err.code ?? 'EUNKNOWN', message: err.message }));
    socket.connect({ host: address, port });
  });
}
