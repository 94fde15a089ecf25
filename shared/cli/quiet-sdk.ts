/**
 * Imported first by the CLI entry: the AWS SDK prints a NodeVersionSupportWarning on Node < 22 when its
 * first client is built. The SDK's documented switch (AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED,
 * read in @aws-sdk/core's emitWarningIfUnsupportedVersion) turns it off; set it to "false" to see it.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
