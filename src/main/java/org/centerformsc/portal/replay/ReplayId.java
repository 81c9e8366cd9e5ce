package org.centerformsc.portal.replay;

public record ReplayId(long value) {
}
