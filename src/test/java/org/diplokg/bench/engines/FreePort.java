package org.diplokg.bench.engines;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Prints a free TCP port on the loopback interface, for {@code bench/engines.sh} to give each server its own. */
public final class FreePort {

    private FreePort() {}

    public static void main(String[] args) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            System.out.println(s.getLocalPort());
        }
    }
}
