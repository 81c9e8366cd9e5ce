package org.centerformsc.portal.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;

import java.util.function.Consumer;

/**
 * Whether the browser window is as narrow as a phone, now and after each resize, for views whose wide grids show
 * fewer, fuller columns there (a grid's columns cannot follow CSS media queries).
 */
public final class WindowWidth {

    public static final int NARROW_BELOW = 640;

    private WindowWidth() {
    }

    /** Calls {@code narrow} once the browser told its width and after every resize, until the view detaches. */
    public static void watch(AttachEvent attach, Consumer<Boolean> narrow) {
        Page page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> narrow.accept(details.getWindowInnerWidth() < NARROW_BELOW));
        Registration resizes = page.addBrowserWindowResizeListener(resize ->
                narrow.accept(resize.getWidth() < NARROW_BELOW));
        attach.getSource().addDetachListener(detach -> {
            resizes.remove();
            detach.unregisterListener();
        });
    }
}
