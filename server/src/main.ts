// Entry point for running the API alone: `npm start -w server` (root `npm start` also builds the web app
// and starts the embedded database; see scripts/start.ts).
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config.ts';
import { persistentDevSecrets } from './lib/dev-secrets.ts';
import { startServer } from './server.ts';

try {
  const config = loadConfig(process.env, console.warn, () =>
    persistentDevSecrets(resolve('.data', 'dev-secrets.json')),
  );
  const server = await startServer(config);
  console.log(`Phyto API listening on ${server.url} (${config.nodeEnv})`);
  if (config.nodeEnv === 'production') {
    console.warn('[sms] no SMS gateway configured: codes go to the console');
  }
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
