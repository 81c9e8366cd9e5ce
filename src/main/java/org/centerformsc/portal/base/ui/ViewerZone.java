package org.centerformsc.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The zone a viewer sees times in: the one they chose in their profile, else their browser's. The browser tells
 * its zone asynchronously on first use, so {@code render} may be called twice: first with the fallback, then with
 * the browser's zone. A null fallback means "each event in its own zone", which is never wrong, only less handy.
 */
public final class ViewerZone {

    private ViewerZone() {
    }

    public static void resolve(UI ui, Optional<ZoneId> chosen, ZoneId fallback, Consumer<ZoneId> render) {
        if (chosen.isPresent()) {
            render.accept(chosen.get());
            return;
        }
        ExtendedClientDetails known = ui.getInternals().getExtendedClientDetails();
        if (known != null) {
            render.accept(zoneOf(known, fallback));
            return;
        }
        render.accept(fallback);
        ui.getPage().retrieveExtendedClientDetails(details -> render.accept(zoneOf(details, fallback)));
    }

    private static ZoneId zoneOf(ExtendedClientDetails details, ZoneId fallback) {
        try {
            return details.getTimeZoneId() == null || details.getTimeZoneId().isBlank() ? fallback
                    : ZoneId.of(details.getTimeZoneId());
        } catch (DateTimeException unknownToJava) {
            return fallback;
        }
    }
}
