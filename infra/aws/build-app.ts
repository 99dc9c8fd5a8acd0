import { App, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PipelineStack } from './pipeline-stack.js';
import type { PipelineStackProps } from './pipeline-stack.js';

/** Stack name used when the `stackName` context value is not set. */
export const defaultStackName = 'Dropfeed';

/** The assembled app: the App, its one stack, and the options read from context. */
export interface DropfeedApp {
  readonly app: App;
  readonly stack: PipelineStack;
}

/**
 * Builds the CDK app: one {@link PipelineStack} (environment-agnostic, so `cdk synth` needs no
 * credentials) with the AWS Solutions cdk-nag checks registered as a validation plugin, which
 * makes synthesis fail on any finding that is not acknowledged in the stack.
 *
 * Context values read (`cdk synth -c key=value`): `stackName` (default `Dropfeed`),
 * `cloudfront=true` (CloudFront in front of the feed), `capacity=provisioned` and `maxWriteUnits=N`
 * (a provisioned table), `entityFeedLimit=N` (each article in its N most salient entity feeds only), `publicBaseUrl=https://…` (base of the
 * feed's self links, e.g. the CloudFront domain after the first deploy), `dataRemoval=destroy` (bucket and table are
 * deleted with the stack: for throw-away dev stacks only).
 *
 * @param appProps passed to `new App` (tests pass context and an output directory)
 * @param stackProps override stack options (tests); context values fill the rest
 */
export function buildApp(appProps: AppProps = {}, stackProps: PipelineStackProps = {}): DropfeedApp {
  const app = new App(appProps);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

  const stackName = contextString(app, 'stackName') ?? defaultStackName;
  const stack = new PipelineStack(app, stackName, {
    description: 'dropfeed: S3 uploads -> SQS -> ingest Lambda -> DynamoDB -> feed Lambda (function URL)',
    cloudfront: contextString(app, 'cloudfront') === 'true',
    ...provisionedFromContext(app),
    ...entityFeedLimitFromContext(app),
    publicBaseUrl: contextString(app, 'publicBaseUrl'),
    dataRemovalPolicy: contextString(app, 'dataRemoval') === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    ...stackProps,
  });
  return { app, stack };
}

/** Context values arrive as strings from `-c` and as JSON values from cdk.json. */
function contextString(app: App, key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(key);
  return value === undefined || value === null ? undefined : String(value);
}

/** `-c entityFeedLimit=N`: index each article under its N most salient entities only. */
function entityFeedLimitFromContext(app: App): Pick<PipelineStackProps, 'entityFeedLimit'> {
  const raw = contextString(app, 'entityFeedLimit');
  if (raw === undefined) return {};
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`context entityFeedLimit must be a whole number of entities, 0 or more (got "${raw}")`);
  return { entityFeedLimit: limit };
}

/**
 * `-c capacity=provisioned` (optionally `-c maxWriteUnits=N`) selects a provisioned table;
 * anything else but `on-demand` or nothing is refused rather than silently ignored.
 */
function provisionedFromContext(app: App): Pick<PipelineStackProps, 'provisionedCapacity'> {
  const mode = contextString(app, 'capacity') ?? 'on-demand';
  if (mode === 'on-demand') return {};
  if (mode !== 'provisioned') throw new Error(`context capacity must be "on-demand" or "provisioned" (got "${mode}")`);
  const maxWrite = contextString(app, 'maxWriteUnits');
  return { provisionedCapacity: maxWrite === undefined ? {} : { maxWriteUnits: Number(maxWrite) } };
}
