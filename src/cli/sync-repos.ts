import { runSyncRepos } from '../lib/repos/runSyncRepos';

process.exitCode = await runSyncRepos(process.argv.slice(2), {
  fetch: (url, init) => fetch(url, init),
  env: process.env,
  cwd: process.cwd(),
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});
