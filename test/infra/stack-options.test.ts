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

});

describe('table schema', () => {
  it('is the one the functions use', () => {
    expect(keyAttributes).toEqual({ partitionKey: tableSchema.partitionKey, sortKey: tableSchema.sortKey });
    expect(statusIndex).toEqual(tableSchema.statusIndex);
  });
});
