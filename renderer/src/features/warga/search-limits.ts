/**
 * How many people the Warga search box ranks (issue 17). Its first answer ranks the
 * first few screens only: on 200,000 people a fragment such as "siti" or a NIK prefix
 * matches thousands, and each ranked id is an index entry read, so ranking 1,000 took
 * 2–3 times as long as ranking 200 (`npm run bench -- --only=search`). When the clerk
 * scrolls near the end of that answer, the list ranks again up to {@link SEARCH_LIMIT};
 * a smaller limit gives the start of the larger one's order, so the rows already
 * seen do not move.
 */
export const FIRST_SEARCH_LIMIT = 200;
/** The most the list ever ranks; past this the clerk is asked to type more. */
export const SEARCH_LIMIT = 1000;
/** Rows before the end of the first answer at which the longer one is asked for. */
export const MORE_BEFORE_END = 50;
