package fi.kasvu.ui.administration;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import fi.kasvu.platform.school.Paging;

/** A lazy grid's request for rows as the services' {@link Paging}: the sort property is the column's key. */
final class GridPaging {

    private GridPaging() {
    }

    static Paging of(Query<?, ?> query) {
        var order = query.getSortOrders().stream().findFirst();
        return new Paging(query.getOffset(), Math.min(Math.max(query.getLimit(), 1), Paging.LARGEST_PAGE),
                order.map(QuerySortOrder::getSorted).orElse(null),
                order.map(sort -> sort.getDirection() == SortDirection.DESCENDING).orElse(false));
    }
}
