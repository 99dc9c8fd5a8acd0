import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Options for {@link DeadLetterAlarm}. */
export interface DeadLetterAlarmProps {
  /** The dead-letter queue to watch. */
  readonly queue: IQueue;
  /** Shown in the alarm description: what landed there and what to do. */
  readonly description: string;
}

/**
 * An alarm that fires as soon as one message is visible in a dead-letter queue. Any message there
 * is an upload the pipeline gave up on, so the threshold is "more than zero", checked every
 * minute; an empty queue publishes no datapoints, which counts as OK rather than INSUFFICIENT_DATA.
 */
export class DeadLetterAlarm extends Construct {
  /** The CloudWatch alarm; add actions (e.g. an SNS topic) to be notified. */
  public readonly alarm: Alarm;

  constructor(scope: Construct, id: string, props: DeadLetterAlarmProps) {
    super(scope, id);
    this.alarm = new Alarm(this, 'Alarm', {
      alarmDescription: props.description,
      metric: props.queue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
