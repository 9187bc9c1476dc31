import { articleSourceId, reviewIdOf } from '../../src/review/review.service';
import { parseId } from '../../src/model/entity-id';

const HASH = 'a3f1c2d4e5b6978812345678901234567890abcdefabcdefabcdefabcdef0123';

describe('review and source IDs', () => {
  it('names a review by the first 16 hex digits of its text hash, so one text has one review', () => {
    expect(reviewIdOf(HASH)).toBe('review:a3f1c2d4e5b69788');
  });

  it("derives the article's source ID from its publisher, date and text hash, as a well-formed source ID", () => {
    const id = articleSourceId({ publisher: 'Báo Quảng Bình', url: null, publishedOn: '2025-03-14', textHash: HASH });
    expect(id).toBe('source:bao-quang-binh-2025-03-14-a3f1c2d4');
    expect(parseId(id)?.kind).toBe('SOURCE');
  });

  it("falls back on the address's host, then on \"article\", and says when the date is unknown", () => {
    expect(articleSourceId({ publisher: null, url: 'https://www.example.org/a', publishedOn: null, textHash: HASH })).toBe('source:example-org-undated-a3f1c2d4');
    expect(articleSourceId({ publisher: null, url: null, publishedOn: '2024', textHash: HASH })).toBe('source:article-2024-a3f1c2d4');
  });
});
