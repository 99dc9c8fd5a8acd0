import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Annotations, Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/aws/build-app.js';
import type { PipelineStack, PipelineStackProps } from '../../infra/aws/pipeline-stack.js';
import { repoRoot } from '../../infra/aws/repo-paths.js';

/** The part of CDK's `validation-report.json` the tests read. */
export interface ValidationReport {
  pluginReports: Array<{
    pluginName: string;
    conclusion: string;
    violations: Array<{
      ruleName: string;
      description: string;
      severity: string;
      violatingConstructs: Array<{ constructPath: string }>;
    }>;
  }>;
}

export interface SynthResult {
  stack: PipelineStack;
  template: Template;
  /** Construct annotations (errors and warnings CDK or a check attached during synthesis). */
  annotations: Annotations;
  /** Parsed `validation-report.json`; an empty `pluginReports` means no unacknowledged finding. */
  validation: ValidationReport;
}

/** The feature flags the CLI would pass from cdk.json, so tests synthesize what `cdk synth` does. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  return cdkJson.context;
}

/**
 * Synthesizes the real app (cdk-nag registered exactly as in `cdk synth`) into a temporary
 * directory. Bundling is skipped and CloudFormation's built-in template validation is off, which
 * brings one synthesis from 20+ s to about a second; violations are collected from the report
 * instead of aborting synthesis, so a test can show which rule failed.
 */
export function synthPipeline(stackProps: PipelineStackProps = {}, context: Record<string, unknown> = {}): SynthResult {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'dropfeed-cdk-'));
  const { app, stack } = buildApp(
    {
      outdir,
      builtinCloudFormationValidation: false,
      context: {
        ...cdkJsonContext(),
        'aws:cdk:bundling-stacks': [],
        '@aws-cdk/core:failSynthOnValidationErrors': false,
        ...context,
      },
    },
    stackProps,
  );
  const assembly = app.synth();
  const validation = JSON.parse(
    fs.readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8'),
  ) as ValidationReport;
  // Both read the assembly on disk, so they must run before it is removed.
  const template = Template.fromStack(stack);
  const annotations = Annotations.fromStack(stack);
  fs.rmSync(outdir, { recursive: true, force: true });
  return { stack, template, annotations, validation };
}
