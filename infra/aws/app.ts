/**
 * CDK entry point (`cdk.json` runs it with tsx). The only infra file that reads `process.env`:
 * `DROPFEED_STACK_NAME` overrides the stack name when no `stackName` context value is given, so
 * several copies (per developer, per stage) can live in one account.
 */
import { buildApp } from './build-app.js';

const stackNameFromEnv = process.env.DROPFEED_STACK_NAME;
const { app } = buildApp(stackNameFromEnv ? { context: { stackName: stackNameFromEnv } } : {});
app.synth();
