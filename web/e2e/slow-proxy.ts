import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A slow link in front of the stack, for the steps that need a download to take a while: responses are
 * paced to `bytesPerSecond`, what each one puts on the wire is counted, and the link can be cut (every open
 * connection dropped, new ones refused) and restored.
 */
export class SlowProxy {
  /** Bytes of the last response per path that crossed the link whole (compressed bodies stay compressed). */
  readonly completed = new Map<string, number>();
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private cut = false;

  constructor(
    private readonly upstream: string,
    private readonly bytesPerSecond: number,
  ) {}

  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      if (this.cut) {
        req.socket.destroy();
        return;
      }
      const target = new URL(this.upstream);
      const forward = request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (reply: IncomingMessage) => {
          res.writeHead(reply.statusCode ?? 502, reply.headers);
          void this.pace(reply, res, req.url ?? '/');
        },
      );
      forward.on('error', () => res.destroy());
      req.pipe(forward);
    });
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  /** The network goes away: open connections drop mid-transfer, new ones are refused. */
  cutLink(): void {
    this.cut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restoreLink(): void {
    this.cut = false;
  }

  async close(): Promise<void> {
    this.cutLink();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async pace(
    reply: IncomingMessage,
    res: NodeJS.WritableStream & { destroyed: boolean },
    path: string,
  ) {
    const started = Date.now();
    let sent = 0;
    try {
      for await (const chunk of reply as AsyncIterable<Buffer>) {
        for (let at = 0; at < chunk.length; at += 16 * 1024) {
          if (this.cut || res.destroyed) return;
          const piece = chunk.subarray(at, at + 16 * 1024);
          res.write(piece);
          sent += piece.length;
          const due = started + (sent / this.bytesPerSecond) * 1000;
          if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        }
      }
      res.end();
      this.completed.set(path, sent);
    } catch {
      // The link was cut under this response.
    }
  }
}
