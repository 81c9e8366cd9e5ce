package org.centerformsc.portal.dashboard.ui;

import com.vaadin.flow.component.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** "Starts in 3 days": written by the server first, then kept current in the browser without server round trips. */
final class Countdown {

    private Countdown() {
    }

    static String text(Component owner, Instant start, Instant now) {
        Duration left = Duration.between(now, start);
        if (left.isNegative() || left.isZero()) {
            return owner.getTranslation("countdown.now");
        }
        if (left.toHours() >= 48) {
            return owner.getTranslation("countdown.days", left.toDays());
        }
        if (left.toMinutes() >= 120) {
            return owner.getTranslation("countdown.hours", left.toHours());
        }
        return owner.getTranslation("countdown.minutes", Math.max(1, left.toMinutes()));
    }

    static void keepTicking(Component target, Instant start, Locale locale) {
        target.getElement().executeJs("""
                const el = this, start = $0, now = $2;
                const format = new Intl.RelativeTimeFormat($1, {numeric: 'auto'});
                const tick = () => {
                  const s = Math.round((start - Date.now()) / 1000);
                  if (s <= 0) { el.textContent = now; clearInterval(el.countdown); return; }
                  const [value, unit] = s >= 172800 ? [Math.floor(s / 86400), 'day']
                      : s >= 7200 ? [Math.floor(s / 3600), 'hour'] : [Math.max(1, Math.floor(s / 60)), 'minute'];
                  el.textContent = format.format(value, unit);
                };
                clearInterval(el.countdown);
                el.countdown = setInterval(tick, 30000);
                tick();""", (double) start.toEpochMilli(), locale.toLanguageTag(), target.getTranslation("countdown.now"));
    }
}
