package org.centerformsc.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A real local SMTP server for the whole test run (GreenMail); every Spring context sends its mail there. */
public class SharedTestMailServer implements LauncherSessionListener {

    private static GreenMail server;

    public static GreenMail server() {
        return server;
    }

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        if (server != null) {
            return;
        }
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(port));
    }

    @Override
    public synchronized void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
