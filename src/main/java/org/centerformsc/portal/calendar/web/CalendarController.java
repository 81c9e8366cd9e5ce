package org.centerformsc.portal.calendar.web;

import org.centerformsc.portal.calendar.CalendarService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Calendar files for download and subscription. Calendar clients send no cookies: the URL is the key. */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/calendar/offerings/{code}.ics")
    ResponseEntity<String> offering(@PathVariable String code) {
        return calendars.offeringCalendar(code)
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(code + ".ics").build().toString())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return calendars.feed(token)
                .map(ics -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300").body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
