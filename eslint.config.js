// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const awsSdk = { group: ['@aws-sdk/*'], message: 'Only functions/adapters may talk to AWS.' };
const nodeIo = {
  group: ['node:fs', 'node:fs/*', 'fs', 'node:net', 'node:http', 'node:https', 'node:child_process'],
  message: 'functions/core is pure: no file or network I/O.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.dropfeed/', 'dist/', 'coverage/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['functions/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            awsSdk,
            nodeIo,
            { group: ['**/adapters/*', '**/ingest/*', '**/feed/*', '**/shared/*', '**/infra/**'], message: 'core imports only core.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'core reads no environment.' }],
    },
  },
  {
    files: ['functions/ingest/**/*.ts', 'functions/feed/**/*.ts', 'functions/shared/**/*.ts', 'functions/cli/**/*.ts'],
    ignores: ['functions/*/handler.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [awsSdk, { group: ['**/adapters/*'], message: 'Use cases see ports; only handler.ts wires adapters.' }] }],
    },
  },
  {
    files: ['functions/*/handler.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [awsSdk] }] },
  },
  {
    files: ['infra/aws/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/functions/**'], message: 'infra/aws names entry files as paths; it imports no function code.' }] }],
    },
  },
);
