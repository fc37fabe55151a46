// Regenerates the typed API schema into a temporary file and fails when the committed
// src/lib/api/schema.d.ts differs from it (run `npm run generate:api` and commit the result).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'coophub-api-'));
const out = join(dir, 'schema.d.ts');
try {
  execFileSync('npx', ['openapi-typescript', '../api/CoopHub.Api/openapi/v1.json', '-o', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fresh = readFileSync(out, 'utf8');
  const committed = readFileSync('src/lib/api/schema.d.ts', 'utf8');
  if (fresh !== committed) {
    console.error(
      'check:api FAILED: web/src/lib/api/schema.d.ts is out of date with api/CoopHub.Api/openapi/v1.json.\n' +
        'Run `npm run generate:api` in web/ and commit the result.',
    );
    process.exit(1);
  }
  console.log('check:api OK: web/src/lib/api/schema.d.ts matches the OpenAPI contract.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
