import { describe, expect, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import { synthPipeline } from './synth.js';
import { buildApp } from '../../infra/aws/build-app.js';
import { keyAttributes, statusIndex } from '../../functions/shared/table-keys.js';
import { tableSchema } from '../../infra/table-schema.js';

describe('stack options', () => {
  it('moves every part of the pipeline to another watched prefix', () => {
    const { template } = synthPipeline({ watchedPrefix: 'drop/here/' });
    const notifications = JSON.stringify(template.findResources('Custom::S3BucketNotifications'));
    expect(notifications).toContain('"Value":"drop/here/"');
    expect(notifications).not.toContain('incoming/');
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ WATCHED_PREFIX: 'drop/here/' }) },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:GetObject',
            Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['ArticleBucket', 'Arn'] }, '/drop/here/*']] },
          }),
        ]),
      },
    });
    template.hasOutput('UploadPrefix', { Value: 'drop/here/' });
  });

  it('rejects a prefix that would watch the whole bucket or a partial name', () => {
    for (const bad of ['', '/', 'incoming', '/incoming/']) {
      expect(() => buildApp({ context: { 'aws:cdk:bundling-stacks': [] } }, { watchedPrefix: bad }), bad).toThrow(
        /watchedPrefix/,
      );
    }
  });

  it('lets a throw-away stack delete its data when asked through context', () => {
    const { template } = synthPipeline({}, { dataRemoval: 'destroy' });
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
    template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    expect(Object.values(template.findResources('AWS::S3::Bucket', { DeletionPolicy: 'Retain' }))).toEqual([]);
  });

  it('puts a compressing CloudFront distribution that honours Cache-Control in front of the feed', () => {
    const { template } = synthPipeline({ cloudfront: true }, { publicBaseUrl: 'https://feeds.example.org' });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({ Compress: true, ViewerProtocolPolicy: 'redirect-to-https' }),
      }),
    });
    template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        // Nothing is cached unless the function says so; then at most a day.
        MinTTL: 0,
        DefaultTTL: 0,
        MaxTTL: 86400,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          EnableAcceptEncodingGzip: true,
          EnableAcceptEncodingBrotli: true,
          QueryStringsConfig: { QueryStringBehavior: 'all' },
        }),
      }),
    });
    const origins = JSON.stringify(template.findResources('AWS::CloudFront::Distribution'));
    expect(origins).toContain('FunctionUrl');
    expect(Object.keys(template.toJSON().Outputs)).toContain('CdnUrl');
    // Self links follow the public domain when one is given.
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'dropfeed-feed', PUBLIC_BASE_URL: 'https://feeds.example.org' }) },
    });
  });

  it('rejects a public base URL that is not absolute', () => {
    expect(() =>
      buildApp({ context: { 'aws:cdk:bundling-stacks': [] } }, { publicBaseUrl: 'feeds.example.org' }),
    ).toThrow(/publicBaseUrl/);
  });

  it('is on-demand by default, with no scaling targets', () => {
    const { template } = synthPipeline();
    template.hasResourceProperties('AWS::DynamoDB::Table', { BillingMode: 'PAY_PER_REQUEST' });
    template.resourceCountIs('AWS::ApplicationAutoScaling::ScalableTarget', 0);
  });

  it('switches to provisioned capacity with target-tracking auto scaling on the table and the status index', () => {
    const { template, validation } = synthPipeline({}, { capacity: 'provisioned', maxWriteUnits: '3000' });
    const table = Object.values(template.findResources('AWS::DynamoDB::Table'))[0]!.Properties as Record<string, unknown>;
    expect(table.BillingMode).not.toBe('PAY_PER_REQUEST');
    expect(table.ProvisionedThroughput).toEqual({ ReadCapacityUnits: 5, WriteCapacityUnits: 5 });
    const targets = Object.values(template.findResources('AWS::ApplicationAutoScaling::ScalableTarget')).map(
      (r) => r.Properties as { ScalableDimension: string; MinCapacity: number; MaxCapacity: number; ResourceId: unknown },
    );
    const bounds = (dimension: string, onIndex: boolean) =>
      targets
        .filter((t) => t.ScalableDimension === dimension && JSON.stringify(t.ResourceId).includes('/index/') === onIndex)
        .map((t) => [t.MinCapacity, t.MaxCapacity]);
    expect(bounds('dynamodb:table:WriteCapacityUnits', false)).toEqual([[5, 3000]]);
    expect(bounds('dynamodb:table:ReadCapacityUnits', false)).toEqual([[5, 500]]);
    expect(bounds('dynamodb:index:WriteCapacityUnits', true)).toEqual([[1, 300]]);
    expect(bounds('dynamodb:index:ReadCapacityUnits', true)).toEqual([[1, 50]]);
    template.resourcePropertiesCountIs(
      'AWS::ApplicationAutoScaling::ScalingPolicy',
      { TargetTrackingScalingPolicyConfiguration: Match.objectLike({ TargetValue: 70 }) },
      4,
    );
    expect(validation.pluginReports.flatMap((r) => r.violations)).toEqual([]);
  });

  it('passes an entity feed limit from context to the ingest function only, and refuses one that is not a count', () => {
    const { template } = synthPipeline({}, { entityFeedLimit: '3' });
    const variables = Object.values(template.findResources('AWS::Lambda::Function')).map(
      (f) => (f.Properties as { Environment?: { Variables?: Record<string, string> } }).Environment?.Variables ?? {},
    );
    expect(variables.filter((v) => v.ENTITY_FEED_LIMIT !== undefined).map((v) => [v.POWERTOOLS_SERVICE_NAME, v.ENTITY_FEED_LIMIT])).toEqual([['dropfeed-ingest', '3']]);
    const { template: unlimited } = synthPipeline();
    expect(JSON.stringify(unlimited.findResources('AWS::Lambda::Function'))).not.toContain('ENTITY_FEED_LIMIT');
    expect(() => buildApp({ context: { 'aws:cdk:bundling-stacks': [], entityFeedLimit: 'three' } })).toThrow(/entityFeedLimit/);
  });

  it('refuses a capacity mode it does not know and bounds that cannot work', () => {
    expect(() => buildApp({ context: { 'aws:cdk:bundling-stacks': [], capacity: 'provisionned' } })).toThrow(/capacity/);
    expect(() => buildApp({ context: { 'aws:cdk:bundling-stacks': [] } }, { provisionedCapacity: { minWriteUnits: 10, maxWriteUnits: 5 } })).toThrow(
      /write units/,
    );
  });
});

describe('table schema', () => {
  it('is the one the functions use', () => {
    expect(keyAttributes).toEqual({ partitionKey: tableSchema.partitionKey, sortKey: tableSchema.sortKey });
    expect(statusIndex).toEqual(tableSchema.statusIndex);
  });
});
