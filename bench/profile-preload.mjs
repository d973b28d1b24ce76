// Loaded by bench/profile.ts into the profiled server: profiling starts on SIGUSR2 (after start-up and warm-up,
// so neither is counted) and the profile is written to PROFILE_OUT on SIGTERM.
import fs from 'node:fs';
import { Session } from 'node:inspector';

const session = new Session();
session.connect();
const post = (method, params) =>
  new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
process.on('SIGUSR2', async () => {
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
});
process.on('SIGTERM', async () => {
  const { profile } = await post('Profiler.stop');
  fs.writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  process.exit(0);
});
