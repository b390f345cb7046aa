// `npm test`: lint and the type-check, then the unit tests, the build and the end-to-end tests; the
// first stage that fails stops the run with its exit code. Lint and the type-check each keep one core
// busy, so on CI's two cores they run side by side (about 40 s sooner); each one's output is printed
// whole when it ends, never interleaved. The later stages use both cores themselves, so they run one
// after another, printing as they go.
import { spawn } from 'node:child_process';

const STAGES = [['lint', 'check'], ['test:unit'], ['build'], ['test:e2e']];

/**
 * `npm run <script>` with npm's own Node when npm started us (`npm_execpath`), else the `npm` on PATH.
 * @param {string} script
 * @param {boolean} alone whether it runs alone and may print straight to the terminal
 * @returns {Promise<{ script: string, code: number, output: string }>}
 */
function npmRun(script, alone) {
  const [command, args] = process.env.npm_execpath
    ? [process.execPath, [process.env.npm_execpath, 'run', script]]
    : ['npm', ['run', script]];
  const child = spawn(command, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const chunks = [];
  child.stdout?.on('data', (chunk) => chunks.push(chunk));
  child.stderr?.on('data', (chunk) => chunks.push(chunk));
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ script, code: 1, output: `${error.message}\n` }));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

for (const stage of STAGES) {
  const alone = stage.length === 1;
  const results = await Promise.all(
    stage.map((script) =>
      npmRun(script, alone).then((result) => {
        if (!alone) process.stdout.write(result.output);
        return result;
      }),
    ),
  );
  const failed = results.filter((r) => r.code !== 0);
  if (failed.length) {
    console.error(`\nnpm test stopped: ${failed.map((r) => `npm run ${r.script} exited ${r.code}`).join('; ')}`);
    process.exit(failed[0].code);
  }
}
