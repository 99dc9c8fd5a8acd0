import type { Duration } from 'aws-cdk-lib';
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { ESBUILD_ALIASES, ESBUILD_SUPPORTED, ESBUILD_TARGET, REQUIRE_SHIM } from '../bundling.js';
import { EXEC_WRAPPER_FILE, EXEC_WRAPPER_SOURCE } from '../node-flags.js';
import { fromRepoRoot, repoRoot } from '../repo-paths.js';

/**
 * The Lambda runtime every dropfeed function uses. Node.js 22 is the supported runtime closest to
 * the Node 20 the code is developed and tested on locally; Node 20 itself is past its Lambda
 * deprecation date.
 */
export const dropfeedRuntime: Runtime = Runtime.NODEJS_22_X;


/** Options for {@link DropfeedFunction}. */
export interface DropfeedFunctionProps {
  /** Entry file, relative to the repository root (e.g. `functions/ingest/handler.ts`). */
  readonly entry: string;
  /** Exported handler name in the entry file. @default 'handler' */
  readonly handler?: string;
  /** What the function does, shown in the console. */
  readonly description: string;
  /** Memory in MB; CPU scales with it. */
  readonly memorySize: number;
  /** Maximum run time of one invocation. */
  readonly timeout: Duration;
  /** Environment variables (in addition to the house defaults). */
  readonly environment: Record<string, string>;
  /** How long CloudWatch keeps the function's logs. @default one month */
  readonly logRetention?: RetentionDays;
}

/**
 * A Node.js Lambda function with the house defaults: Node 22 on arm64 (cheaper per GB-second than
 * x86 for this CPU-bound text work), one ESM bundle built by the local esbuild (never Docker),
 * minified with a source map that Node applies to stack traces, JSON log format, and its own log
 * group with a retention period.
 *
 * The function gets its own role that may write to its own log group only, instead of the
 * AWSLambdaBasicExecutionRole managed policy (which allows creating and writing any log group in
 * the account). Callers grant everything else explicitly.
 */
export class DropfeedFunction extends NodejsFunction {
  /** The function's log group (retention set, destroyed with the stack). */
  public readonly logGroupResource: LogGroup;
  /** The function's execution role. */
  public readonly executionRole: Role;

  constructor(scope: Construct, id: string, props: DropfeedFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      // Logs are diagnostics, not records: they go with the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${id} function`,
    });
    super(scope, id, {
      entry: fromRepoRoot(props.entry),
      handler: props.handler ?? 'handler',
      description: props.description,
      runtime: dropfeedRuntime,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      projectRoot: repoRoot,
      depsLockFilePath: fromRepoRoot('package-lock.json'),
      environment: {
        // Source maps only help if Node applies them to stack traces.
        NODE_OPTIONS: '--enable-source-maps',
        // The V8 flags NODE_OPTIONS does not take, added by a wrapper at the bundle's root (node-flags.ts).
        AWS_LAMBDA_EXEC_WRAPPER: `/var/task/${EXEC_WRAPPER_FILE}`,
        ...props.environment,
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: ESBUILD_TARGET,
        platform: 'node',
        mainFields: ['module', 'main'],
        banner: REQUIRE_SHIM,
        minify: true,
        // No keepNames: it wraps every named function, inner closures included, in a call that
        // defines its `name` each time it is created, which cost ~20% of classification time.
        // The error classes this code logs set their own `name`.
        sourceMap: true,
        // DEFAULT keeps the sourceMappingURL comment Node needs to find the map.
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        // Keep non-ASCII text (stop words, test strings) as UTF-8 instead of \u escapes; the
        // `charset` prop is not passed on by local bundling, so set the flag directly.
        // Regexp literals stay literals (see ESBUILD_SUPPORTED), and the stand-ins of ESBUILD_ALIASES
        // replace their packages, set the same way.
        esbuildArgs: {
          '--charset': 'utf8',
          ...Object.fromEntries(Object.entries(ESBUILD_SUPPORTED).map(([feature, on]) => [`--supported:${feature}`, String(on)])),
          ...Object.fromEntries(Object.entries(ESBUILD_ALIASES).map(([name, path]) => [`--alias:${name}`, path])),
        },
        // Ship the SDK version the code was tested with (checksum and retry defaults change
        // between minor versions) instead of whatever the runtime happens to carry.
        bundleAwsSDK: true,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          // The wrapper goes next to the bundle, executable (the asset's zip keeps file modes).
          afterBundling: (inputDir, outputDir) => [
            `cp "${inputDir}/${EXEC_WRAPPER_SOURCE}" "${outputDir}/${EXEC_WRAPPER_FILE}"`,
            `chmod 755 "${outputDir}/${EXEC_WRAPPER_FILE}"`,
          ],
        },
      },
    });
    logGroup.grantWrite(role);
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to Node.js 22 on purpose: the code is developed and tested on Node 20/22 semantics; moving to the newest runtime is a tested, deliberate change, not an automatic one.',
    });
    this.logGroupResource = logGroup;
    this.executionRole = role;
  }
}
