package org.pathways.shared;

/** Which page of a list to read: zero-based page number and a bounded page size. */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public PageQuery {
        if (page < 0) {
            throw new InvalidInput("page", "paging.pageInvalid");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "paging.sizeInvalid", MAX_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInput("page", "paging.pageInvalid"); // far past any list, and past what OFFSET can count
        }
    }

    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
