export { startSampleSite, type SampleSite, type SampleSiteOptions } from './server.ts';
