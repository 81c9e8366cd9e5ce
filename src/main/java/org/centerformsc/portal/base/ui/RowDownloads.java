package org.centerformsc.portal.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * One download for all the rows of a grid (a receipt, a certificate): each row's link carries its row's id
 * ({@code ?row=42}) and the file is made when the link is followed. A list of 200 gifts registers one resource
 * instead of 200 handlers, and its rows are plain links with no server-side component
 * (docs/decisions/027-lists-paged-in-the-database.md). The download is the grid's: it is served only while the grid
 * is attached, and whoever serves it checks that the row is the viewer's to download.
 */
public final class RowDownloads {

    private static final String ROW = "row";

    private final Grid<?> grid;
    private final DownloadHandler handler;
    private StreamRegistration registration;

    /** {@code file}: the file of a row id, or {@link DownloadResponse#error(int)} when there is none. */
    public RowDownloads(Grid<?> grid, LongFunction<DownloadResponse> file) {
        this.grid = grid;
        this.handler = DownloadHandler.fromInputStream(event -> {
            String row = event.getRequest().getParameter(ROW);
            return row == null || !row.matches("[0-9]{1,18}") ? DownloadResponse.error(404)
                    : file.apply(Long.parseLong(row));
        });
        grid.getUI().ifPresent(ui -> register(ui.getSession()));
        grid.addAttachListener(attach -> {
            register(attach.getSession());
            // a grid attached again has a new address: its rendered links must follow
            grid.getDataProvider().refreshAll();
        });
        grid.addDetachListener(detach -> {
            registration.unregister();
            registration = null;
        });
    }

    private void register(VaadinSession session) {
        registration = session.getResourceRegistry().registerResource(handler, grid.getElement());
    }

    /** The link to a row's file; empty while the grid is not attached. */
    public String href(long rowId) {
        return registration == null ? "" : registration.getResourceUri() + "?" + ROW + "=" + rowId;
    }

    /**
     * A column cell that links to the row's file under the row's {@code text} (opened in a new tab, past the router);
     * a dash where the text is null: the row has no file.
     */
    public <T> LitRenderer<T> links(ToLongFunction<T> rowId, Function<T, String> text) {
        return LitRenderer.<T>of("""
                        ${item.text ? html`<a href="${item.href}" target="_blank" router-ignore>${item.text}</a>` : '–'}""")
                .withProperty("href", row -> text.apply(row) == null ? null : href(rowId.applyAsLong(row)))
                .withProperty("text", text::apply);
    }
}
