import { CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption, ProjectionType } from 'aws-cdk-lib/aws-dynamodb';
import type { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FunctionUrlAuthType, HttpMethod, InvokeMode } from 'aws-cdk-lib/aws-lambda';
import type { FunctionUrl } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  EventType,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import type { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct, IConstruct } from 'constructs';
import { modelTopics } from '../model-topics.js';
import { tableSchema } from '../table-schema.js';
import { DeadLetterAlarm } from './constructs/dead-letter-alarm.js';
import { DropfeedFunction } from './constructs/dropfeed-function.js';
import { addFeedDistribution } from './constructs/feed-distribution.js';

/** Pinned CloudFormation logical ids of the stateful resources (renaming them replaces the resource). */
export const pinnedLogicalIds = {
  bucket: 'ArticleBucket',
  table: 'ArticleTable',
} as const;

/** Options for {@link PipelineStack}; every one has a production default. */
export interface PipelineStackProps extends StackProps {
  /** Key prefix the pipeline watches; must end in `/`. @default 'incoming/' */
  readonly watchedPrefix?: string;
  /** Ingest function memory in MB. @default 1024 */
  readonly ingestMemoryMB?: number;
  /** Ingest function timeout. @default 60 s */
  readonly ingestTimeout?: Duration;
  /** Most concurrent ingest invocations the queue may drive. @default 5 */
  readonly ingestMaxConcurrency?: number;
  /** Largest object the ingest function reads, in bytes. @default 10485760 (10 MiB) */
  readonly maxObjectBytes?: number;
  /**
   * Index each article under only its N most salient entities (`ENTITY_FEED_LIMIT`): each entity
   * feed an article is in costs two table writes, most of the DynamoDB bill (docs/operations.md).
   * @default undefined: every entity has its feed
   */
  readonly entityFeedLimit?: number;
  /** Feed function memory in MB. @default 512 */
  readonly feedMemoryMB?: number;
  /** Title of the feeds. @default 'dropfeed' */
  readonly feedTitle?: string;
  /**
   * What happens to the bucket and table when they leave the stack. RETAIN keeps the data and
   * turns on the table's deletion protection. @default RemovalPolicy.RETAIN
   */
  readonly dataRemovalPolicy?: RemovalPolicy;
  /**
   * Absolute base URL readers use (e.g. the CloudFront or custom domain), passed to the feed as
   * `PUBLIC_BASE_URL` for self links. The CloudFront domain cannot be wired in automatically:
   * the function would depend on the distribution that depends on it.
   * @default none: the feed derives links from the request's Host header
   */
  readonly publicBaseUrl?: string;
  /**
   * Provisioned table capacity with auto scaling instead of on-demand. At a steady load it costs
   * about a third of on-demand for the same writes (docs/operations.md); the queue absorbs what
   * is throttled while capacity scales up. @default undefined: on-demand
   */
  readonly provisionedCapacity?: ProvisionedCapacity;
  /** Put a CloudFront distribution in front of the feed function URL. @default false */
  readonly cloudfront?: boolean;
  /** Ingest entry file relative to the repository root. @default 'functions/ingest/handler.ts' */
  readonly ingestEntry?: string;
  /** Feed entry file relative to the repository root. @default 'functions/feed/handler.ts' */
  readonly feedEntry?: string;
}

/** Auto-scaling bounds of a provisioned table; the status index scales within a tenth of them. */
export interface ProvisionedCapacity {
  /** Write units kept even when idle. @default 5 */
  readonly minWriteUnits?: number;
  /** Ceiling of the write auto scaling. @default 2000: 5 concurrent ingest functions at full speed write ~1,730 units a second (50 articles/s × 34.6), with room over it */
  readonly maxWriteUnits?: number;
  /** @default 5 */
  readonly minReadUnits?: number;
  /** @default 500 */
  readonly maxReadUnits?: number;
  /** Utilization auto scaling aims for, in percent. @default 70 */
  readonly targetUtilizationPercent?: number;
}

/** SQS → Lambda: how long the event source may wait to fill a batch. */
const maxBatchingWindow = Duration.seconds(5);

/**
 * The whole dropfeed pipeline in one stack: upload bucket → S3 event notifications → SQS queue
 * (with dead-letter queue and alarm) → ingest function → DynamoDB table ← feed function ← public
 * function URL (optionally behind CloudFront).
 *
 * Stack outputs: `BucketName`, `UploadPrefix`, `FeedUrl`, `TableName`, `DeadLetterQueueUrl`,
 * `DeadLetterQueueArn`, `IngestQueueArn`, `DeadLetterAlarmName` (and `CdnUrl` with CloudFront).
 */
export class PipelineStack extends Stack {
  /** Upload bucket; logical id pinned to `ArticleBucket`. */
  public readonly bucket: Bucket;
  /** Article table; logical id pinned to `ArticleTable`. */
  public readonly table: Table;
  /** Queue the bucket notifies and the ingest function consumes. */
  public readonly queue: Queue;
  /** Where messages go after 5 failed receives. */
  public readonly deadLetterQueue: Queue;
  public readonly ingestFunction: DropfeedFunction;
  public readonly feedFunction: DropfeedFunction;
  /** The feed's public URL. */
  public readonly feedUrl: FunctionUrl;

  constructor(scope: Construct, id: string, props: PipelineStackProps = {}) {
    super(scope, id, props);

    const watchedPrefix = props.watchedPrefix ?? 'incoming/';
    if (!/^[^/].*\/$/.test(watchedPrefix)) {
      throw new Error(`watchedPrefix must be a non-empty key prefix ending in "/" (got "${watchedPrefix}")`);
    }
    if (props.publicBaseUrl !== undefined && !/^https?:\/\/[^/]+/.test(props.publicBaseUrl)) {
      throw new Error(`publicBaseUrl must be an absolute http(s) URL (got "${props.publicBaseUrl}")`);
    }
    const capacity = props.provisionedCapacity ? provisionedBounds(props.provisionedCapacity) : undefined;
    const ingestTimeout = props.ingestTimeout ?? Duration.seconds(60);
    const dataRemovalPolicy = props.dataRemovalPolicy ?? RemovalPolicy.RETAIN;

    // ---- storage --------------------------------------------------------------------------
    const accessLogs = new Bucket(this, 'AccessLogBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // S3 server access logging can only deliver to SSE-S3 encrypted buckets.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(90) }],
      removalPolicy: dataRemovalPolicy,
    });
    acknowledge(
      accessLogs,
      'AwsSolutions-S1',
      'This is the access-log bucket; logging it into itself would loop and logging it elsewhere adds a bucket per bucket.',
    );

    this.bucket = new Bucket(this, 'ArticleBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'article-bucket/',
      lifecycleRules: [
        // Versioning protects against accidental overwrites; old versions need not live forever.
        { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(30) },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
      removalPolicy: dataRemovalPolicy,
    });
    (this.bucket.node.defaultChild as CfnBucket).overrideLogicalId(pinnedLogicalIds.bucket);

    this.table = new Table(this, 'ArticleTable', {
      partitionKey: { name: tableSchema.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableSchema.sortKey, type: AttributeType.STRING },
      ...(capacity
        ? { billingMode: BillingMode.PROVISIONED, readCapacity: capacity.minRead, writeCapacity: capacity.minWrite }
        : { billingMode: BillingMode.PAY_PER_REQUEST }),
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: dataRemovalPolicy === RemovalPolicy.RETAIN,
      removalPolicy: dataRemovalPolicy,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: tableSchema.statusIndex.name,
      partitionKey: { name: tableSchema.statusIndex.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableSchema.statusIndex.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
      ...(capacity ? { readCapacity: capacity.index.minRead, writeCapacity: capacity.index.minWrite } : {}),
    });
    (this.table.node.defaultChild as CfnTable).overrideLogicalId(pinnedLogicalIds.table);
    if (capacity) {
      const target = { targetUtilizationPercent: capacity.targetPercent };
      this.table.autoScaleWriteCapacity({ minCapacity: capacity.minWrite, maxCapacity: capacity.maxWrite }).scaleOnUtilization(target);
      this.table.autoScaleReadCapacity({ minCapacity: capacity.minRead, maxCapacity: capacity.maxRead }).scaleOnUtilization(target);
      const index = tableSchema.statusIndex.name;
      this.table
        .autoScaleGlobalSecondaryIndexWriteCapacity(index, { minCapacity: capacity.index.minWrite, maxCapacity: capacity.index.maxWrite })
        .scaleOnUtilization(target);
      this.table
        .autoScaleGlobalSecondaryIndexReadCapacity(index, { minCapacity: capacity.index.minRead, maxCapacity: capacity.index.maxRead })
        .scaleOnUtilization(target);
    }

    // ---- events ---------------------------------------------------------------------------
    this.deadLetterQueue = new Queue(this, 'IngestDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows: time to notice the alarm and redrive.
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'IngestQueue', {
      // SSE-SQS rather than KMS: S3 can publish to it without a key policy, at no extra cost.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance for Lambda consumers: at least 6 × the function timeout (retries of a
      // throttled batch stay invisible), plus the batching window the messages may wait in.
      visibilityTimeout: Duration.seconds(6 * ingestTimeout.toSeconds() + maxBatchingWindow.toSeconds()),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });
    const notify = new SqsDestination(this.queue);
    this.bucket.addEventNotification(EventType.OBJECT_CREATED, notify, { prefix: watchedPrefix });
    this.bucket.addEventNotification(EventType.OBJECT_REMOVED, notify, { prefix: watchedPrefix });

    const dlqAlarm = new DeadLetterAlarm(this, 'IngestDeadLetterAlarm', {
      queue: this.deadLetterQueue,
      description:
        'An upload failed ingestion 5 times and was moved to the dead-letter queue. ' +
        'Read the ingest logs for its key, fix the cause, then redrive (docs/deploy.md).',
    });

    // ---- ingest ---------------------------------------------------------------------------
    this.ingestFunction = new DropfeedFunction(this, 'IngestFunction', {
      entry: props.ingestEntry ?? 'functions/ingest/handler.ts',
      description: 'Reads uploaded articles, cleans and classifies them, stores them in DynamoDB',
      memorySize: props.ingestMemoryMB ?? 1024,
      timeout: ingestTimeout,
      environment: {
        TABLE_NAME: this.table.tableName,
        WATCHED_PREFIX: watchedPrefix,
        MAX_OBJECT_BYTES: String(props.maxObjectBytes ?? 10 * 1024 * 1024),
        ...(props.entityFeedLimit === undefined ? {} : { ENTITY_FEED_LIMIT: String(props.entityFeedLimit) }),
        POWERTOOLS_SERVICE_NAME: 'dropfeed-ingest',
        LOG_LEVEL: 'INFO',
      },
    });
    const watchedObjects = this.bucket.arnForObjects(`${watchedPrefix}*`);
    this.ingestFunction.addToRolePolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:GetObject'], resources: [watchedObjects] }),
    );
    // Without ListBucket, S3 answers a read of a vanished key with 403 instead of 404, and the
    // record would be retried into the dead-letter queue. No s3:prefix condition: a GetObject
    // request carries no s3:prefix, so a conditional grant would not count for that decision.
    // Listing reveals only key names of a bucket that holds nothing but uploads.
    this.ingestFunction.addToRolePolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
    this.table.grantReadWriteData(this.ingestFunction);
    this.ingestFunction.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        maxBatchingWindow,
        reportBatchItemFailures: true,
        maxConcurrency: props.ingestMaxConcurrency ?? 5,
      }),
    );
    const ingestPolicy = this.ingestFunction.executionRole.node.findChild('DefaultPolicy');
    acknowledge(
      ingestPolicy,
      `AwsSolutions-IAM5[Resource::<${pinnedLogicalIds.bucket}.Arn>/${watchedPrefix}*]`,
      'Ingest reads any object under the watched prefix; keys are chosen by uploaders, so the prefix wildcard is the narrowest possible grant.',
    );
    acknowledge(
      ingestPolicy,
      `AwsSolutions-IAM5[Resource::<${pinnedLogicalIds.table}.Arn>/index/*]`,
      'grantReadWriteData covers the table\'s own indexes (only byFeed, the sparse status index, exists); index ARNs are only known by name pattern.',
    );

    // ---- feed -----------------------------------------------------------------------------
    this.feedFunction = new DropfeedFunction(this, 'FeedFunction', {
      entry: props.feedEntry ?? 'functions/feed/handler.ts',
      description: 'Serves the RSS, Atom, JSON Feed, JSON API and HTML views of the stored articles',
      memorySize: props.feedMemoryMB ?? 512,
      timeout: Duration.seconds(10),
      environment: {
        TABLE_NAME: this.table.tableName,
        POWERTOOLS_SERVICE_NAME: 'dropfeed-feed',
        FEED_TITLE: props.feedTitle ?? 'dropfeed',
        TOPICS: JSON.stringify(modelTopics()),
        LOG_LEVEL: 'INFO',
        ...(props.publicBaseUrl ? { PUBLIC_BASE_URL: props.publicBaseUrl } : {}),
      },
    });
    this.table.grantReadData(this.feedFunction);
    acknowledge(
      this.feedFunction.executionRole.node.findChild('DefaultPolicy'),
      `AwsSolutions-IAM5[Resource::<${pinnedLogicalIds.table}.Arn>/index/*]`,
      'grantReadData covers the table\'s own indexes (byFeed, the status index); index ARNs are only known by name pattern.',
    );
    // A Function URL rather than an HTTP API: the feed is public and read-only, needs no
    // authoriser, throttling tiers or custom domain mapping, and the URL costs nothing extra and
    // adds no hop. It delivers the same HTTP API v2 payload, so moving to an HTTP API later
    // changes no function code. Caching and a custom domain come from the optional CloudFront.
    this.feedUrl = this.feedFunction.addFunctionUrl({
      authType: FunctionUrlAuthType.NONE,
      invokeMode: InvokeMode.BUFFERED,
      cors: {
        allowedOrigins: ['*'],
        allowedMethods: [HttpMethod.GET, HttpMethod.HEAD],
        // Conditional GET headers are not CORS-safelisted; browsers preflight them.
        allowedHeaders: ['If-None-Match', 'If-Modified-Since'],
        exposedHeaders: ['ETag', 'Last-Modified', 'Link'],
        maxAge: Duration.days(1),
      },
    });

    // ---- the S3 notification helper that CDK adds ------------------------------------------
    const notificationsRole = this.node.children
      .find((c) => c.node.id.startsWith('BucketNotificationsHandler'))
      ?.node.tryFindChild('Role');
    if (notificationsRole) {
      acknowledge(
        notificationsRole,
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        'Role of the handler CDK itself adds to write the bucket notification configuration at deploy time; CDK does not let its policies be replaced.',
      );
    }

    // ---- optional CDN ---------------------------------------------------------------------
    let cdnUrl: string | undefined;
    if (props.cloudfront) {
      cdnUrl = addFeedDistribution(this, 'FeedDistribution', { functionUrl: this.feedUrl }).url;
    }

    // ---- outputs --------------------------------------------------------------------------
    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName, description: 'Upload bucket' });
    new CfnOutput(this, 'UploadPrefix', { value: watchedPrefix, description: 'Drop files under this key prefix' });
    new CfnOutput(this, 'FeedUrl', { value: this.feedUrl.url, description: 'Public feed (function URL)' });
    if (cdnUrl) new CfnOutput(this, 'CdnUrl', { value: cdnUrl, description: 'Feed behind CloudFront' });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueArn', { value: this.deadLetterQueue.queueArn, description: 'Source for a redrive' });
    new CfnOutput(this, 'IngestQueueArn', { value: this.queue.queueArn });
    new CfnOutput(this, 'DeadLetterAlarmName', { value: dlqAlarm.alarm.alarmName });
  }
}

/** Records a cdk-nag finding as accepted on one construct, with the reason next to the code. */
function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/** Fills in the defaults of {@link ProvisionedCapacity} and checks the bounds make sense. */
function provisionedBounds(p: ProvisionedCapacity) {
  const minWrite = p.minWriteUnits ?? 5;
  const maxWrite = p.maxWriteUnits ?? 2000;
  const minRead = p.minReadUnits ?? 5;
  const maxRead = p.maxReadUnits ?? 500;
  const targetPercent = p.targetUtilizationPercent ?? 70;
  for (const [name, min, max] of [['write', minWrite, maxWrite], ['read', minRead, maxRead]] as const) {
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) {
      throw new Error(`provisioned ${name} units must be whole numbers with 1 <= min <= max (got ${min}..${max})`);
    }
  }
  if (!(targetPercent >= 20 && targetPercent <= 90)) throw new Error(`targetUtilizationPercent must be 20..90 (got ${targetPercent})`);
  // Only rejected and duplicate uploads reach the status index: a small share of the table's writes.
  const tenth = (n: number): number => Math.max(1, Math.ceil(n / 10));
  return {
    minWrite, maxWrite, minRead, maxRead, targetPercent,
    index: { minWrite: 1, maxWrite: tenth(maxWrite), minRead: 1, maxRead: tenth(maxRead) },
  };
}
