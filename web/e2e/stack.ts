import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../scripts/harness/embedded-mongo.ts';
import { startServer, type RunningServer } from '../../server/src/server.ts';

/**
 * The real thing the app talks to: the embedded MongoDB-protocol server and the API serving web/dist.
 * The API can be stopped and started again on the same port, database and secrets, which is how the tests
 * take the network away for real (a browser set offline still reaches localhost for some requests).
 */
export class Stack {
  private server: RunningServer | null = null;
  private port = 0;
  private readonly secrets = {
    jwtSecret: randomBytes(32).toString('hex'),
    otpHmacKey: randomBytes(32).toString('hex'),
  };

  private constructor(
    private readonly mongo: EmbeddedMongo,
    private readonly tempDir: string,
    private staticDir: string,
  ) {}

  /** `staticDir`: the built app to serve. */
  static async start(staticDir: string): Promise<Stack> {
    const tempDir = await mkdtemp(join(tmpdir(), 'phyto-e2e-'));
    const mongo = await startEmbeddedMongo({ dataDir: join(tempDir, 'db') });
    const stack = new Stack(mongo, tempDir, staticDir);
    try {
      await stack.startServer();
    } catch (error) {
      await stack.stop(); // the database child process would otherwise keep Node alive
      throw error;
    }
    return stack;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.server !== null;
  }

  async startServer(): Promise<void> {
    if (this.server) return;
    this.server = await startServer({
      mongoUri: this.mongo.uri,
      dbName: 'phyto_e2e',
      port: this.port,
      staticDir: this.staticDir,
      devOtpInReply: true,
      ...this.secrets,
      log: () => undefined,
    });
    this.port = this.server.port;
  }

  /** Restarts the API serving another build of the app (a new release, for the update prompt). */
  async deploy(staticDir: string): Promise<void> {
    await this.stopServer();
    this.staticDir = staticDir;
    await this.startServer();
  }

  async stopServer(): Promise<void> {
    await this.server?.close();
    this.server = null;
  }

  async stop(): Promise<void> {
    await this.stopServer();
    await this.mongo.stop();
    await rm(this.tempDir, { recursive: true, force: true });
  }
}
