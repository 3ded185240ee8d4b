// Misbehaving peers for timeout tests: a server that accepts and never speaks, one that hangs mid-TLS-handshake.
import { createServer, type Server, type Socket } from 'node:net';

/** A running test server with its port and a close that also drops open connections. */
export interface TestServer {
  port: number;
  close(): Promise<void>;
}

/** Wraps a net.Server so that close() destroys lingering sockets (otherwise close never finishes). */
export async function listen(server: Server, port = 0): Promise<TestServer> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('error', () => {});
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Accepts connections and never sends a byte. */
export function blackholeServer(): Promise<TestServer> {
  return listen(createServer(() => {}));
}

/** Reads the client's first bytes (a TLS ClientHello) and never answers. */
export function hangingHandshakeServer(): Promise<TestServer> {
  return listen(createServer((s) => s.once('data', () => {})));
}

/** A closed port: one that was free a moment ago. */
export async function closedPort(): Promise<number> {
  const s = await listen(createServer());
  const port = s.port;
  await s.close();
  return port;
}

/** A server that writes `banner` on connect and then answers each line with `reply(line)`. */
export function lineServer(banner: string | null, reply: (line: string, socket: Socket) => string | null): Promise<TestServer> {
  return listen(
    createServer((socket) => {
      if (banner !== null) socket.write(banner);
      let buf = '';
      socket.on('data', (chunk) => {
        buf += chunk.toString('latin1');
        let i: number;
        while ((i = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, i).replace(/\r$/, '');
          buf = buf.slice(i + 1);
          const out = reply(line, socket);
          if (out !== null) socket.write(out);
        }
      });
    }),
  );
}
