package org.centerformsc.portal.replay;

import java.nio.file.Path;

public record MediaFile(Path path, String contentType) {
}
