package org.centerformsc.portal.replay.web;

import org.centerformsc.portal.replay.MediaFile;
import org.centerformsc.portal.replay.ReplayId;
import org.centerformsc.portal.replay.ReplayService;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

/**
 * Streams replay media with HTTP range requests (Spring answers 206 with the asked bytes, 416 for a range outside
 * the file) and serves captions. Every request asks the replay service whether this member may watch now.
 */
@RestController
class MediaController {

    private final ReplayService replays;

    MediaController(ReplayService replays) {
        this.replays = replays;
    }

    @GetMapping(ReplayService.MEDIA_PATH + "{id}")
    ResponseEntity<Resource> media(@PathVariable long id) {
        MediaFile file = replays.media(new ReplayId(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new FileSystemResource(file.path()));
    }

    @GetMapping(ReplayService.MEDIA_PATH + "{id}/captions/{language}.vtt")
    ResponseEntity<String> captions(@PathVariable long id, @PathVariable String language) {
        return replays.captions(new ReplayId(id), language)
                .map(vtt -> ResponseEntity.ok().contentType(new MediaType("text", "vtt", StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore().cachePrivate()).body(vtt))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Void> denied() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Void> missing() {
        return ResponseEntity.notFound().build();
    }
}
