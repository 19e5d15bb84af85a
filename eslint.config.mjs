// Lint: Next's rules, typescript-eslint, and the architecture of ARCHITECTURE.md
// as import boundaries (eslint-plugin-boundaries), so the layering is checked, not only written.
import js from "@eslint/js";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";

// What a provider offers the rest of the code: its adapter (ingest), API clients and their configuration, signing,
// and the funding report's record schema (the report API's and the report file's contract).
const PROVIDER_ENTRY_FILES =
  "{adapter,*-client,api-base-url,api-config,credentials,authorization,signature,funding-record-schema}.ts";

const config = [
  js.configs.recommended,
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      "lib/db/generated/**",
      "data/**",
      "data-demo/**",
      "test-results/**",
      "playwright-report/**",
      "bench-results/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-import-type-side-effects": "error",
      "import/no-duplicates": ["error", { "prefer-inline": true }],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../*"], message: "Import across folders with the @/ alias." }] },
      ],
      eqeqeq: ["error", "smart"],
      "no-console": "off",
      "prefer-const": "error",
    },
  },
  {
    // Scripts run under tsx and import relatively; they are the operator's tools and may reach anything.
    files: ["scripts/**", "e2e/**", "test/**", "**/__tests__/**", "*.config.*", "prisma.config.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "import/resolver": { typescript: { alwaysTryTypes: true } },
      "boundaries/include": ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts"],
      "boundaries/elements": [
        { type: "db", pattern: "lib/db", partialMatch: false },
        { type: "provider", pattern: "lib/providers/*", partialMatch: false, capture: ["provider"] },
        { type: "domain", pattern: "lib/*", partialMatch: false, capture: ["domain"] },
        { type: "app", pattern: "app" },
        { type: "components", pattern: "components" },
      ],
      "boundaries/files": [
        { category: "db-enums", pattern: "lib/db/generated/enums.ts" },
        { category: "provider-entry", pattern: `lib/providers/*/${PROVIDER_ENTRY_FILES}` },
        // What every provider reads alike (exact money, instants, media types, issue descriptions).
        { category: "provider-entry", pattern: "lib/providers/shared/**" },
        { category: "test", pattern: "**/__tests__/**" },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "allow",
          policies: [
            {
              from: { element: { types: { anyOf: ["app", "components"] } } },
              disallow: { to: { element: { type: "db" } } },
              message: "Pages, routes and components read through domain functions (lib/<domain>/), never lib/db.",
            },
            {
              from: { element: { types: { anyOf: ["domain", "db", "provider", "provider-entry", "components"] } } },
              disallow: { to: { element: { type: "app" } } },
              message: "Nothing below app/ imports from app/: data flows route → domain → database.",
            },
            {
              from: { element: { types: { anyOf: ["app", "components", "domain", "db"] } } },
              disallow: { to: { element: { type: "provider" } } },
              message: `Reach a provider through its adapter or client (lib/providers/<provider>/${PROVIDER_ENTRY_FILES}).`,
            },
            // The generated enums are plain constants, shared by forms, badges and the domain.
            { allow: { to: { file: { categories: "db-enums" } } } },
            { allow: { to: { file: { categories: "provider-entry" } } } },
          ],
        },
      ],
    },
  },
  {
    // Tests exercise provider parsers and the database directly.
    files: ["**/__tests__/**"],
    rules: { "boundaries/dependencies": "off" },
  },
];

export default config;
