import { SESClient } from '@aws-sdk/client-ses';

export function sesClient(): SESClient {
  return new SESClient({});
}
