/** A tiny HTTP server on 127.0.0.1 for the browser tests: what it serves can change between requests. */
import { createServer, type Server } from 'node:http';

export interface Served {
  body: string | Buffer;
  type: string;
  status?: number;
}

export interface Loopback {
  url(path: string): string;
  serve(path: string, file: Served): void;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startLoopback(): Promise<Loopback> {
  const files = new Map<string, Served>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const file = files.get(path);
    // Netral fetches packs from its service worker without host permission: the file host must allow CORS.
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (!file) {
      response.writeHead(404, headers).end('not found');
      return;
    }
    response.writeHead(file.status ?? 200, { ...headers, 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    serve: (path, file) => files.set(path, file),
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
