import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { Stack } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { buildApp } from '../../infra/aws/build-app.js';
import { EXEC_WRAPPER_FILE, LAMBDA_NODE_FLAGS } from '../../infra/aws/node-flags.js';
import { objectCreatedBatch } from '../../infra/local/event-queue.js';
import { functionUrlEvent } from '../../infra/local/http-bridge.js';
import { ensureTable } from '../../infra/local/provision.js';
import { localSdkEnv, startLocalServers } from '../../infra/local/servers.js';
import type { PipelineStack } from '../../infra/aws/pipeline-stack.js';
import { cdkJsonContext } from './synth.js';

/**
 * Builds the real Lambda bundles (local esbuild, as `cdk synth` does) and loads them the way the
 * Lambda runtime does: as an ES module in a fresh Node process, with only the environment the
 * stack sets. This catches what template assertions cannot: a dependency that breaks under ESM,
 * a missing `require`, an export name that does not match the handler setting.
 */
let outdir: string;
let stack: PipelineStack;
let template: { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };

beforeAll(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'dropfeed-bundle-'));
  const built = buildApp({
    outdir,
    builtinCloudFormationValidation: false,
    context: { ...cdkJsonContext(), '@aws-cdk/core:failSynthOnValidationErrors': false },
  });
  stack = built.stack;
  built.app.synth();
  template = JSON.parse(fs.readFileSync(path.join(outdir, `${stack.artifactId}.template.json`), 'utf8')) as typeof template;
});

afterAll(() => {
  fs.rmSync(outdir, { recursive: true, force: true });
});

function bundleDir(fn: PipelineStack['ingestFunction']): string {
  const id = Stack.of(fn).resolve((fn.node.defaultChild as CfnElement).logicalId) as string;
  const code = template.Resources[id]!.Properties.Code as { S3Key: string };
  const hash = code.S3Key.replace(/\.zip$/, '');
  return path.join(outdir, `asset.${hash}`);
}

function environmentOf(fn: PipelineStack['ingestFunction']): Record<string, string> {
  const id = Stack.of(fn).resolve((fn.node.defaultChild as CfnElement).logicalId) as string;
  const vars = (template.Resources[id]!.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
  // Tokens (the table name) have no value before deployment; any non-empty string stands in.
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'string' ? v : `${k.toLowerCase()}-test`]));
}

/**
 * The command, arguments and options that run `script` (an ES module body that has `handler` in scope) in a
 * clean Node process, started as Lambda starts it: through the function's exec wrapper when it names one
 * (the wrapper gets the interpreter's path and its arguments).
 */
function lambdaLikeProcess(dir: string, env: Record<string, string>, script: string) {
  const entry = path.join(dir, 'index.mjs');
  const program = `const { handler } = await import(${JSON.stringify(entry)});\n${script}`;
  const wrapper = env.AWS_LAMBDA_EXEC_WRAPPER?.replace(/^\/var\/task\//, `${dir}/`);
  const options = {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      ...env,
    },
    encoding: 'utf8' as const,
    timeout: 20_000,
  };
  const args = ['--no-warnings', '--input-type=module', '-e', program];
  return wrapper === undefined ? { command: process.execPath, args, options } : { command: wrapper, args: [process.execPath, ...args], options };
}

function runInLambdaLikeProcess(dir: string, env: Record<string, string>, script: string): string {
  const { command, args, options } = lambdaLikeProcess(dir, env, script);
  return execFileSync(command, args, options).trim();
}

/** The same without blocking this process, which may be serving the child (the local S3 and DynamoDB). */
function runInLambdaLikeProcessAsync(dir: string, env: Record<string, string>, script: string): Promise<string> {
  const { command, args, options } = lambdaLikeProcess(dir, env, script);
  return new Promise((resolve, reject) => {
    execFile(command, args, options, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout.trim())));
  });
}

describe('function bundles', () => {
  it('are one ESM file each, with a source map, within the size budget', () => {
    for (const [fn, budgetMB] of [
      [stack.ingestFunction, 8],
      [stack.feedFunction, 3],
    ] as const) {
      const dir = bundleDir(fn);
      expect(fs.readdirSync(dir).sort()).toEqual(['index.mjs', 'index.mjs.map', EXEC_WRAPPER_FILE]);
      expect(fs.statSync(path.join(dir, EXEC_WRAPPER_FILE)).mode & 0o111, `${fn.node.id} wrapper executable`).toBe(0o111);
      const size = fs.statSync(path.join(dir, 'index.mjs')).size;
      expect(size / 2 ** 20, fn.node.id).toBeLessThan(budgetMB);
      expect(fs.readFileSync(path.join(dir, 'index.mjs'), 'utf8')).toMatch(/\/\/# sourceMappingURL=index\.mjs\.map\s*$/);
    }
  });

  it('start the runtime through their exec wrapper, which adds the V8 flags NODE_OPTIONS does not take', () => {
    for (const fn of [stack.ingestFunction, stack.feedFunction]) {
      const env = environmentOf(fn);
      expect(env.AWS_LAMBDA_EXEC_WRAPPER).toBe(`/var/task/${EXEC_WRAPPER_FILE}`);
      const execArgv = JSON.parse(runInLambdaLikeProcess(bundleDir(fn), env, 'process.stdout.write(JSON.stringify(process.execArgv));')) as string[];
      expect(execArgv).toEqual(expect.arrayContaining([...LAMBDA_NODE_FLAGS, '--input-type=module']));
    }
  });

  it('keep regular-expression literals with Unicode property escapes as literals', () => {
    const ingest = fs.readFileSync(path.join(bundleDir(stack.ingestFunction), 'index.mjs'), 'utf8');
    // A rewritten literal reads `new RegExp("…\\p{…", …)` and is rebuilt on every call of its function.
    expect(ingest).not.toMatch(/new RegExp\("[^"]*\\\\[pP]\{/);
    expect(ingest).toMatch(/\/[^/\n]*\\p\{L[ul]?\}[^/\n]*\/[a-z]*u/);
  });

  it('load the ingest handler and acknowledge the S3 test event without touching AWS', () => {
    const testEvent = {
      Records: [
        {
          messageId: 'm-1',
          receiptHandle: 'r-1',
          body: JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'bucket', RequestId: 'x', HostId: 'y' }),
          attributes: {},
          messageAttributes: {},
          md5OfBody: '',
          eventSource: 'aws:sqs',
          eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:queue',
          awsRegion: 'us-east-1',
        },
      ],
    };
    const out = runInLambdaLikeProcess(
      bundleDir(stack.ingestFunction),
      environmentOf(stack.ingestFunction),
      `process.stdout.write(JSON.stringify(await handler(${JSON.stringify(testEvent)})));`,
    );
    expect(JSON.parse(out)).toEqual({ batchItemFailures: [] });
  });

  it('turn uploaded text, HTML and Markdown articles into feed items, against the local S3 and DynamoDB', async () => {
    const bucket = 'bundle-test';
    const table = 'bundle-test';
    const servers = await startLocalServers({ dataDir: fs.mkdtempSync(path.join(outdir, 'servers-')), bucket, s3Port: 0, dynamoPort: 0 });
    try {
      const sdkEnv = localSdkEnv(servers);
      const credentials = { accessKeyId: sdkEnv.AWS_ACCESS_KEY_ID!, secretAccessKey: sdkEnv.AWS_SECRET_ACCESS_KEY! };
      const s3 = new S3Client({ endpoint: servers.s3Endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
      const dynamo = new DynamoDBClient({ endpoint: servers.dynamoEndpoint, region: 'us-east-1', credentials });
      await ensureTable(dynamo, table);
      const ingestEnv: Record<string, string> = { ...environmentOf(stack.ingestFunction), ...sdkEnv, TABLE_NAME: table };
      const fixtures = ['captions-removed/source.html', 'german-markdown-boilerplate/source.md', 'byline-two-authors/source.txt'];
      const uploads = [];
      for (const fixture of fixtures) {
        const body = fs.readFileSync(path.join('test/fixtures/articles', fixture));
        const key = `${ingestEnv.WATCHED_PREFIX}${fixture.replace('/source', '')}`;
        await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
        uploads.push({ key, size: body.byteLength });
      }
      const ingested = await runInLambdaLikeProcessAsync(bundleDir(stack.ingestFunction), ingestEnv, `process.stdout.write(JSON.stringify(await handler(${JSON.stringify(objectCreatedBatch(bucket, uploads, 1))})));`);
      expect(JSON.parse(ingested.split('\n').at(-1)!)).toEqual({ batchItemFailures: [] });

      const request = functionUrlEvent({ method: 'GET', path: '/api/articles', query: '', headers: { host: 'feed.example', 'x-forwarded-proto': 'https' } });
      const served = await runInLambdaLikeProcessAsync(bundleDir(stack.feedFunction), { ...environmentOf(stack.feedFunction), ...sdkEnv, TABLE_NAME: table }, `const r = await handler(${JSON.stringify(request)}); process.stdout.write(JSON.stringify({ status: r.statusCode, body: r.isBase64Encoded ? Buffer.from(r.body, 'base64').toString('utf8') : r.body }));`);
      const response = JSON.parse(served.split('\n').at(-1)!) as { status: number; body: string };
      expect(response.status).toBe(200);
      const titles = (JSON.parse(response.body) as { articles: { title: string }[] }).articles.map((item) => item.title).sort();
      const expected = fixtures.map((fixture) => (JSON.parse(fs.readFileSync(path.join('test/fixtures/articles', path.dirname(fixture), 'expected.json'), 'utf8')) as { title: string }).title).sort();
      expect(titles).toEqual(expected);
      s3.destroy();
      dynamo.destroy();
    } finally {
      await servers.close();
    }
  }, 60_000);

  it('load the feed handler as a function', () => {
    const out = runInLambdaLikeProcess(
      bundleDir(stack.feedFunction),
      environmentOf(stack.feedFunction),
      'process.stdout.write(typeof handler);',
    );
    expect(out).toBe('function');
  });
});

describe('the ingest bundle', () => {
  /** Inputs the handler's module graph reaches through static imports only, and through any import. */
  async function importClosures(entry: string): Promise<{ eager: Set<string>; all: Set<string> }> {
    const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', mainFields: ['module', 'main'], logLevel: 'silent' });
    const inputs = result.metafile.inputs;
    const walk = (kinds: ReadonlySet<string>): Set<string> => {
      const seen = new Set<string>();
      const stack = [path.relative(process.cwd(), entry)];
      while (stack.length) {
        const file = stack.pop()!;
        if (seen.has(file) || !inputs[file]) continue;
        seen.add(file);
        for (const imported of inputs[file].imports) if (kinds.has(imported.kind) && !imported.external) stack.push(imported.path);
      }
      return seen;
    };
    return { eager: walk(new Set(['import-statement', 'require-call'])), all: walk(new Set(['import-statement', 'require-call', 'dynamic-import'])) };
  }

  it('bundles the HTML and Markdown stacks but evaluates them only when such a document arrives', async () => {
    const { eager, all } = await importClosures(path.resolve('functions/ingest/handler.ts'));
    const markupOnly = ['node_modules/linkedom/', 'node_modules/@mozilla/readability/', 'node_modules/marked/', 'node_modules/yaml/', 'functions/core/clean/html.ts', 'functions/core/clean/markdown.ts'];
    for (const prefix of markupOnly) {
      expect([...all].some((f) => f.startsWith(prefix)), `${prefix} is in the bundle`).toBe(true);
      expect([...eager].filter((f) => f.startsWith(prefix)), `${prefix} is loaded at init`).toEqual([]);
    }
    // The text path itself stays eager: the cleaner, the classifier and its model.
    expect(eager).toContain('functions/core/clean/text.ts');
    expect(eager).toContain('functions/core/classify/index.ts');
  });
});
