/** Imported first by `npm run chaos`: thousands of injected failures would otherwise flood the terminal with handler logs. */
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
