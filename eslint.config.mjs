// Lint rules: typescript-eslint's recommended set, plus the architecture's boundaries:
// the pure core (src/domain) and the use cases (src/app) may not import Node, Apps Script
// adapters or Node-only libraries, so that they can be bundled for Apps Script.
import tseslint from 'typescript-eslint';

const nodeOnly = {
  group: ['node:*', 'fs', 'path', 'os', 'child_process', 'stream', 'zlib', 'buffer', 'util'],
  message: 'The core runs in Apps Script: no Node modules.',
};
const heavyLibraries = ['exceljs', 'docx', 'commander', 'zod'].map((name) => ({
  name,
  message: 'Only zod/mini and pure code may enter the Apps Script bundle.',
}));
const boundary = (layers, message) => ({ group: layers.map((l) => `**/${l}/*`), message });

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'out/', 'coverage/', 'bin/', 'jest.config.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: heavyLibraries,
          patterns: [nodeOnly, boundary(['local', 'gas', 'entry'], 'Use cases depend on ports, not adapters.')],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: heavyLibraries,
          patterns: [nodeOnly, boundary(['app', 'local', 'gas', 'entry'], 'The domain depends on nothing but itself.')],
        },
      ],
    },
  },
);
