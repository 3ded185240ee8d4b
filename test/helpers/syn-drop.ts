// A port whose SYNs are dropped, like a firewall's: a listener that never accepts, with its backlog filled.
import { spawn, type ChildProcess } from 'node:child_process';
import { Socket } from 'node:net';

/** A filtered port on 127.0.0.1 and a way to stop it. */
export interface DroppingPort {
  port: number;
  stop(): void;
}

const SCRIPT = [
  'import socket, sys, time',
  's = socket.socket()',
  "s.bind(('127.0.0.1', 0))",
  's.listen(0)',
  'print(s.getsockname()[1], flush=True)',
  'time.sleep(300)',
].join('\n');

/** Starts a listener that never accepts and fills its accept queue, so further connects time out. */
export async function droppingPort(): Promise<DroppingPort> {
  const child: ChildProcess = spawn('python3', ['-c', SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once('error', reject);
  });
  const fillers: Socket[] = [];
  for (let i = 0; i < 4; i += 1) {
    const s = new Socket();
    s.on('error', () => {});
    s.connect(port, '127.0.0.1');
    fillers.push(s);
  }
  await new Promise((r) => setTimeout(r, 200));
  return {
    port,
    stop() {
      for (const s of fillers) s.destroy();
      child.kill('SIGKILL');
    },
  };
}
