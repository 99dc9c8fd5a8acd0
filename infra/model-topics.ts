import { readFileSync } from 'node:fs';
import { fromRepoRoot } from './aws/repo-paths.js';

/**
 * The topic model's labels, in the model's order. Read when the stack is synthesized or the local
 * pipeline starts, and handed to the feed function as `TOPICS`, so it knows every topic (and can
 * serve an empty topic feed before its first article) without bundling the model.
 */
export function modelTopics(modelPath: string = fromRepoRoot('models/topic-model.json')): string[] {
  const model: unknown = JSON.parse(readFileSync(modelPath, 'utf8'));
  const labels = (model as { labels?: unknown }).labels;
  if (!Array.isArray(labels) || labels.length === 0 || !labels.every((label) => typeof label === 'string' && label.trim() !== '')) {
    throw new Error(`${modelPath} has no list of topic labels; retrain it with npm run train`);
  }
  return labels as string[];
}
