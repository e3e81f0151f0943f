// A TCP proxy in front of Redis for tests and the benchmark: it can be cut and restored (Redis
// "goes down" without touching the machine's Redis) and counts client writes (round trips).
import net from 'node:net';

export interface TcpProxy {
  readonly port: number;
  /** Chunks the client sent; with a request-response protocol, one per round trip. */
  writes: number;
  /** Drops every connection and stops listening. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const proxy = {
    port: 0,
    writes: 0,
    cut,
    restore: listen,
    close: cut,
  };
  function listen(): Promise<void> {
    server = net.createServer((client) => {
      const upstream = net.connect(target);
      sockets.add(client).add(upstream);
      client.setNoDelay(true);
      upstream.setNoDelay(true);
      client.on('data', (d) => {
        proxy.writes++;
        upstream.write(d);
      });
      upstream.on('data', (d) => client.write(d));
      const end = () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on('close', end).on('error', end);
      upstream.on('close', end).on('error', end);
    });
    return new Promise((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        proxy.port = port;
        resolve();
      });
    });
  }
  function cut(): Promise<void> {
    for (const s of sockets) s.destroy();
    sockets.clear();
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
  await listen();
  return proxy;
}
