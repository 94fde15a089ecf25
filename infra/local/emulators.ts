import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, rmSync } from 'node:fs';
import dynalite from 'dynalite';
import S3rver from 's3rver';

export interface Emulators {
  dynamoEndpoint: string;
  s3Endpoint: string;
  sesEndpoint: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

const listen = (server: Server): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve((server.address() as AddressInfo).port));
  });

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });

/**
 * Starts the three real-protocol emulators in this process on loopback ports chosen now:
 * dynalite (DynamoDB, in memory), s3rver (S3, files under `s3Directory`), aws-ses-v2-local (SES).
 */
export async function startEmulators(options: { s3Directory: string; bucket: string }): Promise<Emulators> {
  const dynamo = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const dynamoPort = await listen(dynamo);

  rmSync(options.s3Directory, { recursive: true, force: true });
  mkdirSync(options.s3Directory, { recursive: true });
  const s3 = new S3rver({ address: HOST, port: 0, silent: true, directory: options.s3Directory, configureBuckets: [{ name: options.bucket }] });
  const s3Address = await s3.run();

  // aws-ses-v2-local is CommonJS: its server factory is the module's `default`.
  const sesModule = (await import('aws-ses-v2-local')) as unknown as { default: SesFactory | { default: SesFactory } };
  const sesFactory = typeof sesModule.default === 'function' ? sesModule.default : sesModule.default.default;
  const sesServer = await sesFactory({ host: HOST, port: 0 });
  const sesPort = (sesServer.address() as AddressInfo).port;
  const sesEndpoint = `http://${HOST}:${sesPort}`;
  await fetch(`${sesEndpoint}/clear-store`, { method: 'POST' });

  return {
    dynamoEndpoint: `http://${HOST}:${dynamoPort}`,
    s3Endpoint: `http://${HOST}:${s3Address.port}`,
    sesEndpoint,
    async close() {
      await Promise.all([closeServer(dynamo), s3.close(), closeServer(sesServer)]);
    },
  };
}

type SesFactory = (config: { host: string; port: number }) => Promise<Server>;
