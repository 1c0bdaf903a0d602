package org.sitrep.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * How the workspace server listens and whom it lets in.
 *
 * @param host the address to bind; loopback unless a token is set
 * @param port the port, 0 for any free one
 * @param token the bearer token every API request must carry, or null for none (loopback only)
 * @param maxUploadBytes the largest file an upload may hold; the whole request may hold four such files
 */
public record WebConfig(String host, int port, String token, long maxUploadBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public WebConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("the upload limit must be at least 1 byte");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("binding " + host + " exposes the store beyond this machine: "
                    + "set a token (--token) so that only those who have it can read and upload");
        }
    }

    public long maxRequestBytes() {
        return maxUploadBytes * 4;
    }

    /** Whether the address is this machine only: 127.0.0.0/8, ::1 or "localhost". Names are not looked up. */
    public static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|[0-9a-fA-F:]+|\\[[0-9a-fA-F:]+]")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
