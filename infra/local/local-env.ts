/**
 * Imported first by the local entry points (npm start, the bench): the handlers' Powertools logger and
 * metrics are created when their modules load, so the local defaults must be in the environment before
 * that. Locally the progress display and the summary tell what happened; JSON log lines and EMF metric
 * blobs would only bury them. Set POWERTOOLS_LOG_LEVEL=INFO to see the logs anyway.
 * The AWS SDK's Node-version notice is switched off the way the SDK documents it (see shared/cli/quiet-sdk.ts).
 */
import '../../shared/cli/quiet-sdk.ts';
process.env.GW_MODE ??= 'local';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
