import { beforeAll, describe, expect, it } from 'vitest';
import { Stack } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import type { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { modelTopics } from '../../infra/model-topics.js';
import { tableSchema } from '../../infra/table-schema.js';
import type { PipelineStack } from '../../infra/aws/pipeline-stack.js';
import { synthPipeline } from './synth.js';

type Json = Record<string, unknown>;
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Json;
}

let stack: PipelineStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthPipeline());
});

const logicalId = (construct: IConstruct): string => {
  const child = (construct.node.defaultChild ?? construct) as CfnElement;
  // resolve() honours overrideLogicalId; getLogicalId() would not.
  return Stack.of(construct).resolve(child.logicalId) as string;
};
const resource = (id: string): Json => {
  const found = template.toJSON().Resources[id] as Json | undefined;
  if (!found) throw new Error(`no resource ${id}`);
  return found;
};
const props = (id: string): Json => resource(id).Properties as Json;
const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);

/** Every statement of every policy attached to a role (inline, default policy, managed policy). */
function statementsOfRole(roleLogicalId: string): Statement[] {
  const all = template.toJSON().Resources as Record<string, Json>;
  const role = all[roleLogicalId];
  expect(role?.Type).toBe('AWS::IAM::Role');
  const roleProps = role!.Properties as Json;
  // Managed policies would hide their statements from this check.
  expect(roleProps.ManagedPolicyArns ?? []).toEqual([]);
  const inline = ((roleProps.Policies ?? []) as Json[]).flatMap(
    (p) => (p.PolicyDocument as { Statement: Statement[] }).Statement,
  );
  const attached = Object.values(all)
    .filter((r) => r.Type === 'AWS::IAM::Policy')
    .filter((r) => JSON.stringify((r.Properties as Json).Roles).includes(`"${roleLogicalId}"`))
    .flatMap((r) => ((r.Properties as Json).PolicyDocument as { Statement: Statement[] }).Statement);
  return [...inline, ...attached];
}

describe('upload bucket', () => {
  it('keeps its pinned logical id and is retained with the stack', () => {
    expect(logicalId(stack.bucket)).toBe('ArticleBucket');
    expect(resource('ArticleBucket').Type).toBe('AWS::S3::Bucket');
    expect(resource('ArticleBucket').DeletionPolicy).toBe('Retain');
    expect(resource('ArticleBucket').UpdateReplacePolicy).toBe('Retain');
  });

  it('is encrypted, private, versioned and logs access to another bucket', () => {
    const bucket = props('ArticleBucket');
    expect(bucket.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(bucket.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    const logging = bucket.LoggingConfiguration as { DestinationBucketName: { Ref: string } };
    expect(logging.DestinationBucketName.Ref).not.toBe('ArticleBucket');
    expect(resource(logging.DestinationBucketName.Ref).Type).toBe('AWS::S3::Bucket');
  });

  it('denies every request that does not use TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: 'ArticleBucket' },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('notifies the ingest queue of creations and removals under incoming/ only', () => {
    const queueId = logicalId(stack.queue);
    const notifications = template.findResources('Custom::S3BucketNotifications');
    const configs = Object.values(notifications).flatMap((n) => {
      const p = n.Properties as { BucketName: unknown; NotificationConfiguration: { QueueConfigurations?: Json[] } };
      expect(p.BucketName).toEqual({ Ref: 'ArticleBucket' });
      return p.NotificationConfiguration.QueueConfigurations ?? [];
    });
    const events = configs.flatMap((c) => c.Events as string[]).sort();
    expect(events).toEqual(['s3:ObjectCreated:*', 's3:ObjectRemoved:*']);
    for (const config of configs) {
      expect(config.QueueArn).toEqual({ 'Fn::GetAtt': [queueId, 'Arn'] });
      expect(config.Filter).toEqual({ Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } });
    }
  });
});

describe('ingest queue', () => {
  it('moves a message to the dead-letter queue after 5 receives', () => {
    const queue = props(logicalId(stack.queue));
    expect(queue.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(stack.deadLetterQueue), 'Arn'] },
      maxReceiveCount: 5,
    });
  });

  it('hides a message for at least 6 x the ingest timeout', () => {
    const timeout = props(logicalId(stack.ingestFunction)).Timeout as number;
    expect(timeout).toBe(60);
    expect(props(logicalId(stack.queue)).VisibilityTimeout as number).toBeGreaterThanOrEqual(6 * timeout);
  });

  it('encrypts both queues and refuses plain-HTTP access to them', () => {
    for (const q of [stack.queue, stack.deadLetterQueue]) {
      const id = logicalId(q);
      expect(props(id).SqsManagedSseEnabled ?? props(id).KmsMasterKeyId).toBeTruthy();
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('raises an alarm as soon as one message is in the dead-letter queue', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(stack.deadLetterQueue), 'QueueName'] } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
    });
  });

  it('feeds the ingest function in batches with partial batch failures', () => {
    const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'));
    expect(mappings).toHaveLength(1);
    const mapping = mappings[0]!.Properties as Json;
    expect(mapping.EventSourceArn).toEqual({ 'Fn::GetAtt': [logicalId(stack.queue), 'Arn'] });
    expect(mapping.FunctionName).toEqual({ Ref: logicalId(stack.ingestFunction) });
    expect(mapping.BatchSize).toBe(10);
    expect(mapping.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping.MaximumBatchingWindowInSeconds as number).toBeGreaterThan(0);
    expect(mapping.MaximumBatchingWindowInSeconds as number).toBeLessThanOrEqual(10);
    expect((mapping.ScalingConfig as Json).MaximumConcurrency as number).toBeGreaterThanOrEqual(2);
  });
});

describe('ingest function', () => {
  it('runs on arm64 with its memory, timeout and environment', () => {
    const fn = props(logicalId(stack.ingestFunction));
    expect(fn.Architectures).toEqual(['arm64']);
    expect(fn.Runtime).toMatch(/^nodejs\d+\.x$/);
    expect(fn.Handler).toBe('index.handler');
    expect(fn.MemorySize).toBe(1024);
    expect(fn.Timeout).toBe(60);
    expect((fn.Environment as { Variables: Json }).Variables).toMatchObject({
      TABLE_NAME: { Ref: 'ArticleTable' },
      WATCHED_PREFIX: 'incoming/',
      MAX_OBJECT_BYTES: '10485760',
      POWERTOOLS_SERVICE_NAME: 'dropfeed-ingest',
      LOG_LEVEL: 'INFO',
    });
  });

  it('may read objects under incoming/ and nothing else in S3', () => {
    const statements = statementsOfRole(logicalId(stack.ingestFunction.executionRole));
    const s3 = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
    const s3Actions = s3.flatMap(actionsOf).sort();
    expect(s3Actions).toEqual(['s3:GetObject', 's3:ListBucket']);
    const get = s3.find((s) => actionsOf(s).includes('s3:GetObject'))!;
    expect(get.Effect).toBe('Allow');
    expect(get.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': ['ArticleBucket', 'Arn'] }, '/incoming/*']] });
    const list = s3.find((s) => actionsOf(s).includes('s3:ListBucket'))!;
    expect(list.Resource).toEqual({ 'Fn::GetAtt': ['ArticleBucket', 'Arn'] });
    // Unconditional on purpose: S3 decides 404-vs-403 for GetObject on ListBucket without a prefix.
    expect(list.Condition).toBeUndefined();
  });

  it('has no wildcard actions and cannot delete the table', () => {
    const actions = statementsOfRole(logicalId(stack.ingestFunction.executionRole)).flatMap(actionsOf);
    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
    expect(actions).not.toContain('dynamodb:DeleteTable');
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:DeleteItem']));
    expect(actions.filter((a) => /^s3:(Put|Delete)/.test(a))).toEqual([]);
  });

  it('reaches the table only through the table and its indexes', () => {
    const dynamo = statementsOfRole(logicalId(stack.ingestFunction.executionRole)).filter((s) =>
      actionsOf(s).some((a) => a.startsWith('dynamodb:')),
    );
    expect(dynamo.length).toBeGreaterThan(0);
    for (const s of dynamo) {
      expect(JSON.stringify(s.Resource)).toContain('ArticleTable');
      expect(s.Resource).not.toBe('*');
    }
  });
});

describe('feed function', () => {
  it('runs with its memory and environment', () => {
    const fn = props(logicalId(stack.feedFunction));
    expect(fn.Architectures).toEqual(['arm64']);
    expect(fn.MemorySize).toBe(512);
    expect((fn.Environment as { Variables: Json }).Variables).toMatchObject({
      TABLE_NAME: { Ref: 'ArticleTable' },
      POWERTOOLS_SERVICE_NAME: 'dropfeed-feed',
      FEED_TITLE: 'dropfeed',
    });
    // The model's own labels, so each topic has a feed before its first article.
    const topics = JSON.parse((fn.Environment as { Variables: { TOPICS: string } }).Variables.TOPICS) as string[];
    expect(topics).toEqual(modelTopics());
    expect(topics.map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['world', 'sports', 'business']));
    // Without a configured public URL the feed derives links from the request.
    expect((fn.Environment as { Variables: Json }).Variables).not.toHaveProperty('PUBLIC_BASE_URL');
  });

  it('has no CloudFront in front of it unless asked', () => {
    expect(template.findResources('AWS::CloudFront::Distribution')).toEqual({});
  });

  it('can only read: no table writes, no S3, no SQS', () => {
    const actions = statementsOfRole(logicalId(stack.feedFunction.executionRole)).flatMap(actionsOf);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:GetItem']));
    const writes = ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'DeleteTable', 'UpdateTable'];
    expect(actions.filter((a) => writes.some((w) => a === `dynamodb:${w}`))).toEqual([]);
    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
    expect(actions.filter((a) => a.startsWith('s3:') || a.startsWith('sqs:'))).toEqual([]);
  });

  it('is public through a function URL that allows only GET and HEAD from browsers', () => {
    const urls = Object.values(template.findResources('AWS::Lambda::Url'));
    expect(urls).toHaveLength(1);
    const url = urls[0]!.Properties as { AuthType: string; TargetFunctionArn: unknown; Cors: Json };
    expect(url.AuthType).toBe('NONE');
    expect(url.TargetFunctionArn).toEqual({ 'Fn::GetAtt': [logicalId(stack.feedFunction), 'Arn'] });
    expect(url.Cors.AllowMethods).toContain('GET');
    expect((url.Cors.AllowMethods as string[]).filter((m) => m !== 'GET' && m !== 'HEAD')).toEqual([]);
    expect(url.Cors.AllowCredentials ?? false).toBe(false);
  });

  it('lets anyone invoke it through the URL, and only through the URL', () => {
    const fnArn = { 'Fn::GetAtt': [logicalId(stack.feedFunction), 'Arn'] };
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunctionUrl',
      FunctionName: fnArn,
      Principal: '*',
      FunctionUrlAuthType: 'NONE',
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: fnArn,
      Principal: '*',
      InvokedViaFunctionUrl: true,
    });
  });
});

describe('article table', () => {
  it('keeps its pinned logical id and is retained with deletion protection', () => {
    expect(logicalId(stack.table)).toBe('ArticleTable');
    expect(resource('ArticleTable').DeletionPolicy).toBe('Retain');
    expect(props('ArticleTable').DeletionProtectionEnabled).toBe(true);
  });

  it('has the key schema and status index of infra/table-schema.ts', () => {
    // Renaming the index of a deployed table would be a delete plus a create in one update, which
    // CloudFormation refuses: the name stays whatever the index holds.
    expect(tableSchema.statusIndex.name).toBe('byFeed');
    const table = props('ArticleTable');
    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.KeySchema).toEqual([
      { AttributeName: tableSchema.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableSchema.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: tableSchema.statusIndex.name,
        KeySchema: [
          { AttributeName: tableSchema.statusIndex.partitionKey, KeyType: 'HASH' },
          { AttributeName: tableSchema.statusIndex.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ]);
    const attributes = (table.AttributeDefinitions as Array<{ AttributeName: string; AttributeType: string }>)
      .map((a) => `${a.AttributeName}:${a.AttributeType}`)
      .sort();
    expect(attributes).toEqual(
      [tableSchema.partitionKey, tableSchema.sortKey, tableSchema.statusIndex.partitionKey, tableSchema.statusIndex.sortKey]
        .map((n) => `${n}:S`)
        .sort(),
    );
  });

  it('has point-in-time recovery and AWS-managed encryption', () => {
    const table = props('ArticleTable');
    expect(table.PointInTimeRecoverySpecification).toMatchObject({ PointInTimeRecoveryEnabled: true });
    expect(table.SSESpecification).toEqual({ SSEEnabled: true });
  });
});

describe('outputs', () => {
  it('tells the operator where to upload, where to read and what to redrive', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining(['BucketName', 'FeedUrl', 'UploadPrefix', 'TableName', 'DeadLetterQueueUrl']),
    );
    expect(outputs.BucketName!.Value).toEqual({ Ref: 'ArticleBucket' });
    expect(outputs.TableName!.Value).toEqual({ Ref: 'ArticleTable' });
    expect(outputs.UploadPrefix!.Value).toBe('incoming/');
    expect(outputs.DeadLetterQueueUrl!.Value).toEqual({ Ref: logicalId(stack.deadLetterQueue) });
    expect(JSON.stringify(outputs.FeedUrl!.Value)).toContain('FunctionUrl');
  });
});
