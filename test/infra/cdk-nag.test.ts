import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import type { Annotations } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import type { PipelineStack } from '../../infra/aws/pipeline-stack.js';
import { cdkJsonContext, synthPipeline } from './synth.js';
import type { ValidationReport } from './synth.js';

/** `rule @ construct path` for every unacknowledged finding, so a failure names the culprit. */
function findings(report: ValidationReport): string[] {
  return report.pluginReports.flatMap((plugin) =>
    plugin.violations.flatMap((v) =>
      v.violatingConstructs.map((c) => `${plugin.pluginName} ${v.severity} ${v.ruleName} @ ${c.constructPath}`),
    ),
  );
}

/** Every acknowledgment recorded in the tree, with the path of the construct it was put on. */
function acknowledgments(root: IConstruct): Array<{ path: string; id: string; reason: string }> {
  return root.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) =>
        Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({
          path: c.node.path,
          // CDK files ids without a known plugin prefix under "Annotation::"; cdk-nag strips it too.
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions checks', () => {
  let stack: PipelineStack;
  let annotations: Annotations;
  let report: ValidationReport;
  let cdnStack: PipelineStack;
  let cdnReport: ValidationReport;

  beforeAll(() => {
    ({ stack, annotations, validation: report } = synthPipeline());
    // Through the context value, as `cdk synth -c cloudfront=true` would set it.
    ({ stack: cdnStack, validation: cdnReport } = synthPipeline({}, { cloudfront: 'true' }));
  });

  it('report no unacknowledged finding for the default stack', () => {
    expect(findings(report)).toEqual([]);
    // cdk-nag 3 reports through the validation report, but nothing may surface as annotations either.
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
  });

  it('report no unacknowledged finding with CloudFront in front of the feed', () => {
    expect(cdnStack.node.tryFindChild('FeedDistribution')).toBeDefined();
    expect(findings(cdnReport)).toEqual([]);
  });

  it('are acknowledged only with a reason, on resources rather than the whole stack', () => {
    for (const s of [stack, cdnStack]) {
      const acks = acknowledgments(s);
      expect(acks.length).toBeGreaterThan(0);
      for (const ack of acks) {
        expect(ack.id, ack.path).toMatch(/^AwsSolutions-[A-Z]+\d+/);
        expect(ack.reason.length, `${ack.id} on ${ack.path}`).toBeGreaterThanOrEqual(40);
        expect(ack.path, `${ack.id} acknowledged stack-wide`).not.toBe(s.node.path);
      }
      // A wildcard IAM finding is acknowledged one resource pattern at a time, never wholesale.
      expect(acks.filter((a) => a.id === 'AwsSolutions-IAM5')).toEqual([]);
    }
  });

  it('do catch a non-compliant resource (the harness is not blind)', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'dropfeed-nag-'));
    try {
      const app = new App({
        outdir,
        builtinCloudFormationValidation: false,
        context: { ...cdkJsonContext(), '@aws-cdk/core:failSynthOnValidationErrors': false },
      });
      Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
      const bad = new Stack(app, 'Bad');
      new Bucket(bad, 'Plain');
      const assembly = app.synth();
      const badReport = JSON.parse(
        fs.readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8'),
      ) as ValidationReport;
      const rules = findings(badReport).join('\n');
      expect(rules).toContain('AwsSolutions-S1 '); // no server access logs
      expect(rules).toContain('AwsSolutions-S10 '); // TLS not enforced
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
