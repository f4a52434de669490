/**
 * Starts a private redis-server on a free loopback port in a temp dir (never a shared one). Fails loudly
 * when redis-server is not installed: CI installs it, and a skipped Redis test would hide a gap.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server (SIGKILL when `hard`, to simulate a crash). */
  stop(hard?: boolean): Promise<void>;
  /** Starts it again on the same port and dir, with the same data where persistence is on. */
  restart(): Promise<void>;
  /** Stops it and removes its temp dir. */
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

export async function startRedis(options: { appendonly?: boolean } = {}): Promise<RedisServer> {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'redis-server is not installed (apt-get install -y redis-server); the Redis tests need it',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'pz-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;

  const launch = async (): Promise<void> => {
    const proc = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        options.appendonly ? 'yes' : 'no',
        '--appendfsync',
        'always',
        '--daemonize',
        'no',
        '--loglevel',
        'warning',
      ],
      { stdio: 'ignore' },
    );
    child = proc;
    // never leave a redis-server behind if the test process dies first
    process.once('exit', () => proc.kill('SIGKILL'));
    const started = Date.now();
    while (!(await canConnect(port))) {
      if (proc.exitCode !== null) throw new Error(`redis-server exited with ${proc.exitCode}`);
      if (Date.now() - started > 10_000) throw new Error('redis-server did not start within 10 s');
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  const stop = async (hard = false): Promise<void> => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill(hard ? 'SIGKILL' : 'SIGTERM');
    });
  };

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    restart: launch,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
