import { Duration, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { FunctionUrlOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IFunctionUrl } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

/** Options for {@link addFeedDistribution}. */
export interface FeedDistributionProps {
  /** The feed function's public URL (the origin). */
  readonly functionUrl: IFunctionUrl;
}

/** What {@link addFeedDistribution} created. */
export interface FeedDistribution {
  readonly distribution: Distribution;
  /** `https://<distribution domain>/` */
  readonly url: string;
}

/**
 * Puts a CloudFront distribution in front of the feed function URL. The cache policy caches
 * nothing by default and exactly as long as the function's `Cache-Control` says (up to a day), so
 * the function stays in charge of freshness; the query string is part of the cache key because
 * it selects format, page and cursor. Responses are compressed (gzip and Brotli) at the edge.
 */
export function addFeedDistribution(scope: Construct, id: string, props: FeedDistributionProps): FeedDistribution {
  const cachePolicy = new CachePolicy(scope, `${id}CachePolicy`, {
    comment: 'dropfeed feed: honour origin Cache-Control, key on the query string',
    minTtl: Duration.seconds(0),
    defaultTtl: Duration.seconds(0),
    maxTtl: Duration.days(1),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
    queryStringBehavior: CacheQueryStringBehavior.all(),
    headerBehavior: CacheHeaderBehavior.none(),
    cookieBehavior: CacheCookieBehavior.none(),
  });
  const distribution = new Distribution(scope, id, {
    comment: 'dropfeed public feed',
    defaultBehavior: {
      origin: new FunctionUrlOrigin(props.functionUrl),
      cachePolicy,
      // A function URL routes on its own Host header, so the viewer's must not be forwarded.
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      cachedMethods: CachedMethods.CACHE_GET_HEAD_OPTIONS,
      compress: true,
    },
    httpVersion: HttpVersion.HTTP2_AND_3,
    priceClass: PriceClass.PRICE_CLASS_100,
  });
  const ack = (ruleId: string, reason: string) => Validations.of(distribution).acknowledge({ id: ruleId, reason });
  ack('AwsSolutions-CFR1', 'A public feed is meant to be readable from every country.');
  ack('AwsSolutions-CFR2', 'Read-only, cacheable, unauthenticated content with no forms or input to protect; WAF would cost more than the service.');
  ack('AwsSolutions-CFR3', 'Standard logging needs an ACL-enabled bucket; the function logs every request it serves and CloudFront metrics cover the edge.');
  ack('AwsSolutions-CFR4', 'Uses the default *.cloudfront.net certificate, whose TLS policy CloudFront fixes; a custom domain with TLSv1.2_2021 is a deploy-time choice.');
  return { distribution, url: `https://${distribution.distributionDomainName}/` };
}
