/** The part of word-extractor 1.0.4 (MIT, pure JS, no types shipped) the .doc reader uses. */
declare module 'word-extractor' {
  interface WordDocument {
    getBody(): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
