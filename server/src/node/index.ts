/** Node-side host pieces shared by the CLI and the language server. */
export * from './configResolver.js';
export * from './findPlanFiles.js';
export * from './paths.js';
export * from './readPlanFile.js';
