package fi.kasvu.platform.school;

/**
 * A page of a lazy grid: where it starts, how many rows, and the column to sort by (each query names the columns it
 * sorts by; {@code null} for its default order).
 */
public record Paging(int offset, int limit, String sortBy, boolean descending) {

    public static final int LARGEST_PAGE = 500;

    public Paging {
        if (offset < 0) {
            throw new InvalidFieldException("offset", "cannot be negative");
        }
        if (limit < 1 || limit > LARGEST_PAGE) {
            throw new InvalidFieldException("limit", "between 1 and " + LARGEST_PAGE);
        }
    }

    public static Paging first(int limit) {
        return new Paging(0, limit, null, false);
    }

    /** The SQL of the order by the sort column, of those the query allows, and then by its tie-breaker. */
    String orderBy(java.util.Map<String, String> columns, String defaultOrder, String tieBreaker) {
        if (sortBy == null || sortBy.isBlank()) {
            return " ORDER BY " + defaultOrder + ", " + tieBreaker;
        }
        String column = columns.get(sortBy);
        if (column == null) {
            throw new InvalidFieldException("sort", "cannot sort by '" + (sortBy.length() > 40 ? sortBy.substring(0, 40)
                    : sortBy) + "'; sort by one of " + String.join(", ", new java.util.TreeSet<>(columns.keySet())));
        }
        return " ORDER BY " + column + (descending ? " DESC" : " ASC") + ", " + tieBreaker;
    }
}
